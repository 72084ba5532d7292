using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using OpenAI.Realtime.Gen.Reading;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Generation;

/// <summary>
/// <c>spec/openapi.yaml</c> is our own document: the wire format of the official 2026-05-13 spec (names, types, enums,
/// required, defaults, limits, nullability, unions) with descriptions in our own words. These tests hold it to that.
/// </summary>
public class BundledSpecFaithfulnessTests
{
    /// <summary>
    /// What we add on purpose, by pointer: server-only markers, limits the official spec states only in prose
    /// (Metadata's 16 pairs with keys up to 64 and values up to 512 characters; temperature in [0.6, 1.2]), and
    /// <c>contentEncoding: base64</c> on the audio members its prose calls base64-encoded.
    /// </summary>
    private static readonly Dictionary<string, string[]> Additions = new()
    {
        ["/Metadata/anyOf/0"] = new[] { "maxProperties", "propertyNames" },
        ["/Metadata/anyOf/0/additionalProperties"] = new[] { "maxLength" },
        ["/RealtimeBetaResponse/properties/temperature"] = new[] { "minimum", "maximum" },
        ["/RealtimeBetaResponseCreateParams/properties/temperature"] = new[] { "minimum", "maximum" },
        ["/RealtimeSession/properties/temperature"] = new[] { "minimum", "maximum" },
        ["/RealtimeSessionCreateRequest/properties/temperature"] = new[] { "minimum", "maximum" },
        ["/RealtimeClientEventInputAudioBufferAppend/properties/audio"] = new[] { "contentEncoding" },
        ["/RealtimeServerEventResponseAudioDelta/properties/delta"] = new[] { "contentEncoding" },
        ["/RealtimeConversationItemMessageUser/properties/content/items/properties/audio"] = new[] { "contentEncoding" },
        ["/RealtimeConversationItemMessageAssistant/properties/content/items/properties/audio"] = new[] { "contentEncoding" },
    };

    private static readonly string[] ReadOnlyMarked =
    {
        "/RealtimeSession/properties/id", "/RealtimeSession/properties/object", "/RealtimeSession/properties/expires_at",
        "/RealtimeSessionCreateResponse/properties/id", "/RealtimeSessionCreateResponse/properties/object", "/RealtimeSessionCreateResponse/properties/expires_at",
        "/RealtimeSessionCreateResponseGA/properties/id", "/RealtimeSessionCreateResponseGA/properties/object", "/RealtimeSessionCreateResponseGA/properties/expires_at",
        "/RealtimeTranscriptionSessionCreateResponse/properties/client_secret",
        "/RealtimeTranscriptionSessionCreateResponseGA/properties/id", "/RealtimeTranscriptionSessionCreateResponseGA/properties/object",
        "/RealtimeTranscriptionSessionCreateResponseGA/properties/expires_at",
        "/RealtimeResponse/properties/id", "/RealtimeResponse/properties/object",
        "/RealtimeBetaResponse/properties/id", "/RealtimeBetaResponse/properties/object",
        "/RealtimeCreateClientSecretResponse/properties/expires_at",
    };

    private static JsonObject Schemas(string path)
    {
        SpecTextReadResult result = SpecTextReader.Read(File.ReadAllText(path), SpecTextLimits.Default, CancellationToken.None);
        Assert.Empty(result.Problems);
        return result.Root!["components"]!["schemas"]!.AsObject();
    }

    [Fact]
    public void WireFormatMatchesTheOfficialSpec()
    {
        JsonObject ours = Schemas(TestPaths.BundledSpec);
        JsonObject official = Schemas(TestPaths.OfficialSpec("openai-2026-05-13.yaml"));
        Assert.Equal(118, ours.Count);
        foreach (var (name, schema) in ours)
        {
            Assert.True(official.ContainsKey(name), name + " is not an official schema");
            JsonNode expected = Strip(official[name]!.DeepClone(), keepExtensions: true);
            JsonNode actual = Strip(schema!.DeepClone(), keepExtensions: true);
            RemoveAdditions(actual, "/" + name);
            string? difference = FirstDifference(expected, actual, "#/components/schemas/" + name);
            Assert.True(difference is null, difference);
        }
    }

    [Fact]
    public void DescriptionsAreOurOwnWords()
    {
        JsonObject ours = Schemas(TestPaths.BundledSpec);
        JsonObject official = Schemas(TestPaths.OfficialSpec("openai-2026-05-13.yaml"));
        int compared = 0;
        foreach (var (name, schema) in ours)
        {
            Dictionary<string, string> officialDescriptions = Descriptions(official[name]!).ToDictionary(d => d.Pointer, d => d.Text);
            foreach (var (pointer, text) in Descriptions(schema!))
            {
                if (!officialDescriptions.TryGetValue(pointer, out string? theirs))
                {
                    continue;
                }

                compared++;
                Assert.NotEqual(Normalize(theirs), Normalize(text));
                Assert.False(SharesEightWords(theirs, text), name + pointer + " copies eight words in a row from the official text.");
            }
        }

        Assert.True(compared > 800, compared + " descriptions compared");
    }

    [Fact]
    public void ServerAssignedMembersAreReadOnly()
    {
        JsonObject ours = Schemas(TestPaths.BundledSpec);
        foreach (string pointer in ReadOnlyMarked)
        {
            JsonNode? node = Navigate(ours, pointer);
            Assert.True(node?["readOnly"]?.GetValue<bool>() == true, pointer + " is not readOnly");
        }
    }

    private static void RemoveAdditions(JsonNode schema, string root)
    {
        foreach (var (pointer, keys) in Additions.Where(a => a.Key.StartsWith(root + "/", StringComparison.Ordinal)))
        {
            JsonObject target = Navigate(schema, pointer.Substring(root.Length))!.AsObject();
            foreach (string key in keys)
            {
                Assert.True(target.Remove(key), root + pointer + " lacks the documented addition " + key);
            }
        }

        foreach (string pointer in ReadOnlyMarked.Where(p => p.StartsWith(root + "/", StringComparison.Ordinal)))
        {
            Assert.True(Navigate(schema, pointer.Substring(root.Length))!.AsObject().Remove("readOnly"));
        }
    }

    private static JsonNode? Navigate(JsonNode node, string pointer)
    {
        JsonNode? current = node;
        foreach (string part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current is JsonArray array ? array[int.Parse(part)] : current?[part];
        }

        return current;
    }

    /// <summary>Drops what may differ: prose, examples, and vendor extensions other than x-stainless-const.</summary>
    private static JsonNode Strip(JsonNode node, bool keepExtensions)
    {
        if (node is JsonObject obj)
        {
            foreach (string key in obj.Select(p => p.Key).ToList())
            {
                bool drop = key is "description" or "title" or "example" or "examples" || (key.StartsWith("x-", StringComparison.Ordinal) && key != "x-stainless-const");
                if (drop && !(obj.Parent is JsonObject parent && parent.TryGetPropertyValue("properties", out JsonNode? props) && ReferenceEquals(props, obj)))
                {
                    obj.Remove(key);
                }
                else if (obj[key] is JsonNode child)
                {
                    Strip(child, keepExtensions);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (JsonNode? item in array)
            {
                if (item is not null)
                {
                    Strip(item, keepExtensions);
                }
            }
        }

        return node;
    }

    private static string? FirstDifference(JsonNode? expected, JsonNode? actual, string pointer)
    {
        if (expected is JsonObject e && actual is JsonObject a)
        {
            if (!e.Select(p => p.Key).SequenceEqual(a.Select(p => p.Key)))
            {
                return pointer + ": keys differ (official: " + string.Join(",", e.Select(p => p.Key)) + "; ours: " + string.Join(",", a.Select(p => p.Key)) + ")";
            }

            foreach (var (key, value) in e)
            {
                string? difference = FirstDifference(value, a[key], pointer + "/" + key);
                if (difference is not null)
                {
                    return difference;
                }
            }

            return null;
        }

        if (expected is JsonArray ea && actual is JsonArray aa)
        {
            if (ea.Count != aa.Count)
            {
                return pointer + ": " + ea.Count + " items in the official, " + aa.Count + " in ours";
            }

            for (int i = 0; i < ea.Count; i++)
            {
                string? difference = FirstDifference(ea[i], aa[i], pointer + "/" + i);
                if (difference is not null)
                {
                    return difference;
                }
            }

            return null;
        }

        return JsonNode.DeepEquals(expected, actual) ? null : pointer + ": official " + expected?.ToJsonString() + ", ours " + actual?.ToJsonString();
    }

    /// <summary>Every <c>description</c> string in <paramref name="node"/>, by the pointer of the object it describes.</summary>
    private static IEnumerable<(string Pointer, string Text)> Descriptions(JsonNode node)
    {
        const string Key = "/description";
        foreach (var (pointer, value) in JsonWalk.Descendants(node))
        {
            if (pointer.EndsWith(Key, StringComparison.Ordinal) && value is JsonValue text && text.TryGetValue(out string? description))
            {
                yield return (pointer.Substring(0, pointer.Length - Key.Length), description);
            }
        }
    }

    private static string Normalize(string text) => string.Join(" ", text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool SharesEightWords(string theirs, string ours)
    {
        string[] words = Normalize(theirs).Split(' ');
        string normalizedOurs = " " + Normalize(ours) + " ";
        for (int i = 0; i + 8 <= words.Length; i++)
        {
            string[] run = words.Skip(i).Take(8).ToArray();
            // Runs made mostly of literal values (a list of voices) are facts, not prose.
            if (run.Count(w => w.Contains('`') || w.Any(char.IsDigit)) >= 5)
            {
                continue;
            }

            if (normalizedOurs.Contains(" " + string.Join(" ", run) + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

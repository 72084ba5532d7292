using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace OpenAI.Realtime.Models.Tests.Reading;

/// <summary>
/// JSONTestSuite's <c>test_parsing</c> corpus (read in place from <c>../shared/conformance/json-test-suite</c>), placed
/// where the models meet free-form JSON: as a whole message, as the value of an unknown member of a valid event, and
/// as a function tool's free-form <c>parameters</c>; each read on every path (<see cref="ReadContract.CheckEveryPath"/>).
/// <c>y_</c> documents read (inside a message) and write back the same JSON value; <c>n_</c> documents are a
/// <see cref="JsonException"/>; <c>i_</c> documents may be either; nothing else ever.
/// </summary>
public class JsonTestSuiteTests(ITestOutputHelper output)
{
    private const string UnknownMemberTemplate = "{\"type\":\"input_audio_buffer.speech_started\",\"event_id\":\"e\",\"audio_start_ms\":1,\"item_id\":\"i\",\"x_unknown\":@}";
    private const string ParametersTemplate = "{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"tools\":[{\"type\":\"function\",\"name\":\"f\",\"parameters\":@}]}}";

    public static IEnumerable<object[]> Placements() => new[] { new object[] { "message" }, new object[] { "unknown member" }, new object[] { "parameters" } };

    [Theory]
    [MemberData(nameof(Placements))]
    public void EveryDocumentOfTheSuiteKeepsTheContract(string placement)
    {
        string folder = Path.Combine(FuzzCorpus.SharedFolder, "conformance", "json-test-suite", "test_parsing");
        string[] files = Directory.GetFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.Equal(318, files.Length);

        var counts = new Dictionary<string, int>();
        var problems = new List<string>();
        foreach (string file in files)
        {
            string name = Path.GetFileName(file);
            char expectation = name[0];
            byte[] document = File.ReadAllBytes(file);
            (ReadTarget target, byte[] input) = Place(placement, document);
            ContractResult result = ReadContract.CheckEveryPath(target, input);
            Count(counts, expectation + (result.Read ? " read" : " rejected"));
            if (!result.Holds)
            {
                problems.Add(name + ": " + result.Describe());
                continue;
            }

            if (placement == "message")
            {
                // As a whole message a y_ document is JSON of the wrong kind for an event (or an event that reads): either
                // way a value or a JsonException, which CheckEveryPath has checked. n_ documents never read.
                if (expectation == 'n' && result.Read)
                {
                    problems.Add(name + ": not JSON, but read as a message");
                }

                continue;
            }

            // Embedded, an n_ document can only make the message valid JSON by accident; such cases are named.
            bool embeddedIsJson = IsJson(input);
            if (expectation == 'y' && !result.Read)
            {
                problems.Add(name + ": valid JSON, rejected as " + placement + ": " + result.Outcomes[0].Error!.Message);
            }
            else if (expectation == 'n' && result.Read && !embeddedIsJson)
            {
                problems.Add(name + ": not JSON, but read as " + placement);
            }
            else if (result.Read && !SameValue(document, result.Written!, placement))
            {
                problems.Add(name + ": written back as a different value: " + Encoding.UTF8.GetString(result.Written!));
            }
        }

        output.WriteLine(placement + ": " + string.Join(", ", counts.OrderBy(c => c.Key).Select(c => c.Value + " " + c.Key)));
        Assert.True(problems.Count == 0, string.Join("\n\n", problems.Take(10)));
        if (placement != "message")
        {
            Assert.Equal(95, counts.GetValueOrDefault("y read"));
            Assert.Equal(188, counts.GetValueOrDefault("n rejected"));
        }
    }

    private static (ReadTarget Target, byte[] Input) Place(string placement, byte[] document) => placement switch
    {
        "message" => (ReadTarget.For<RealtimeServerEvent>(), document),
        "unknown member" => (ReadTarget.For<RealtimeServerEvent>(), Embed(UnknownMemberTemplate, document)),
        _ => (ReadTarget.For<RealtimeClientEvent>(), Embed(ParametersTemplate, document)),
    };

    private static byte[] Embed(string template, byte[] document)
    {
        int at = template.IndexOf('@', StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(template.Substring(0, at)).Concat(document).Concat(Encoding.UTF8.GetBytes(template.Substring(at + 1))).ToArray();
    }

    private static bool IsJson(byte[] utf8)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(utf8);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Whether the document, embedded and written back, is the same JSON value as it was.</summary>
    private static bool SameValue(byte[] document, byte[] written, string placement)
    {
        using JsonDocument original = JsonDocument.Parse(document);
        using JsonDocument message = JsonDocument.Parse(written);
        JsonElement value = placement == "unknown member"
            ? message.RootElement.GetProperty("x_unknown")
            : message.RootElement.GetProperty("session").GetProperty("tools")[0].GetProperty("parameters");
        try
        {
            return JsonElement.DeepEquals(original.RootElement, value);
        }
        catch (ArgumentOutOfRangeException)
        {
            // DeepEquals cannot compare numbers with exponents beyond an int (i_number_huge_exp); compare them as written.
            return Compact(original.RootElement).AsSpan().SequenceEqual(Compact(value));
        }
    }

    private static byte[] Compact(JsonElement element)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            element.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using OpenAI.Realtime.Gen.Modeling;
using OpenAI.Realtime.Gen.Reading;
using OpenAI.Realtime.Gen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenAI.Realtime.Gen.Tests.Generation;

/// <summary>
/// Every JSON example the official specs carry for their Realtime schemas (the <c>x-oaiMeta</c> example blocks and
/// <c>example</c> values) is read into the type generated from that same spec, written back, and compared with
/// <see cref="JsonNode.DeepEquals"/>. Blocks that are not strict JSON (comments, trailing commas, several values in one
/// block) are read leniently; a block that is not JSON even then is named with the reason.
/// </summary>
public class OfficialExamplesRoundTripTests
{
    /// <summary>
    /// Examples that contradict their own schema, with why. Reading them is a <c>JsonException</c> (a wrong JSON kind), as
    /// it must be; the test checks they still fail, so an entry that stops being true is noticed.
    /// </summary>
    private static readonly Dictionary<string, string> ContradictTheirSchema = new()
    {
        ["openai-2026-05-13.yaml: RealtimeTranscriptionSessionCreateResponseGA x-oaiMeta example 0"] =
            "its audio.input.format is the string \"pcm16\" (the beta form), where the GA schema allows only the object forms of RealtimeAudioFormats",
    };

    private readonly ITestOutputHelper _output;

    public OfficialExamplesRoundTripTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("openai-2025-04-29.yaml")]
    [InlineData("openai-2026-05-13.yaml")]
    public void EveryRealtimeExampleRoundTrips(string specName)
    {
        string path = TestPaths.OfficialSpec(specName);
        GeneratorRun run = GeneratorHarness.Run(SpecInput.FromFile(path, new Dictionary<string, string> { ["OpenAIRealtimeRoots"] = "Realtime*" }));
        run.AssertCompilesCleanly();
        Assembly assembly = run.LoadAssembly();
        var context = (JsonSerializerContext)assembly.GetType("OpenAI.Realtime.RealtimeJsonContext")!.GetProperty("Default")!.GetValue(null)!;

        List<Example> examples = Examples(path).ToList();
        var failures = new List<string>();
        var notJson = new List<string>();
        var contradicting = new List<string>();
        int roundTripped = 0;
        foreach (Example example in examples)
        {
            if (example.Json is null)
            {
                notJson.Add(example.Name + ": " + example.Problem);
                continue;
            }

            Type? type = assembly.GetType("OpenAI.Realtime." + Identifier.ToPascalCase(example.Schema));
            JsonTypeInfo? typeInfo = type is null ? null : context.GetTypeInfo(type);
            if (typeInfo is null)
            {
                failures.Add(example.Name + ": no generated type");
                continue;
            }

            try
            {
                object? value = JsonSerializer.Deserialize(example.Json, typeInfo);
                string written = JsonSerializer.Serialize(value, typeInfo);
                if (JsonNode.DeepEquals(JsonNode.Parse(example.Json), JsonNode.Parse(written)))
                {
                    roundTripped++;
                }
                else
                {
                    failures.Add(example.Name + ": wrote\n" + written + "\nfor\n" + example.Json);
                }
            }
            catch (JsonException exception)
            {
                if (ContradictTheirSchema.TryGetValue(specName + ": " + example.Name, out string? reason))
                {
                    contradicting.Add(example.Name + ": " + reason + " (" + exception.Message + ")");
                    continue;
                }

                failures.Add(example.Name + ": " + exception.Message);
            }
        }

        _output.WriteLine($"{specName}: {roundTripped} of {examples.Count} examples round-trip; {notJson.Count} are not JSON even when read leniently; {contradicting.Count} contradict their schema:");
        foreach (string item in notJson.Concat(contradicting))
        {
            _output.WriteLine("  " + item);
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.Equal(ContradictTheirSchema.Keys.Count(k => k.StartsWith(specName + ":", StringComparison.Ordinal)), contradicting.Count);
        Assert.Equal(examples.Count - notJson.Count - contradicting.Count, roundTripped);
        Assert.True(roundTripped > 40, roundTripped + " examples");
    }

    private sealed record Example(string Schema, string Name, string? Json, string? Problem);

    private static IEnumerable<Example> Examples(string path)
    {
        JsonNode root = SpecTextReader.Read(File.ReadAllText(path), SpecTextLimits.Default, CancellationToken.None).Root!;
        foreach (var (name, schema) in root["components"]!["schemas"]!.AsObject())
        {
            if (!name.StartsWith("Realtime", StringComparison.Ordinal) || schema is not JsonObject obj)
            {
                continue;
            }

            if (obj["x-oaiMeta"]?["example"] is JsonValue block && block.TryGetValue(out string? text))
            {
                int index = 0;
                foreach (Example example in ParseBlock(name, text))
                {
                    yield return example with { Name = name + " x-oaiMeta example " + index++ };
                }
            }

            if (obj["example"] is JsonNode value)
            {
                yield return new Example(name, name + " example", value.ToJsonString(), null);
            }

            if (obj["properties"] is JsonObject properties)
            {
                foreach (var (property, propertySchema) in properties)
                {
                    if (propertySchema?["example"] is JsonNode propertyExample)
                    {
                        var wrapped = new JsonObject { [property] = propertyExample.DeepClone() };
                        yield return new Example(name, name + "." + property + " example", wrapped.ToJsonString(), null);
                    }
                }
            }
        }
    }

    /// <summary>Reads every JSON value of a block, allowing comments and trailing commas; yields one problem when it is not JSON.</summary>
    private static IEnumerable<Example> ParseBlock(string schema, string text)
    {
        var values = new List<string>();
        string? problem = null;
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, AllowMultipleValues = true });
        try
        {
            while (reader.Read())
            {
                values.Add(JsonSerializer.Serialize(JsonElement.ParseValue(ref reader)));
            }
        }
        catch (JsonException exception)
        {
            problem = exception.Message;
        }

        if (problem is not null)
        {
            yield return new Example(schema, schema, null, problem);
            yield break;
        }

        foreach (string value in values)
        {
            yield return new Example(schema, schema, JsonNode.Parse(value)!.ToJsonString(), null);
        }
    }
}

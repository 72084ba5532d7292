using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using Microsoft.CodeAnalysis;
using OpenAI.Realtime.Gen.Configuration;
using OpenAI.Realtime.Gen.Model;
using OpenAI.Realtime.Gen.Modeling;
using OpenAI.Realtime.Gen.Overlays;
using OpenAI.Realtime.Gen.Reading;
using OpenAI.Realtime.Gen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenAI.Realtime.Gen.Tests.Overlays;

/// <summary>
/// The ready overlay in <c>spec/overlays/</c> with the newest official spec: every transcription session event the
/// spec defines reads as its own type through the event unions and round-trips (the generated code is compiled and
/// the spec's own example payloads are read), the failed response's error has its message, and the read stays sliced.
/// </summary>
public sealed class OfficialSpecOverlayTests
{
    private const string SpecName = "openai-2026-05-13.yaml";

    private readonly ITestOutputHelper _output;

    public OfficialSpecOverlayTests(ITestOutputHelper output) => _output = output;

    private static string OverlayPath => Path.Combine(TestPaths.RepositoryRoot, "spec", "overlays", "openai-2026-05-13.fixes.yaml");

    [Fact]
    public void TheSpecHasTheErrataTheOverlayFixes()
    {
        JsonObject schemas = SpecTextReader.Read(File.ReadAllText(TestPaths.OfficialSpec(SpecName)), SpecTextLimits.Default, CancellationToken.None).Root!["components"]!["schemas"]!.AsObject();
        List<string> serverCases = schemas["RealtimeServerEvent"]!["anyOf"]!.AsArray().Select(c => (string)c!["$ref"]!).ToList();
        Assert.DoesNotContain("#/components/schemas/RealtimeServerEventTranscriptionSessionUpdated", serverCases);
        Assert.DoesNotContain(schemas["RealtimeClientEvent"]!["anyOf"]!.AsArray(), c => ((string)c!["$ref"]!).EndsWith("TranscriptionSessionUpdate", StringComparison.Ordinal));
        Assert.False(schemas["RealtimeResponse"]!["properties"]!["status_details"]!["properties"]!["error"]!["properties"]!.AsObject().ContainsKey("message"));
    }

    [Fact]
    public void EveryTranscriptionSessionEventReadsAsItsOwnTypeAndRoundTrips()
    {
        string specPath = TestPaths.OfficialSpec(SpecName);
        GeneratorRun run = GeneratorHarness.Run(new[]
        {
            SpecInput.FromFile(specPath, new Dictionary<string, string> { ["OpenAIRealtimeRoots"] = "Realtime*" }),
            SpecInput.FromFile(OverlayPath),
        });
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "OAIGEN017" or "OAIGEN019" or "OAIGEN020" or "OAIGEN021" or "OAIGEN022" or "OAIGEN023");
        run.AssertCompilesCleanly();
        Assembly assembly = run.LoadAssembly();
        var context = (JsonSerializerContext)assembly.GetType("OpenAI.Realtime.RealtimeJsonContext")!.GetProperty("Default")!.GetValue(null)!;
        JsonTypeInfo serverUnion = context.GetTypeInfo(assembly.GetType("OpenAI.Realtime.RealtimeServerEvent")!)!;
        JsonTypeInfo clientUnion = context.GetTypeInfo(assembly.GetType("OpenAI.Realtime.RealtimeClientEvent")!)!;

        JsonObject schemas = SpecTextReader.Read(File.ReadAllText(specPath), SpecTextLimits.Default, CancellationToken.None).Root!["components"]!["schemas"]!.AsObject();
        var events = schemas.Where(s => s.Key.Contains("EventTranscriptionSession", StringComparison.Ordinal)).ToList();
        Assert.True(events.Count >= 5, events.Count + " transcription session events");
        foreach (var (name, schema) in events)
        {
            string wireType = (string)schema!["properties"]!["type"]!["enum"]![0]!;
            bool isClient = name.Contains("ClientEvent", StringComparison.Ordinal);
            string json = FirstJsonValue((string)schema["x-oaiMeta"]!["example"]!);
            object value = JsonSerializer.Deserialize(json, isClient ? clientUnion : serverUnion)!;
            string typeName = value.GetType().Name;

            // A beta event whose type has a GA schema reads as the GA type (both describe the same wire event).
            string expected = schemas.Any(s => s.Key == name.Replace("RealtimeBeta", "Realtime", StringComparison.Ordinal)) ? name.Replace("RealtimeBeta", "Realtime", StringComparison.Ordinal) : name;
            _output.WriteLine($"{name} ({wireType}) reads as {typeName}");
            Assert.Equal(expected, typeName);
            string written = JsonSerializer.Serialize(value, isClient ? clientUnion : serverUnion);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), name + " wrote " + written);
        }

        // status_details.error.message (openai/openai-openapi#471) is a typed member, read and written.
        Type error = assembly.GetType("OpenAI.Realtime.RealtimeResponseStatusDetailsError")!;
        Assert.NotNull(error.GetProperty("Message"));
        const string failed = """{"type":"response.done","event_id":"e1","response":{"id":"r1","object":"realtime.response","status":"failed","status_details":{"type":"failed","error":{"type":"server_error","code":"x","message":"The server had an error."}}}}""";
        object done = JsonSerializer.Deserialize(failed, serverUnion)!;
        object response = done.GetType().GetProperty("Response")!.GetValue(done)!;
        object details = response.GetType().GetProperty("StatusDetails")!.GetValue(response)!;
        object errorValue = details.GetType().GetProperty("Error")!.GetValue(details)!;
        Assert.Equal("The server had an error.", errorValue.GetType().GetProperty("Message")!.GetValue(errorValue));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(failed), JsonNode.Parse(JsonSerializer.Serialize(done, serverUnion))));
    }

    [Fact]
    public void TheReadStaysSlicedWithTheOverlay()
    {
        string text = File.ReadAllText(TestPaths.OfficialSpec(SpecName));
        var overlay = new OverlayFileInput(OverlayPath, File.ReadAllText(OverlayPath), 0, EquatableArray<string>.Empty, null, EquatableArray<SettingProblem>.Empty);
        List<OverlayDocument> documents = OverlayStage.Read(new[] { overlay }.ToEquatableArray(), CancellationToken.None);
        Assert.Single(documents);
        var roots = SettingNames.DefaultRoots.Split(';');
        SchemaDemand? demand = OverlayStage.Demand(documents, roots);
        Assert.NotNull(demand);

        // The default roots do not reach the event unions: the overlay's targets are read besides them, nothing more.
        SpecTextReadResult sliced = SpecTextReader.Read(text, SpecTextLimits.Default, demand, CancellationToken.None);
        JsonObject read = sliced.Root!["components"]!["schemas"]!.AsObject();
        SpecTextReadResult plain = SpecTextReader.Read(text, SpecTextLimits.Default, roots, CancellationToken.None);
        var extra = read.Select(s => s.Key).Except(plain.Root!["components"]!["schemas"]!.AsObject().Select(s => s.Key)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "RealtimeClientEvent", "RealtimeServerEvent" }, extra.Where(n => !n.Contains("TranscriptionSession", StringComparison.Ordinal)));
        Assert.Null(sliced.Root["paths"]);

        SpecFileInput input = new SpecFileInput(TestPaths.OfficialSpec(SpecName), text, Settings(roots), EquatableArray<SettingProblem>.Empty);
        var withOverlay = new SpecWithOverlays(input, new[] { overlay }.ToEquatableArray());
        SpecModelFactory.Create(input, CancellationToken.None);
        SpecModelFactory.Create(withOverlay, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        SpecParseResult without = SpecModelFactory.Create(input, CancellationToken.None);
        TimeSpan plainTime = clock.Elapsed;
        clock.Restart();
        SpecParseResult with = SpecModelFactory.Create(withOverlay, CancellationToken.None);
        TimeSpan overlayTime = clock.Elapsed;
        // For comparison: an overlay whose target can touch anything makes the read whole.
        var anywhere = new OverlayFileInput("/wide.yaml", "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.paths[*][?(@.operationId == 'create-realtime-session')]\n    update: {x-checked: true}\n", 0, EquatableArray<string>.Empty, null, EquatableArray<SettingProblem>.Empty);
        var whole = new SpecWithOverlays(input, new[] { anywhere }.ToEquatableArray());
        Assert.Null(OverlayStage.Demand(OverlayStage.Read(whole.Overlays, CancellationToken.None), roots));
        SpecModelFactory.Create(whole, CancellationToken.None);
        clock.Restart();
        SpecParseResult wide = SpecModelFactory.Create(whole, CancellationToken.None);
        TimeSpan wideTime = clock.Elapsed;
        Assert.DoesNotContain(wide.Diagnostics, d => d.Id == "OAIGEN021");
        Assert.Equal(without.Model, wide.Model);
        _output.WriteLine($"{SpecName}, default roots: parse step {plainTime.TotalMilliseconds:F0} ms without the overlay, {overlayTime.TotalMilliseconds:F0} ms with it (sliced), {wideTime.TotalMilliseconds:F0} ms with an overlay on $.paths (whole document); {without.Model.Types.Count} and {with.Model.Types.Count} types");
        Assert.DoesNotContain(with.Diagnostics, d => d.Id is "OAIGEN021" or "OAIGEN022" or "OAIGEN023");

        // The error message is a member of the default set's RealtimeResponse.
        TypeSpec error = with.Model.Types.Single(t => t.Name == "RealtimeResponseStatusDetailsError");
        Assert.NotEqual(without.Model.Types.Single(t => t.Name == "RealtimeResponseStatusDetailsError"), error);
    }

    private static GeneratorSettings Settings(string[] roots)
        => new(roots.ToEquatableArray(), false, SettingNames.DefaultNamespace, true, OpenAI.Realtime.Gen.Modeling.ServerOnlyPatterns.Default.Split(';').ToEquatableArray());

    private static string FirstJsonValue(string block)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(block), new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        reader.Read();
        return JsonSerializer.Serialize(JsonElement.ParseValue(ref reader));
    }
}

using System.Linq;
using Microsoft.CodeAnalysis;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Generation;

/// <summary>
/// The official specs in <c>../shared/specs</c>, dropped in as a user would: the default set, every Realtime schema, and
/// every schema (<c>*</c>) generate and compile with no warning. The spec's own validation findings (OAIGEN005) and
/// unions whose cases the spec itself does not separate (OAIGEN014) are warnings about the spec, not about the output.
/// </summary>
public class OfficialSpecGenerationTests
{
    [Theory]
    [InlineData("openai-2025-04-29.yaml", null)]
    [InlineData("openai-2026-05-13.yaml", null)]
    [InlineData("openai-2025-04-29.yaml", "Realtime*")]
    [InlineData("openai-2026-05-13.yaml", "Realtime*")]
    [InlineData("openai-2025-04-29.yaml", "*")]
    [InlineData("openai-2026-05-13.yaml", "*")]
    public void GeneratesCompilingCode(string spec, string? roots)
    {
        var metadata = roots is null ? null : new System.Collections.Generic.Dictionary<string, string> { ["OpenAIRealtimeRoots"] = roots };
        GeneratorRun run = GeneratorHarness.Run(SpecInput.FromFile(TestPaths.OfficialSpec(spec), metadata));

        run.AssertCompilesCleanly();
        var errors = run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var unexpected = run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning && d.Id is not ("OAIGEN005" or "OAIGEN014")).ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
        Assert.NotNull(run.Output.GetTypeByMetadataName("OpenAI.Realtime.RealtimeResponse"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("OpenAI.Realtime.RealtimeSession"));
        if (roots == "*")
        {
            // Every component schema became a type (or was folded into one, for plain aliases).
            Assert.True(run.Types.Count > (spec.Contains("2026") ? 1500 : 900), run.Types.Count + " types");
        }
    }

    [Fact]
    public void OlderBetaSpecNamesInlineSchemasAfterTheirPlaceAsTheSeedsDo()
    {
        GeneratorRun run = GeneratorHarness.Run(SpecInput.FromFile(TestPaths.OfficialSpec("openai-2025-04-29.yaml")));
        foreach (string name in new[] { "RealtimeSessionTurnDetection", "RealtimeSessionInputAudioTranscription", "RealtimeSessionInputAudioNoiseReduction",
            "RealtimeResponseStatusDetails", "RealtimeResponseUsage", "RealtimeResponseMaxOutputTokens", "RealtimeResponseCreateParamsMaxResponseOutputTokens" })
        {
            Assert.True(run.Output.GetTypeByMetadataName("OpenAI.Realtime." + name) is not null, name + " was not generated");
        }

        // The beta RealtimeResponse carries the beta members.
        INamedTypeSymbol response = run.Output.GetTypeByMetadataName("OpenAI.Realtime.RealtimeResponse")!;
        foreach (string member in new[] { "Voice", "Modalities", "OutputAudioFormat", "Temperature", "MaxOutputTokens" })
        {
            Assert.NotEmpty(response.GetMembers(member));
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Generation;

/// <summary>Several spec files in one project, and output that does not depend on order or threads.</summary>
public class MultipleSpecsAndDeterminismTests
{
    [Fact]
    public void TwoSpecVersionsSideBySideInTwoNamespaces()
    {
        var older = SpecInput.FromFile(TestPaths.OfficialSpec("openai-2025-04-29.yaml"), new Dictionary<string, string> { ["OpenAIRealtimeNamespace"] = "Realtime.V20250429" });
        var newer = SpecInput.FromFile(TestPaths.OfficialSpec("openai-2026-05-13.yaml"), new Dictionary<string, string> { ["OpenAIRealtimeNamespace"] = "Realtime.V20260513" });
        GeneratorRun run = GeneratorHarness.Run(new[] { older, newer });

        run.AssertCompilesCleanly();
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        INamedTypeSymbol beta = run.Output.GetTypeByMetadataName("Realtime.V20250429.RealtimeResponse")!;
        INamedTypeSymbol ga = run.Output.GetTypeByMetadataName("Realtime.V20260513.RealtimeResponse")!;
        Assert.NotEmpty(beta.GetMembers("Voice"));
        Assert.Empty(ga.GetMembers("Voice"));
        Assert.NotEmpty(ga.GetMembers("Audio"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Realtime.V20250429.RealtimeJsonContext"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Realtime.V20260513.RealtimeJsonContext"));
    }

    [Fact]
    public void TwoSpecsGeneratingTheSameTypeInOneNamespaceIsAnErrorNotACrash()
    {
        var first = SpecInput.FromFile(TestPaths.BundledSpec);
        var second = new SpecInput("/zz/copy.yaml", first.Text);
        GeneratorRun run = GeneratorHarness.Run(new[] { first, second });

        Assert.Null(run.GeneratorException);
        Diagnostic duplicate = Assert.Single(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("OAIGEN016", duplicate.Id);
        int typeCount = GeneratorHarness.Run(first).Types.Count;
        Assert.Equal("The spec files '" + first.Path + "' and '/zz/copy.yaml' both generate " + typeCount + " type(s) in namespace 'OpenAI.Realtime' (such as 'AudioTranscription', 'AudioTranscriptionDelay', 'AudioTranscriptionModel'); those are generated from '"
            + first.Path + "' only. Give one of the files another namespace with OpenAIRealtimeNamespace.", duplicate.GetMessage());
        Assert.Equal("/zz/copy.yaml", duplicate.Location.GetLineSpan().Path);

        // The types come from the first file once, so apart from the reported error the output compiles.
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public async Task OutputIsByteIdenticalWhateverTheOrderOfFilesAndThreads()
    {
        var bundled = SpecInput.FromFile(TestPaths.BundledSpec, new Dictionary<string, string> { ["OpenAIRealtimeRoots"] = "Realtime*" });
        var older = SpecInput.FromFile(TestPaths.OfficialSpec("openai-2025-04-29.yaml"), new Dictionary<string, string> { ["OpenAIRealtimeNamespace"] = "Older" });

        GeneratorRun first = GeneratorHarness.Run(new[] { bundled, older });
        IReadOnlyDictionary<string, string> reference = first.Sources;
        IReadOnlyDictionary<string, string> reversed = GeneratorHarness.Run(new[] { older, bundled }).Sources;
        IReadOnlyDictionary<string, string>[] parallel = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => GeneratorHarness.Run(new[] { bundled, older }).Sources)));

        Assert.True(first.Types.Count > 300, first.Types.Count + " types");
        foreach (IReadOnlyDictionary<string, string> other in parallel.Append(reversed))
        {
            Assert.Equal(reference.Keys.OrderBy(k => k), other.Keys.OrderBy(k => k));
            foreach (var (hint, source) in reference)
            {
                Assert.True(source == other[hint], hint + " differs between runs");
            }
        }
    }
}

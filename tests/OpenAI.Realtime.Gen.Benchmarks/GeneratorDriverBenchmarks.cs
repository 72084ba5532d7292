using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OpenAI.Realtime.Gen;

namespace RealtimeGenBenchmarks;

/// <summary>
/// The generator as the compiler runs it (Roslyn's driver, AddSource and the generated-code syntax check included), for a
/// first build and for a rebuild after an unrelated C# edit (everything cached).
/// </summary>
[MemoryDiagnoser]
public class GeneratorDriverBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private AdditionalText _spec = null!;
    private GeneratorDriver _warm = null!;

    [Params("Default", "All")]
    public string RootSet { get; set; } = "Default";

    [GlobalSetup]
    public void Setup()
    {
        _spec = new Text(BenchmarkData.LargestOfficialSpec, File.ReadAllText(BenchmarkData.LargestOfficialSpec));
        _compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class A { }") });
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }"));
        _warm = Driver().RunGenerators(_compilation);
    }

    [Benchmark]
    public int FirstRun() => Driver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark]
    public int RunAfterUnrelatedEdit() => _warm.RunGenerators(_edited).GetRunResult().GeneratedTrees.Length;

    private GeneratorDriver Driver()
    {
        var options = new Options(RootSet == "All" ? "*" : null);
        return CSharpGeneratorDriver.Create(new[] { new RealtimeModelGenerator().AsSourceGenerator() }, ImmutableArray.Create(_spec), null, options);
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options(string? roots) : AnalyzerConfigOptionsProvider
    {
        private readonly Values _file = new(roots is null ? new() : new() { ["build_metadata.AdditionalFiles.OpenAIRealtimeRoots"] = roots });

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _file;

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}

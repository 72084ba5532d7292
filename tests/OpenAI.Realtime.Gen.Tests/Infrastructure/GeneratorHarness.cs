using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace OpenAI.Realtime.Gen.Tests.Infrastructure;

/// <summary>A spec file given to the generator, with its <c>AdditionalFiles</c> item metadata (names without the prefix).</summary>
public sealed record SpecInput(string Path, string Text, IReadOnlyDictionary<string, string>? Metadata = null)
{
    public static SpecInput FromFile(string path, IReadOnlyDictionary<string, string>? metadata = null) => new(path, File.ReadAllText(path), metadata);
}

/// <summary>
/// Runs <see cref="RealtimeModelGenerator"/> the way the compiler does: spec files as <c>AdditionalFiles</c>, metadata
/// through an options provider, user code as syntax trees, and compiles the result against .NET 8 reference assemblies
/// plus the runtime library.
/// </summary>
public static class GeneratorHarness
{
    private static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.ReferenceAssemblies.Net80
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(OpenAI.Realtime.Serialization.RealtimeJsonOptions).Assembly.Location))
        .ToImmutableArray();

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    /// <summary>A compilation holding <paramref name="userSources"/> (or one empty class).</summary>
    public static CSharpCompilation CreateCompilation(IEnumerable<string>? userSources = null, CSharpParseOptions? parseOptions = null)
    {
        var trees = (userSources ?? new[] { "namespace UserCode { internal static class Placeholder { } }" })
            .Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions ?? ParseOptions, path: "User" + i + ".cs"))
            .ToArray();
        return CSharpCompilation.Create(
            "GeneratedModels",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Default));
    }

    public static GeneratorDriver CreateDriver(IEnumerable<SpecInput> specs, IReadOnlyDictionary<string, string>? globalProperties = null, CSharpParseOptions? parseOptions = null, bool trackSteps = false)
        => CreateDriver(specs, specs.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToImmutableArray(), globalProperties, parseOptions, trackSteps);

    /// <summary>A driver over given <see cref="AdditionalText"/> instances (keep them to replace one later).</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<SpecInput> specs, ImmutableArray<AdditionalText> texts, IReadOnlyDictionary<string, string>? globalProperties = null, CSharpParseOptions? parseOptions = null, bool trackSteps = false)
    {
        var options = new TestOptionsProvider(specs.ToDictionary(s => s.Path, s => s.Metadata ?? new Dictionary<string, string>()), globalProperties ?? new Dictionary<string, string>());
        return CSharpGeneratorDriver.Create(
            new[] { new RealtimeModelGenerator().AsSourceGenerator() },
            texts,
            parseOptions ?? ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Runs the generator over <paramref name="specs"/> and compiles the output.</summary>
    public static GeneratorRun Run(IEnumerable<SpecInput> specs, IEnumerable<string>? userSources = null, IReadOnlyDictionary<string, string>? globalProperties = null, CSharpParseOptions? parseOptions = null)
    {
        CSharpCompilation compilation = CreateCompilation(userSources, parseOptions);
        GeneratorDriver driver = CreateDriver(specs, globalProperties, parseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics);
    }

    public static GeneratorRun Run(SpecInput spec, IEnumerable<string>? userSources = null) => Run(new[] { spec }, userSources);
}

/// <summary>The outcome of one generator run and the compilation it produced.</summary>
public sealed class GeneratorRun
{
    public GeneratorRun(GeneratorDriverRunResult result, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Result = result;
        Output = output;
        GeneratorDiagnostics = generatorDiagnostics;
    }

    public GeneratorDriverRunResult Result { get; }

    public Compilation Output { get; }

    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>Generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources => Result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>The generated code of each type, by <c>Namespace.Name</c> (see <see cref="GeneratedTypes"/>).</summary>
    public IReadOnlyDictionary<string, string> Types => _types ??= GeneratedTypes.Of(Result.Results.SelectMany(r => r.GeneratedSources));

    private IReadOnlyDictionary<string, string>? _types;

    /// <summary>
    /// Compiler diagnostics of warning level or above (generator diagnostics not included), with nullable warnings on in
    /// the generated code too: it ships with nullable annotations on and nullable warnings off (<see cref="ShippedNullableContext"/>:
    /// a user's build skips the flow analysis of its bodies), so it is checked here as if it said <c>#nullable enable</c>,
    /// which reports every warning the shipped form can and the nullable ones besides.
    /// </summary>
    public IReadOnlyList<Diagnostic> CompilationProblems => WithNullableWarnings().GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>Any exception the generator threw (the compiler would report it as CS8785).</summary>
    public Exception? GeneratorException => Result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);

    /// <summary>Fails with the problems listed when the output does not compile cleanly.</summary>
    public void AssertCompilesCleanly()
    {
        Assert.Null(GeneratorException);
        IReadOnlyList<Diagnostic> problems = CompilationProblems;
        Assert.True(problems.Count == 0, "The generated code has " + problems.Count + " problems:\n" + string.Join("\n", problems.Take(30)));
    }

    /// <summary>The nullable context lines every generated file ships with.</summary>
    public const string ShippedNullableContext = "#nullable enable annotations\n#nullable disable warnings\n";

    /// <summary>A generated file's text with its <see cref="ShippedNullableContext"/> turned into <c>#nullable enable</c>.</summary>
    public static string WithNullableWarnings(string generatedText) => generatedText.Replace(ShippedNullableContext, "#nullable enable\n");

    /// <summary>The output compilation with every generated file's <see cref="ShippedNullableContext"/> turned into <c>#nullable enable</c>.</summary>
    private Compilation WithNullableWarnings()
    {
        var generated = Result.GeneratedTrees.ToHashSet();
        Compilation strict = Output;
        foreach (SyntaxTree tree in Output.SyntaxTrees.Where(generated.Contains))
        {
            string text = tree.GetText().ToString();
            Assert.Contains(ShippedNullableContext, text);
            strict = strict.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(WithNullableWarnings(text), (CSharpParseOptions)tree.Options, tree.FilePath));
        }

        return strict;
    }

    /// <summary>Emits the compilation and loads it in a collectible context.</summary>
    public Assembly LoadAssembly()
    {
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }
}

internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _files;
    private readonly DictionaryOptions _global;

    public TestOptionsProvider(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> files, IReadOnlyDictionary<string, string> global)
    {
        _files = files;
        _global = new DictionaryOptions(global.ToDictionary(p => "build_property." + p.Key, p => p.Value));
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _files.TryGetValue(textFile.Path, out var metadata)
            ? new DictionaryOptions(metadata.ToDictionary(p => "build_metadata.AdditionalFiles." + p.Key, p => p.Value))
            : DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

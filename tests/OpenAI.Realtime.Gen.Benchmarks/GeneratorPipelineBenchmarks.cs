using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using OpenAI.Realtime.Gen;
using OpenAI.Realtime.Gen.Configuration;
using OpenAI.Realtime.Gen.Diagnostics;
using OpenAI.Realtime.Gen.Emitting;
using OpenAI.Realtime.Gen.Loading;
using OpenAI.Realtime.Gen.Model;
using OpenAI.Realtime.Gen.Modeling;
using OpenAI.Realtime.Gen.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RealtimeGenBenchmarks;

/// <summary>
/// The generator's work on the largest official spec, stage by stage, next to the floor of just parsing its YAML with
/// the same library. The stages are cumulative (read; read + load; ... ; the whole pipeline), so each stage's cost is the
/// difference between two rows; <c>Pipeline</c> is everything the parse step and the emitters do for a spec edit.
/// </summary>
[MemoryDiagnoser]
public class GeneratorPipelineBenchmarks
{
    private string _text = string.Empty;
    private GeneratorSettings _settings = null!;

    /// <summary>The default Realtime schema set, or every schema of the spec.</summary>
    [Params("Default", "All")]
    public string RootSet { get; set; } = "Default";

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(BenchmarkData.LargestOfficialSpec);
        string roots = RootSet == "All" ? "*" : SettingNames.DefaultRoots;
        _settings = new GeneratorSettings(roots.Split(';').ToEquatableArray(), RootSet == "All", "Gen.Realtime", true, ServerOnlyPatterns.Default.Split(';').ToEquatableArray());
    }

    /// <summary>The floor: every event of the document pulled through YamlDotNet's parser.</summary>
    [Benchmark(Baseline = true)]
    public int ParseFloor()
    {
        var parser = new Parser(new StringReader(_text));
        int events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }

    /// <summary>For reference: YamlDotNet's own document model (what "parsing YAML" usually means).</summary>
    [Benchmark]
    public int YamlStreamLoad()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(_text));
        return stream.Documents.Count;
    }

    [Benchmark]
    public object? Read() => SpecTextReader.Read(_text, SpecTextLimits.Default, _settings.RootPatterns, default).Root;

    [Benchmark]
    public int ReadLoad() => Load().Count;

    [Benchmark]
    public int ReadLoadModel() => Model().Count;

    [Benchmark]
    public long Pipeline()
    {
        long chars = 0;
        var context = new EmitContext(_settings.Namespace, _settings.IsPublic);
        foreach (TypeSpec type in Model())
        {
            chars += FileEmitter.EmitType(type, context).Length;
        }

        return chars;
    }

    private IDictionary<string, Microsoft.OpenApi.IOpenApiSchema> Load()
    {
        SpecTextReadResult read = SpecTextReader.Read(_text, SpecTextLimits.Default, _settings.RootPatterns, default);
        return OpenApiDocumentLoader.Load(read.Root!, _settings, read.Map, new DiagnosticSink(_ => null), null, default)!;
    }

    private EquatableArray<TypeSpec> Model() => new SchemaModelBuilder(Load(), _settings, new DiagnosticSink(_ => null), default).Build();
}

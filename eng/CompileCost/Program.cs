using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

// Usage: dotnet run -c Release --project eng/CompileCost -- <runtime.dll> <rounds> <folder>[@<runtime.dll>]...
// Compiles each folder's *.cs files (with the .NET reference assemblies and the runtime assembly, or the one named after
// the folder's @, to compare the output of two commits against their own runtimes) as one library,
// round-robin over the folders, two warm-up rounds first, and prints the median milliseconds of each phase. Bind
// (GetDiagnostics) binds every method body; emit binds them again to lower them, as a command-line build does once.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: CompileCost <runtime.dll> <rounds> <folder>...");
    return 2;
}

string referenceFolder = Directory.GetDirectories(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "../../../packs/Microsoft.NETCore.App.Ref"))
    .OrderBy(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out Version? v) ? v : new Version()).Last();
var frameworkReferences = Directory.GetFiles(Path.Combine(referenceFolder, "ref", "net10.0"), "*.dll")
    .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
    .ToList();
int rounds = int.Parse(args[1]);
string[] folders = args.Skip(2).Select(a => a.Split('@')[0]).ToArray();
var runtimes = args.Skip(2).ToDictionary(a => a.Split('@')[0], a => MetadataReference.CreateFromFile(a.Contains('@') ? a.Split('@')[1] : args[0]));
var sources = folders.ToDictionary(f => f, f => Directory.GetFiles(f, "*.cs", SearchOption.AllDirectories)
    .Select(path => (Path: path, Text: SourceText.From(File.ReadAllText(path), Encoding.UTF8))).ToArray());
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);
var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
var times = folders.ToDictionary(f => f, _ => new List<double[]>());

// COMPILECOST_ANALYZERS=<analyzer.dll>[:<analyzer.dll>...] also runs those analyzers (one thread, after emit) with the
// MSBuild properties IsAotCompatible sets (trim, AOT and single-file analysis on), and prints their time per folder;
// COMPILECOST_PER_ANALYZER=1 adds each analyzer's time and action counts from the last round.
bool perAnalyzer = Environment.GetEnvironmentVariable("COMPILECOST_PER_ANALYZER") == "1";
ImmutableArray<DiagnosticAnalyzer> analyzers = (Environment.GetEnvironmentVariable("COMPILECOST_ANALYZERS") ?? string.Empty)
    .Split(':', StringSplitOptions.RemoveEmptyEntries)
    .SelectMany(path => new AnalyzerFileReference(path, new DefaultLoader()).GetAnalyzers(LanguageNames.CSharp))
    .ToImmutableArray();
var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new MSBuildProperties(new Dictionary<string, string>
{
    ["build_property.EnableTrimAnalyzer"] = "true",
    ["build_property.EnableAotAnalyzer"] = "true",
    ["build_property.EnableSingleFileAnalyzer"] = "true",
    ["build_property.IsAotCompatible"] = "true",
}));

for (int round = 0; round < rounds + 2; round++)
{
    foreach (string folder in folders)
    {
        var clock = Stopwatch.StartNew();
        SyntaxTree[] trees = sources[folder].Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Path)).ToArray();
        foreach (SyntaxTree tree in trees)
        {
            tree.GetRoot();
        }

        double parse = Lap(clock);
        CSharpCompilation compilation = CSharpCompilation.Create("CompileCost" + round, trees, frameworkReferences.Append(runtimes[folder]), compilationOptions);
        compilation.GetDeclarationDiagnostics();
        double declare = Lap(clock);
        compilation.GetDiagnostics();
        double bind = Lap(clock);
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        EmitResult result = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        double emit = Lap(clock);
        if (!result.Success)
        {
            Console.Error.WriteLine(folder + " does not compile:");
            foreach (Diagnostic error in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5))
            {
                Console.Error.WriteLine("  " + error);
            }

            return 1;
        }

        double analyze = 0;
        if (analyzers.Length > 0)
        {
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(analyzerOptions, null, concurrentAnalysis: false, logAnalyzerExecutionTime: perAnalyzer, reportSuppressedDiagnostics: false));
            var warnings = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            analyze = Lap(clock);
            if (round == 0 && warnings.Length > 0)
            {
                Console.Error.WriteLine(folder + ": " + warnings.Length + " analyzer diagnostics, e.g. " + warnings[0]);
            }

            if (round == rounds + 1 && perAnalyzer)
            {
                foreach (DiagnosticAnalyzer analyzer in analyzers)
                {
                    var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
                    Console.WriteLine($"  {Path.GetFileName(folder)} {analyzer.GetType().Name}: {telemetry.ExecutionTime.TotalMilliseconds:F0} ms, {telemetry.SymbolActionsCount} symbol, {telemetry.OperationBlockActionsCount} operation-block, {telemetry.OperationActionsCount} operation, {telemetry.SyntaxNodeActionsCount} syntax-node actions");
                }
            }
        }

        if (round >= 2)
        {
            times[folder].Add(new[] { parse, declare, bind, emit, parse + declare + bind + emit, analyze });
        }
    }
}

Console.WriteLine($"{"folder",-40} {"bytes",10} {"parse",7} {"declare",7} {"bind",7} {"emit",7} {"total",7} {"analyze",7}   (ms, medians of {rounds})");
foreach (string folder in folders)
{
    double Median(int phase)
    {
        double[] sorted = times[folder].Select(t => t[phase]).OrderBy(t => t).ToArray();
        return sorted[sorted.Length / 2];
    }

    long bytes = sources[folder].Sum(s => new FileInfo(s.Path).Length);
    Console.WriteLine($"{folder,-40} {bytes,10} {Median(0),7:F0} {Median(1),7:F0} {Median(2),7:F0} {Median(3),7:F0} {Median(4),7:F0} {Median(5),7:F0}");
}

return 0;

static double Lap(Stopwatch clock)
{
    double elapsed = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    return elapsed;
}

internal sealed class DefaultLoader : IAnalyzerAssemblyLoader
{
    public void AddDependencyLocation(string fullPath)
    {
    }

    public System.Reflection.Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
}

internal sealed class MSBuildProperties(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    private readonly Options _global = new(values);
    private static readonly Options Empty = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

// Usage: dotnet run -c Release --project eng/CompileCost -- <runtime.dll> <rounds> <folder>...
// Compiles each folder's *.cs files (with the .NET reference assemblies and the runtime assembly) as one library,
// round-robin over the folders, two warm-up rounds first, and prints the median milliseconds of each phase. Bind
// (GetDiagnostics) binds every method body; emit binds them again to lower them, as a command-line build does once.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: CompileCost <runtime.dll> <rounds> <folder>...");
    return 2;
}

string referenceFolder = Directory.GetDirectories(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "../../../packs/Microsoft.NETCore.App.Ref"))
    .OrderBy(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out Version? v) ? v : new Version()).Last();
var references = Directory.GetFiles(Path.Combine(referenceFolder, "ref", "net10.0"), "*.dll")
    .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
    .Append(MetadataReference.CreateFromFile(args[0]))
    .ToList();
int rounds = int.Parse(args[1]);
string[] folders = args.Skip(2).ToArray();
var sources = folders.ToDictionary(f => f, f => Directory.GetFiles(f, "*.cs", SearchOption.AllDirectories)
    .Select(path => (Path: path, Text: SourceText.From(File.ReadAllText(path), Encoding.UTF8))).ToArray());
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);
var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
var times = folders.ToDictionary(f => f, _ => new List<double[]>());

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
        CSharpCompilation compilation = CSharpCompilation.Create("CompileCost" + round, trees, references, compilationOptions);
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

        if (round >= 2)
        {
            times[folder].Add(new[] { parse, declare, bind, emit, parse + declare + bind + emit });
        }
    }
}

Console.WriteLine($"{"folder",-40} {"bytes",10} {"parse",7} {"declare",7} {"bind",7} {"emit",7} {"total",7}   (ms, medians of {rounds})");
foreach (string folder in folders)
{
    double Median(int phase)
    {
        double[] sorted = times[folder].Select(t => t[phase]).OrderBy(t => t).ToArray();
        return sorted[sorted.Length / 2];
    }

    long bytes = sources[folder].Sum(s => new FileInfo(s.Path).Length);
    Console.WriteLine($"{folder,-40} {bytes,10} {Median(0),7:F0} {Median(1),7:F0} {Median(2),7:F0} {Median(3),7:F0} {Median(4),7:F0}");
}

return 0;

static double Lap(Stopwatch clock)
{
    double elapsed = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    return elapsed;
}

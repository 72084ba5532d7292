using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using OpenAI.Realtime.Gen.Tests.Infrastructure;
using OpenAI.Realtime.Gen.Tests.Packaging;

namespace OpenAI.Realtime.Gen.Tests.Benchmarking;

/// <summary>
/// The benchmarks are too slow for CI, so CI runs their smoke mode: every benchmark method once, each result checked
/// (a benchmark that throws, returns nothing or reads nothing fails). This keeps them compiling and working.
/// </summary>
[Collection(DotnetCliCollection.Name)]
public class BenchmarkSmokeTests
{
    [Fact]
    public void EveryBenchmarkRunsOnce()
    {
        string project = Path.Combine(TestPaths.RepositoryRoot, "tests", "OpenAI.Realtime.Gen.Benchmarks");
        DotnetCli.Run("dotnet", "build -nodeReuse:false -p:UseSharedCompilation=false", project, timeoutSeconds: 900).AssertSuccess("dotnet build of the benchmarks");
        DotnetCli.Result smoke = DotnetCli.Run("dotnet", "run --no-build -- smoke", project).AssertSuccess("the benchmarks' smoke mode");

        string[] runs = smoke.Output.Split('\n').Where(line => line.StartsWith("smoke: ", System.StringComparison.Ordinal) && line.Contains(" -> ")).ToArray();
        Match summary = Regex.Match(smoke.Output, @"smoke: (\d+) benchmark runs ok");
        Assert.True(summary.Success, "The smoke mode printed no summary:\n" + smoke.Output);
        int reported = int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(runs.Length, reported);

        // Each benchmark class takes part, the generator pipeline for both schema sets.
        foreach (string expected in new[] { "GeneratorPipelineBenchmarks.Pipeline (Default)", "GeneratorPipelineBenchmarks.Pipeline (All)", "GeneratorDriverBenchmarks.", "RuntimeBenchmarks." })
        {
            Assert.Contains(runs, line => line.Contains(expected));
        }
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Tmp;

public class TmpEditedBuildTiming(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Time()
    {
        string path = System.Environment.GetEnvironmentVariable("TMP_SPEC") ?? TestPaths.BundledSpec;
        string text = System.IO.File.ReadAllText(path);
        var meta = new Dictionary<string, string> { ["OpenAIRealtimeRoots"] = System.Environment.GetEnvironmentVariable("TMP_ROOTS") ?? "" };
        var spec = new SpecInput(path, text, meta);
        var compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { spec });
        driver = driver.RunGenerators(compilation);
        var times = new List<long>();
        var sw = new Stopwatch();
        for (int i = 0; i < int.Parse(System.Environment.GetEnvironmentVariable("TMP_N") ?? "200"); i++)
        {
            var texts = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(path, text));
            var options = new TestOptionsProvider(new Dictionary<string, IReadOnlyDictionary<string, string>> { [path] = meta }, new Dictionary<string, string>());
            var edited = GeneratorHarness.CreateCompilation(new[] { "namespace UserCode { internal static class P" + i + " { } }" });
            sw.Restart();
            driver = driver.ReplaceAdditionalTexts(texts).WithUpdatedAnalyzerConfigOptions(options).RunGenerators(edited);
            times.Add(sw.ElapsedTicks * 1000000 / Stopwatch.Frequency);
        }
        times.Sort();
        output.WriteLine("cached edited run median " + times[times.Count / 2] + " us");
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace OpenAI.Realtime.Gen.Tests.Fuzzing;

/// <summary>
/// Seeded mutation fuzzing of the generator. Each mutant (see <see cref="SpecMutator"/>) must end in an error diagnostic
/// or in output that compiles with no error or warning; never in an exception, a hang, an internal error (OAIGEN011/012),
/// a diagnostic located outside the spec text, or code that does not compile with nothing said.
/// <para>Settings (environment variables): <c>OAIGEN_FUZZ_COUNT</c> (mutants, default 500), <c>OAIGEN_FUZZ_SEED</c>
/// (seed of the first mutant, default <see cref="DefaultSeed"/>; mutant <c>i</c> uses seed + i, so one mutant is replayed
/// with <c>OAIGEN_FUZZ_SEED=&lt;its seed&gt; OAIGEN_FUZZ_COUNT=1</c>), <c>OAIGEN_FUZZ_FULL=1</c> (also run
/// <see cref="MutantsOfTheWholeOfficialSpecs"/>):</para>
/// <code>
/// dotnet test tests/OpenAI.Realtime.Gen.Tests --filter FullyQualifiedName~Fuzzing
/// OAIGEN_FUZZ_SEED=123 OAIGEN_FUZZ_COUNT=1 dotnet test tests/OpenAI.Realtime.Gen.Tests --filter FullyQualifiedName~GeneratorFuzzTests.MutantsOfTheRealtimeSchemas
/// OAIGEN_FUZZ_FULL=1 OAIGEN_FUZZ_COUNT=2000 dotnet test tests/OpenAI.Realtime.Gen.Tests --filter FullyQualifiedName~GeneratorFuzzTests.MutantsOfTheWholeOfficialSpecs
/// </code>
/// The summary goes to the test output (<c>--logger "console;verbosity=detailed"</c>) and to <c>fuzz/summary-*.txt</c> in the
/// test output folder; failing mutants are written there too.
/// </summary>
public class GeneratorFuzzTests
{
    public const int DefaultSeed = 20250429;
    public const int DefaultCount = 500;

    private static readonly TimeSpan PerMutantTimeout = TimeSpan.FromSeconds(20);

    /// <summary>A worker stuck this long on one mutant ignored its cancellation token: reported as a hang, and left behind.</summary>
    private static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(3);

    private readonly ITestOutputHelper _output;

    public GeneratorFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task MutantsOfTheRealtimeSchemas()
    {
        await RunAsync("realtime", FuzzBases.Default, "FullyQualifiedName~GeneratorFuzzTests.MutantsOfTheRealtimeSchemas", full: false);
    }

    [Fact]
    public async Task MutantsOfTheWholeOfficialSpecs()
    {
        if (Environment.GetEnvironmentVariable("OAIGEN_FUZZ_FULL") != "1")
        {
            _output.WriteLine("Skipped: set OAIGEN_FUZZ_FULL=1 to fuzz the whole official specs, e.g.\n  OAIGEN_FUZZ_FULL=1 OAIGEN_FUZZ_COUNT=2000 dotnet test tests/OpenAI.Realtime.Gen.Tests --filter FullyQualifiedName~GeneratorFuzzTests.MutantsOfTheWholeOfficialSpecs");
            return;
        }

        await RunAsync("full", FuzzBases.Full, "FullyQualifiedName~GeneratorFuzzTests.MutantsOfTheWholeOfficialSpecs", full: true);
    }

    [Fact]
    public void TheMutatorIsDeterministic()
    {
        foreach (int seed in new[] { DefaultSeed, DefaultSeed + 1, 7, 123456 })
        {
            Mutant first = SpecMutator.Create(seed, FuzzBases.Default);
            Mutant second = SpecMutator.Create(seed, FuzzBases.Default);
            Assert.Equal(first.Base.Name, second.Base.Name);
            Assert.Equal(first.Root, second.Root);
            Assert.Equal(first.Mutations, second.Mutations);
            Assert.Equal(first.Text, second.Text);
        }
    }

    [Fact]
    public void UnmutatedBasesGenerateCleanCode()
    {
        // Unmutated, the bases are fine (checked on every fifth root): a failing mutant is about its mutations. A generous
        // time limit: this test is not about hangs, and the machine may be busy.
        var runner = new FuzzRunner(TimeSpan.FromMinutes(2));
        var failures = new List<string>();
        foreach (FuzzBase fuzzBase in FuzzBases.Default)
        {
            foreach (string root in fuzzBase.RealtimeSchemas.Where((_, i) => i % 5 == 0))
            {
                FuzzOutcome outcome = runner.Run(new Mutant(0, fuzzBase, root, Array.Empty<string>(), fuzzBase.Text));
                if (outcome.Result != FuzzResult.Compiled)
                {
                    failures.Add(fuzzBase.Name + " " + root + ": " + outcome.Result + " " + outcome.Failure);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task RunAsync(string name, IReadOnlyList<FuzzBase> bases, string filter, bool full)
    {
        int count = ReadSetting("OAIGEN_FUZZ_COUNT", DefaultCount);
        int seed = ReadSetting("OAIGEN_FUZZ_SEED", DefaultSeed);
        var watch = Stopwatch.StartNew();
        var runner = new FuzzRunner(PerMutantTimeout);
        var outcomes = new FuzzOutcome?[count];
        const int workers = 2;
        var current = new int[workers];
        var started = new long[workers];
        var abandoned = new bool[workers];
        int next = -1;
        int done = 0;
        Exception? workerError = null;

        void Work(int worker)
        {
            try
            {
                while (true)
                {
                    int index = Interlocked.Increment(ref next);
                    if (index >= count)
                    {
                        return;
                    }

                    Volatile.Write(ref started[worker], Stopwatch.GetTimestamp());
                    Volatile.Write(ref current[worker], index);
                    FuzzOutcome outcome = runner.Run(SpecMutator.Create(unchecked(seed + index), bases));
                    if (Volatile.Read(ref abandoned[worker]))
                    {
                        // The watchdog already reported this mutant as a hang; the run has moved on.
                        return;
                    }

                    outcomes[index] = outcome;
                    Volatile.Write(ref current[worker], -1);
                    Interlocked.Increment(ref done);
                }
            }
            catch (Exception error)
            {
                workerError = error;
            }
        }

        var threads = new Thread[workers];
        for (int w = 0; w < workers; w++)
        {
            int worker = w;
            current[worker] = -1;

            // A big stack: deep but legal inputs recurse in Roslyn and Microsoft.OpenApi, and a stack overflow would take
            // the whole test process down instead of failing one mutant.
            threads[worker] = new Thread(() => Work(worker), maxStackSize: 64 * 1024 * 1024)
            {
                IsBackground = true,
                Name = "fuzz-" + worker.ToString(CultureInfo.InvariantCulture),
            };
            threads[worker].Start();
        }

        // Watchdog: a worker stuck on one mutant far past its cancellation time ignored the token; report the mutant as a
        // hang and leave the thread behind (a background thread does not keep the test process alive).
        while (true)
        {
            await Task.Delay(200);
            if (workerError is not null)
            {
                throw new InvalidOperationException("A fuzz worker failed outside the generator (a test bug).", workerError);
            }

            int lost = 0;
            for (int w = 0; w < workers; w++)
            {
                int index = Volatile.Read(ref current[w]);
                if (!abandoned[w] && index >= 0 && Stopwatch.GetElapsedTime(Volatile.Read(ref started[w])) > StuckAfter)
                {
                    Volatile.Write(ref abandoned[w], true);
                    Mutant mutant = SpecMutator.Create(unchecked(seed + index), bases);
                    outcomes[index] = new FuzzOutcome(mutant, FuzzResult.Failed, "hang: no result after " + StuckAfter.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s (the cancellation token was ignored)", "hang (token ignored)", false, StuckAfter);
                }

                lost += abandoned[w] ? 1 : 0;
            }

            if (lost == workers || Volatile.Read(ref done) + lost >= count || threads.All(t => !t.IsAlive))
            {
                break;
            }
        }

        watch.Stop();
        Report(name, count, seed, filter, full, outcomes, runner, watch.Elapsed);
    }

    private void Report(string name, int count, int seed, string filter, bool full, FuzzOutcome?[] outcomes, FuzzRunner runner, TimeSpan elapsed)
    {
        var ran = outcomes.Where(o => o is not null).Select(o => o!).ToList();
        var failed = ran.Where(o => o.Result == FuzzResult.Failed).ToList();
        int errors = ran.Count(o => o.Result == FuzzResult.ErrorDiagnostic);
        int compiled = ran.Count(o => o.Result == FuzzResult.Compiled);
        string folder = Path.Combine(AppContext.BaseDirectory, "fuzz");
        Directory.CreateDirectory(folder);

        var summary = new StringBuilder();
        summary.AppendLine(CultureInfo.InvariantCulture, $"Fuzz run '{name}': {ran.Count} of {count} mutants (seeds {seed}..{seed + count - 1}), bases: {string.Join(", ", (full ? FuzzBases.Full : FuzzBases.Default).Select(b => b.Name))}");
        summary.AppendLine(CultureInfo.InvariantCulture, $"  ended in an error diagnostic: {errors}");
        summary.AppendLine(CultureInfo.InvariantCulture, $"  compiled cleanly:              {compiled}");
        summary.AppendLine(CultureInfo.InvariantCulture, $"  distinct outputs compiled:     {runner.DistinctOutputsCompiled}");
        summary.AppendLine(CultureInfo.InvariantCulture, $"  failed (generator bugs):       {failed.Count}");
        summary.AppendLine(CultureInfo.InvariantCulture, $"  wall time: {elapsed.TotalSeconds:F1} s on 2 threads; slowest mutant {(ran.Count == 0 ? 0 : ran.Max(o => o.Elapsed.TotalSeconds)):F1} s");
        foreach (var group in ran.GroupBy(o => o.Mutant.Base.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            summary.AppendLine(CultureInfo.InvariantCulture, $"  {group.Key}: {group.Count()} mutants, {group.Count(o => o.Result == FuzzResult.ErrorDiagnostic)} errors, {group.Count(o => o.Result == FuzzResult.Compiled)} compiled, {group.Count(o => o.Result == FuzzResult.Failed)} failed");
        }

        if (failed.Count > 0)
        {
            summary.AppendLine().AppendLine("Failures by kind:");
            foreach (var group in failed.GroupBy(o => o.Signature).OrderByDescending(g => g.Count()))
            {
                summary.AppendLine(CultureInfo.InvariantCulture, $"  {group.Count(),4} x {group.Key}   (seeds {string.Join(", ", group.Take(8).Select(o => o.Mutant.Seed))}{(group.Count() > 8 ? ", ..." : string.Empty)})");
            }

            summary.AppendLine().AppendLine("Failing mutants:");
            foreach (FuzzOutcome outcome in failed)
            {
                Mutant mutant = outcome.Mutant;
                string file = Path.Combine(folder, "mutant-" + mutant.Seed.ToString(CultureInfo.InvariantCulture) + "-" + mutant.Base.Name + "." + mutant.Base.Format);
                File.WriteAllText(file, mutant.Text);
                summary.AppendLine("  - " + mutant.Describe());
                summary.AppendLine("      " + outcome.Failure!.Replace("\n", "\n      ", StringComparison.Ordinal));
                summary.AppendLine("      replay: " + (full ? "OAIGEN_FUZZ_FULL=1 " : string.Empty) + "OAIGEN_FUZZ_SEED=" + mutant.Seed.ToString(CultureInfo.InvariantCulture) + " OAIGEN_FUZZ_COUNT=1 dotnet test tests/OpenAI.Realtime.Gen.Tests --filter \"" + filter + "\"");
                summary.AppendLine("      spec:   " + file + " (roots: " + mutant.Root + ")");
            }
        }

        string text = summary.ToString();
        string summaryFile = Path.Combine(folder, "summary-" + name + "-" + seed.ToString(CultureInfo.InvariantCulture) + "x" + count.ToString(CultureInfo.InvariantCulture) + ".txt");
        File.WriteAllText(summaryFile, text);
        _output.WriteLine(text);
        Assert.True(failed.Count == 0 && ran.Count == count, text.Length > 60_000 ? text.Substring(0, 60_000) + "\n... (see " + summaryFile + ")" : text);
    }

    private static int ReadSetting(string variable, int fallback)
    {
        string? value = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrWhiteSpace(value) ? fallback : int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
    }
}

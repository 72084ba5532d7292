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

namespace OpenAI.Realtime.Models.Tests.Reading;

/// <summary>
/// The runtime fuzzer: mutants of realistic payloads (<see cref="FuzzCorpus"/>, <see cref="JsonMutator"/>) read on every
/// path and checked against the reading contract (<see cref="ReadContract"/>). Seeded and reproducible: mutant i of seed
/// s is always the same bytes. CI runs 20,000 mutants; a long run:
/// <c>OAIGEN_FUZZ_MUTANTS=1000000 OAIGEN_FUZZ_SEED=7 dotnet test tests/OpenAI.Realtime.Models.Tests --filter RuntimeFuzzTests</c>.
/// A failure prints the seed, the mutant's index, what was done to which payload and the bytes, and writes them to
/// <c>fuzz-failures.txt</c> in the test output folder; <c>OAIGEN_FUZZ_INDEX</c> runs that one mutant again.
/// </summary>
public class RuntimeFuzzTests(ITestOutputHelper output)
{
    private const int DefaultMutants = 20_000;
    private const int DefaultSeed = 20261207;

    [Fact]
    public void MutantsOfRealPayloadsKeepTheReadingContract()
    {
        int mutants = Setting("OAIGEN_FUZZ_MUTANTS", DefaultMutants);
        int seed = Setting("OAIGEN_FUZZ_SEED", DefaultSeed);
        int only = Setting("OAIGEN_FUZZ_INDEX", -1);
        IReadOnlyList<Seed> corpus = FuzzCorpus.Seeds;
        Assert.True(corpus.Count > 100, corpus.Count + " seeds");

        var stopwatch = Stopwatch.StartNew();
        int read = 0;
        var failures = new List<string>();
        var lastReportAt = TimeSpan.Zero;
        for (int i = only >= 0 ? only : 0; i < (only >= 0 ? only + 1 : mutants) && failures.Count < 5; i++)
        {
            var random = new Random(unchecked(seed * 1_000_003 + i));
            Seed payload = corpus[random.Next(corpus.Count)];
            byte[] mutant = JsonMutator.Mutate(payload.Utf8, random, out string description);
            ContractResult result = ReadContract.Check(payload.Target, mutant, random);
            if (result.Read)
            {
                read++;
            }

            if (!result.Holds)
            {
                failures.Add(Describe(seed, i, payload, description, mutant, result));
            }

            if (stopwatch.Elapsed - lastReportAt > TimeSpan.FromSeconds(30))
            {
                lastReportAt = stopwatch.Elapsed;
                output.WriteLine($"{i + 1:N0} mutants, {stopwatch.Elapsed.TotalSeconds:F0} s");
            }
        }

        int run = only >= 0 ? 1 : mutants;
        output.WriteLine($"seed {seed}: {run:N0} mutants of {corpus.Count} payloads in {stopwatch.Elapsed.TotalSeconds:F1} s ({run / stopwatch.Elapsed.TotalSeconds:N0}/s); {read:N0} read to a value, {run - read:N0} rejected; {failures.Count} contract violations");
        if (failures.Count > 0)
        {
            string report = string.Join("\n\n", failures);
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "fuzz-failures.txt"), report);
            output.WriteLine(report);
            Assert.Fail(report);
        }

        // Both outcomes must be common, or the mutants do not test much.
        Assert.InRange(read, run / 10, run - run / 10);
    }

    [Fact]
    public void EightThreadsReadingAndWritingSharedValuesGetTheSingleThreadResults()
    {
        var random = new Random(DefaultSeed);
        var cases = new List<(ReadTarget Target, byte[] Input, object Value, byte[] Written)>();
        for (int i = 0; cases.Count < 300 && i < 5000; i++)
        {
            Seed payload = FuzzCorpus.Seeds[random.Next(FuzzCorpus.Seeds.Count)];
            byte[] input = i % 3 == 0 ? payload.Utf8 : JsonMutator.Mutate(payload.Utf8, random, out _);
            try
            {
                object value = payload.Target.Read(input)!;
                cases.Add((payload.Target, input, value, payload.Target.Write(value)));
            }
            catch (System.Text.Json.JsonException)
            {
            }
        }

        var violations = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            for (int round = 0; round < 3; round++)
            {
                foreach (var (target, input, value, written) in cases)
                {
                    // The same shared instance written and validated from every thread, and the input read again.
                    if (!target.Write(value).AsSpan().SequenceEqual(written) || !target.Write(target.Read(input)).AsSpan().SequenceEqual(written))
                    {
                        violations.Add(target.Name + ": " + Encoding.UTF8.GetString(input));
                    }

                    target.WriteAllWays(value);
                }
            }
        });

        Assert.True(cases.Count >= 300, cases.Count + " values");
        Assert.Empty(violations);
    }

    private static string Describe(int seed, int index, Seed payload, string description, byte[] mutant, ContractResult result)
    {
        string text = Encoding.UTF8.GetString(mutant);
        return $"Contract violation: seed {seed}, mutant {index} (rerun: OAIGEN_FUZZ_SEED={seed} OAIGEN_FUZZ_INDEX={index}), {payload.Target.Name} from {payload.Name}, {description}\n"
            + "  input (base64): " + (mutant.Length > 3000 ? Convert.ToBase64String(mutant, 0, 3000) + "..." : Convert.ToBase64String(mutant)) + "\n"
            + "  input (text): " + (text.Length > 1500 ? text.Substring(0, 1500) + "..." : text) + "\n"
            + result.Describe();
    }

    private static int Setting(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;
}

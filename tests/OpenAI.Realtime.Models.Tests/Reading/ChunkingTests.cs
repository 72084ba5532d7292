using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace OpenAI.Realtime.Models.Tests.Reading;

/// <summary>
/// Whether a valid message reads must not depend on how the network chunked it: every payload of the corpus reads to
/// the same value from streams at buffer sizes 1 to 64 (also padded so that the message fills its buffer exactly, the
/// case where the converter's reader is not on the final block), at buffer sizes that end the first buffer on every
/// token boundary, and from sequences split at every token boundary.
/// </summary>
public class ChunkingTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryCorpusPayloadReadsTheSameAtEveryChunking()
    {
        int reads = 0;
        var problems = new List<string>();
        foreach (Seed seed in FuzzCorpus.Seeds)
        {
            ReadOutcome baseline = seed.Target.FromSpan(seed.Utf8);
            var outcomes = new List<ReadOutcome>();
            for (int size = 1; size <= 64; size++)
            {
                outcomes.Add(seed.Target.FromStream(seed.Utf8, size, StreamKind.Sync));
                int length = size;
                while (length < seed.Utf8.Length)
                {
                    length *= 2;
                }

                byte[] padded = Enumerable.Repeat((byte)' ', length - seed.Utf8.Length).Concat(seed.Utf8).ToArray();
                outcomes.Add(seed.Target.FromStream(padded, size, size % 2 == 0 ? StreamKind.Async : StreamKind.Sync));
            }

            foreach (int boundary in TokenBoundaries(seed.Utf8))
            {
                outcomes.Add(seed.Target.FromStream(seed.Utf8, boundary, StreamKind.Sync));
                outcomes.Add(seed.Target.FromSequence(seed.Utf8, [boundary, seed.Utf8.Length], "split at " + boundary));
            }

            reads += outcomes.Count;
            foreach (ReadOutcome outcome in outcomes)
            {
                bool same = outcome.Succeeded == baseline.Succeeded
                    && (!baseline.Succeeded || outcome.Written!.AsSpan().SequenceEqual(baseline.Written))
                    && (baseline.Succeeded || outcome.Error is JsonException);
                if (!same)
                {
                    problems.Add(seed.Name + ": " + outcome + "\n  but RealtimeJson.Read(span): " + baseline);
                }
            }

            if (!baseline.Succeeded)
            {
                output.WriteLine("does not read (the same on every path): " + seed.Name + ": " + baseline.Error!.Message);
            }
        }

        output.WriteLine($"{FuzzCorpus.Seeds.Count} payloads, {reads:N0} chunked reads, {problems.Count} differences");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        Assert.True(FuzzCorpus.Seeds.Count(s => s.Target.FromSpan(s.Utf8).Succeeded) > 100);
    }

    private static IEnumerable<int> TokenBoundaries(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        var ends = new SortedSet<int>();
        while (reader.Read())
        {
            ends.Add((int)reader.BytesConsumed);
        }

        return ends.Where(e => e > 0);
    }
}

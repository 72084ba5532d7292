using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace OpenAI.Realtime.Models.Tests.Reading;

/// <summary>What checking one input against the reading contract found.</summary>
internal sealed record ContractResult(bool Read, IReadOnlyList<string> Violations, object? Value, byte[]? Written, IReadOnlyList<ReadOutcome> Outcomes)
{
    public bool Holds => Violations.Count == 0;

    public string Describe() => string.Join("\n", Violations) + "\n  outcomes:\n    " + string.Join("\n    ", Outcomes.Select(o => Trim(o.ToString())));

    private static string Trim(string text) => text.Length > 400 ? text.Substring(0, 400) + "..." : text;
}

/// <summary>
/// The reading contract of the generated models, checked on one input: every read path gives a value or a
/// <see cref="JsonException"/> with a path, and nothing else; all paths agree; a value that was read writes (both write
/// modes, <c>JsonSerializer</c> and <c>RealtimeJson.Write</c> alike) and validates without throwing; and
/// <c>write(read(write(read(x))))</c> is <c>write(read(x))</c> byte for byte.
/// </summary>
internal static class ReadContract
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Checks <paramref name="input"/> on every read path; <paramref name="random"/> picks segmentations and buffer sizes.</summary>
    public static ContractResult Check(ReadTarget target, byte[] input, Random random)
    {
        var outcomes = new List<ReadOutcome>();
        string? text = TryDecode(input);
        if (text is not null)
        {
            // A string can only carry text: bytes that are not UTF-8 would change on the way in.
            outcomes.Add(target.FromString(text));
        }

        outcomes.Add(target.FromUtf8(input));
        outcomes.Add(target.FromSpan(input));
        outcomes.Add(input.Length <= 4096 ? target.FromSequence(input, [1], "of 1 byte") : target.FromSequence(input, [random.Next(1, 64)], "of " + random.Next(1, 64)));
        int[] sizes = Enumerable.Range(0, 8).Select(_ => random.Next(1, 40)).ToArray();
        outcomes.Add(target.FromSequence(input, sizes, "of " + string.Join("/", sizes)));
        outcomes.Add(target.FromStream(input, BufferSize(random), StreamKind.Sync));

        // A buffer the message fills exactly: the stream may hold more, so the converter reads a block that is not final.
        outcomes.Add(target.FromStream(input, Math.Max(1, input.Length >> random.Next(4)), StreamKind.Async));
        outcomes.Add(target.FromStream(input, random.Next(1, 65), StreamKind.Async));
        outcomes.Add(target.FromStream(input, random.Next(1, 300), StreamKind.Trickle, random.Next(1, 8)));
        return Judge(target, input, outcomes);
    }

    /// <summary>
    /// Checks <paramref name="input"/> on a fixed set of paths: string, UTF-8, span, sequences of 1 byte and of mixed
    /// sizes, synchronous and asynchronous streams at buffer sizes from 1 byte to 64 KB, and a stream that hands out one
    /// byte per read.
    /// </summary>
    public static ContractResult CheckEveryPath(ReadTarget target, byte[] input)
    {
        var outcomes = new List<ReadOutcome>();
        string? text = TryDecode(input);
        if (text is not null)
        {
            outcomes.Add(target.FromString(text));
        }

        outcomes.Add(target.FromUtf8(input));
        outcomes.Add(target.FromSpan(input));
        outcomes.Add(target.FromSequence(input, [1], "of 1 byte"));
        outcomes.Add(target.FromSequence(input, [3, 7, 2], "of 3/7/2"));
        foreach (int size in new[] { 1, 2, 3, 16, 17, 64, 4096, 16384, 65536, Math.Max(1, input.Length) })
        {
            outcomes.Add(target.FromStream(input, size, StreamKind.Sync));
            outcomes.Add(target.FromStream(input, size, StreamKind.Async));
        }

        outcomes.Add(target.FromStream(input, 16, StreamKind.Trickle, 1));
        return Judge(target, input, outcomes);
    }

    /// <summary>Checks the contract over outcomes already gathered (for tests that choose the paths themselves).</summary>
    public static ContractResult Judge(ReadTarget target, byte[] input, List<ReadOutcome> outcomes)
    {
        var violations = new List<string>();
        foreach (ReadOutcome outcome in outcomes.Where(o => !o.Succeeded))
        {
            if (outcome.Error is not JsonException json)
            {
                violations.Add(outcome.Path + " threw " + outcome.Error!.GetType().FullName + " (only JsonException is allowed): " + outcome.Error.Message + "\n" + outcome.Error.StackTrace);
            }
            else if (string.IsNullOrEmpty(json.Path))
            {
                violations.Add(outcome.Path + " threw a JsonException without a Path: " + json.Message);
            }
        }

        // A leading byte order mark: the stream reader of System.Text.Json skips it, its span and string readers do not.
        bool bom = input.Length >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF;
        foreach (IGrouping<bool, ReadOutcome> group in outcomes.GroupBy(o => bom && o.Path.Contains("stream", StringComparison.Ordinal)))
        {
            if (group.Select(o => o.Succeeded).Distinct().Count() > 1)
            {
                violations.Add("The read paths disagree: " + string.Join("; ", group.Select(o => o.Path + (o.Succeeded ? " read it" : " failed"))));
            }

            List<ReadOutcome> read = group.Where(o => o.Succeeded).ToList();
            if (read.Select(o => Convert.ToBase64String(o.Written!)).Distinct().Count() > 1)
            {
                violations.Add("The read paths read different values: " + string.Join("; ", read.Select(o => o.Path + " -> " + Encoding.UTF8.GetString(o.Written!))));
            }
        }

        ReadOutcome? span = outcomes.FirstOrDefault(o => o.Path == "RealtimeJson.Read(span)" && o.Succeeded);
        object? value = null;
        byte[]? written = null;
        if (span is not null && violations.Count == 0)
        {
            written = span.Written!;
            try
            {
                value = target.Read(input);
                var (serialized, _, _) = target.WriteAllWays(value);
                if (!serialized.AsSpan().SequenceEqual(written))
                {
                    violations.Add("JsonSerializer and RealtimeJson.Write wrote different bytes:\n  " + Encoding.UTF8.GetString(serialized) + "\n  " + Encoding.UTF8.GetString(written));
                }
            }
            catch (Exception exception)
            {
                violations.Add("A value that was read could not be written in both modes or validated: " + exception);
            }

            try
            {
                byte[] again = target.Write(target.Read(written));
                if (!again.AsSpan().SequenceEqual(written))
                {
                    violations.Add("write(read(x)) is not a fixed point:\n  first  " + Encoding.UTF8.GetString(written) + "\n  second " + Encoding.UTF8.GetString(again));
                }
            }
            catch (Exception exception)
            {
                violations.Add("The JSON written for a value that was read does not read back: " + exception.GetType().Name + ": " + exception.Message + "\n  " + Encoding.UTF8.GetString(written));
            }
        }

        return new ContractResult(span is not null, violations, value, written, outcomes);
    }

    /// <summary>Mostly small buffers (where a buffer ends inside or right after a token), sometimes up to 64 KB.</summary>
    private static int BufferSize(Random random) => random.Next(4) switch
    {
        0 => random.Next(1, 17),
        1 => random.Next(17, 257),
        2 => random.Next(257, 4097),
        _ => random.Next(4097, 65537),
    };

    private static string? TryDecode(byte[] input)
    {
        try
        {
            return StrictUtf8.GetString(input);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

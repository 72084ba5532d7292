using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenAI.Realtime.Gen.Tests.Diagnostics;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Fuzzing;

public enum FuzzResult
{
    /// <summary>The generator reported an error diagnostic (the build fails with a message at the spec).</summary>
    ErrorDiagnostic,

    /// <summary>No error diagnostic, and the output compiled with no error or warning.</summary>
    Compiled,

    /// <summary>A generator bug: an exception, a hang, an internal error, a bad location, or output that does not compile.</summary>
    Failed,
}

/// <summary>What happened to one mutant.</summary>
public sealed record FuzzOutcome(Mutant Mutant, FuzzResult Result, string? Failure, string Signature, bool CompiledAfresh, TimeSpan Elapsed);

/// <summary>
/// Runs one mutant through the generator as the compiler does (item metadata: forced spec, roots = the mutant's root)
/// with a time limit, and classifies the outcome. Compiles the output only when no error was reported, and only once per
/// distinct output (by a hash of the generated sources).
/// </summary>
public sealed class FuzzRunner
{
    // Single-threaded compiles: the runner itself runs mutants on two threads, and Roslyn's own parallelism only adds
    // contention on a two-core machine.
    private static readonly CSharpCompilation EmptyCompilation = GeneratorHarness.CreateCompilation().WithOptions(GeneratorHarness.CreateCompilation().Options.WithConcurrentBuild(false));

    private readonly ConcurrentDictionary<string, string?> _compiled = new(StringComparer.Ordinal);
    private readonly TimeSpan _timeout;

    public FuzzRunner(TimeSpan timeout) => _timeout = timeout;

    /// <summary>How many distinct outputs were compiled.</summary>
    public int DistinctOutputsCompiled => _compiled.Count;

    public FuzzOutcome Run(Mutant mutant)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        FuzzOutcome Outcome(FuzzResult result, string? failure, string signature, bool afresh = false) => new(mutant, result, failure, signature, afresh, watch.Elapsed);

        var metadata = new Dictionary<string, string>
        {
            ["OpenAIRealtimeGenerate"] = "true",
            ["OpenAIRealtimeRoots"] = mutant.Root,
        };
        string path = mutant.Base.FilePath;
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new SpecInput(path, mutant.Text, metadata) });
        Compilation output;
        ImmutableArray<Diagnostic> diagnostics;
        using var cancellation = new CancellationTokenSource(_timeout);
        try
        {
            driver = driver.RunGeneratorsAndUpdateCompilation(EmptyCompilation, out output, out diagnostics, cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            // Once more, in case a busy machine (other test runs) rather than the generator was slow.
            using var second = new CancellationTokenSource(_timeout);
            try
            {
                driver = GeneratorHarness.CreateDriver(new[] { new SpecInput(path, mutant.Text, metadata) })
                    .RunGeneratorsAndUpdateCompilation(EmptyCompilation, out output, out diagnostics, second.Token);
            }
            catch (OperationCanceledException)
            {
                return Outcome(FuzzResult.Failed, "hang: the generator did not finish within " + _timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s (twice)", "hang");
            }
        }

        GeneratorDriverRunResult result = driver.GetRunResult();
        Exception? exception = result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
        if (exception is not null)
        {
            return Outcome(FuzzResult.Failed, "exception escaped the generator (CS8785): " + exception, "exception " + exception.GetType().Name + " " + FirstFrame(exception));
        }

        // An internal error or a refusal of its own output is the generator admitting a bug, whatever its severity.
        Diagnostic? internalError = diagnostics.FirstOrDefault(d => d.Id is "OAIGEN011" or "OAIGEN012");
        if (internalError is not null)
        {
            return Outcome(FuzzResult.Failed, DiagnosticFacts.Describe(internalError), internalError.Id + " " + Shape(internalError.GetMessage(CultureInfo.InvariantCulture)));
        }

        foreach (Diagnostic diagnostic in diagnostics)
        {
            string? problem = DiagnosticFacts.LocationProblems(diagnostic, path, mutant.Text).FirstOrDefault();
            if (problem is not null)
            {
                return Outcome(FuzzResult.Failed, "bad location: " + problem, "bad location " + diagnostic.Id + " " + Shape(diagnostic.GetMessage(CultureInfo.InvariantCulture)));
            }
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return Outcome(FuzzResult.ErrorDiagnostic, null, "error");
        }

        string hash = HashOf(result);
        bool afresh = false;
        if (!_compiled.TryGetValue(hash, out string? problems))
        {
            afresh = true;
            using var compileCancellation = new CancellationTokenSource(_timeout * 3);
            try
            {
                var found = output.GetDiagnostics(compileCancellation.Token).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
                problems = found.Count == 0 ? null : string.Join("\n", found.Take(10).Select(d => "        " + d));
            }
            catch (OperationCanceledException)
            {
                return Outcome(FuzzResult.Failed, "hang: compiling the output took more than " + (_timeout * 3).TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s", "hang (compile)");
            }

            _compiled[hash] = problems;
        }

        if (problems is not null)
        {
            string first = problems.Split('\n')[0].Trim();
            return Outcome(FuzzResult.Failed, "the output does not compile, and no error diagnostic says why:\n" + problems + "\n      generator diagnostics:\n" + DiagnosticFacts.DescribeAll(diagnostics), "compile " + CompilerId(first), afresh);
        }

        return Outcome(FuzzResult.Compiled, null, "compiled", afresh);
    }

    private static string HashOf(GeneratorDriverRunResult result)
    {
        using var sha = SHA256.Create();
        var builder = new StringBuilder();
        foreach (GeneratedSourceResult source in result.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            builder.Append(source.HintName).Append('\0').Append(source.SourceText.ToString()).Append('\0');
        }

        return Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private static string FirstFrame(Exception exception)
    {
        string? frame = exception.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at ", StringComparison.Ordinal));
        return frame ?? string.Empty;
    }

    /// <summary>A message with names and numbers blanked, so that one bug gives one signature.</summary>
    private static string Shape(string message)
    {
        string shaped = System.Text.RegularExpressions.Regex.Replace(message, "'[^']*'", "'…'");
        shaped = System.Text.RegularExpressions.Regex.Replace(shaped, "[0-9]+", "N");
        return shaped.Length > 120 ? shaped.Substring(0, 120) : shaped;
    }

    private static string CompilerId(string diagnostic)
    {
        var match = System.Text.RegularExpressions.Regex.Match(diagnostic, "(error|warning) (CS[0-9]+)");
        return match.Success ? match.Groups[2].Value : diagnostic;
    }
}

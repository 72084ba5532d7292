using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Diagnostics;

/// <summary>Formatting and checking of generator diagnostics shared by the diagnostics tests.</summary>
public static class DiagnosticFacts
{
    /// <summary>
    /// <see cref="GeneratorHarness.Run(SpecInput, IEnumerable{string}?)"/> with a time limit: the generator gets a
    /// cancellation token, so a spec that sends it into an endless loop fails the test instead of hanging the test run.
    /// </summary>
    public static GeneratorRun RunWithin(SpecInput spec, TimeSpan limit)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { spec });
        using var cancellation = new CancellationTokenSource(limit);
        try
        {
            driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out Compilation output, out ImmutableArray<Diagnostic> diagnostics, cancellation.Token);
            return new GeneratorRun(driver.GetRunResult(), output, diagnostics);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Assert.Fail("The generator did not finish " + spec.Path + " within " + limit.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s (it was cancelled).");
            throw;
        }
    }

    /// <summary>The 1-based line and column a diagnostic starts at, or null when it has no place in a file.</summary>
    public static (int Line, int Column)? Start(Diagnostic diagnostic)
    {
        if (diagnostic.Location == Location.None)
        {
            return null;
        }

        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        if (!span.IsValid)
        {
            return null;
        }

        return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    /// <summary><c>OAIGEN006 Error 11:11 message</c>.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var start = Start(diagnostic);
        string where = start is { } s ? s.Line.ToString(CultureInfo.InvariantCulture) + ":" + s.Column.ToString(CultureInfo.InvariantCulture) : "(no location)";
        return diagnostic.Id + " " + diagnostic.Severity + " " + where + " " + diagnostic.GetMessage(CultureInfo.InvariantCulture);
    }

    public static string DescribeAll(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d => "    " + Describe(d)).ToList();
        return lines.Count == 0 ? "    (none)" : string.Join("\n", lines);
    }

    /// <summary>
    /// Problems with where a diagnostic points: a location outside <paramref name="specPath"/>, past the end of its text,
    /// or whose line/column disagree with its char offset. Empty when the location is sound (or there is none).
    /// </summary>
    public static IEnumerable<string> LocationProblems(Diagnostic diagnostic, string specPath, string specText)
    {
        if (diagnostic.Location == Location.None)
        {
            yield break;
        }

        FileLinePositionSpan lineSpan = diagnostic.Location.GetLineSpan();
        if (lineSpan.Path != specPath)
        {
            yield return Describe(diagnostic) + ": points into '" + lineSpan.Path + "', not the spec file";
            yield break;
        }

        TextSpan span = diagnostic.Location.SourceSpan;
        if (span.Start > specText.Length || span.End > specText.Length)
        {
            yield return Describe(diagnostic) + ": its span " + span + " ends past the end of the text (" + specText.Length.ToString(CultureInfo.InvariantCulture) + " chars)";
            yield break;
        }

        SourceText text = SourceText.From(specText);
        LinePosition expected = text.Lines.GetLinePosition(span.Start);
        if (expected != lineSpan.StartLinePosition)
        {
            yield return Describe(diagnostic) + ": its line/column " + lineSpan.StartLinePosition + " (0-based) disagree with its offset " + span.Start.ToString(CultureInfo.InvariantCulture) + ", which is at " + expected;
        }
    }
}

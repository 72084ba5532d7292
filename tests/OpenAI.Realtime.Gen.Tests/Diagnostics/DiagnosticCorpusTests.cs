using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Diagnostics;

/// <summary>
/// Runs every broken or hostile spec of <c>Diagnostics/Corpus</c> through the generator as the compiler would (forced to be
/// read as a spec with <c>OpenAIRealtimeGenerate=true</c>, roots <c>*</c> unless the file says otherwise) and checks that
/// it reports exactly the diagnostics written in the file (see <see cref="CorpusSpec"/>), each at its line and column;
/// that no exception escapes the generator; that every location lies inside the spec text; and that when no error is
/// expected the generated code compiles with no error or warning.
/// </summary>
public class DiagnosticCorpusTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (string name in CorpusSpec.FileNames())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void CorpusIsLargeEnoughAndEveryFileStatesItsExpectations()
    {
        var names = CorpusSpec.FileNames().ToList();
        Assert.True(names.Count >= 30, "The corpus has only " + names.Count + " files.");
        var covered = new HashSet<string>();
        foreach (string name in names)
        {
            CorpusSpec spec = CorpusSpec.Load(name);
            foreach (Expectation expectation in spec.Expectations)
            {
                covered.UnionWith(expectation.Ids);
            }
        }

        // Every diagnostic a spec file (with its item metadata) can cause; 011, 012 and 015 have no spec-level trigger.
        string[] triggerable = { "OAIGEN001", "OAIGEN002", "OAIGEN003", "OAIGEN004", "OAIGEN005", "OAIGEN006", "OAIGEN007", "OAIGEN008", "OAIGEN009", "OAIGEN010", "OAIGEN013", "OAIGEN014" };
        Assert.Empty(triggerable.Except(covered));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void ReportsExactlyTheExpectedDiagnostics(string file)
    {
        CorpusSpec spec = CorpusSpec.Load(file);
        GeneratorRun run = DiagnosticFacts.RunWithin(new SpecInput(spec.Path, spec.Text, spec.ItemMetadata()), TimeSpan.FromSeconds(30));
        Assert.True(run.GeneratorException is null, file + ": the generator threw (CS8785): " + run.GeneratorException);

        var failures = new List<string>();
        var remaining = run.GeneratorDiagnostics.ToList();
        foreach (Expectation expectation in spec.Expectations)
        {
            Diagnostic? match = remaining.FirstOrDefault(d => Matches(d, expectation, spec.Path));
            if (match is null)
            {
                failures.Add("missing: " + expectation);
            }
            else
            {
                remaining.Remove(match);
            }
        }

        foreach (Diagnostic extra in remaining.Where(d => d.Severity >= DiagnosticSeverity.Warning && !spec.Allowed.Contains(d.Id)))
        {
            failures.Add("unexpected: " + DiagnosticFacts.Describe(extra));
        }

        foreach (Diagnostic diagnostic in run.GeneratorDiagnostics)
        {
            failures.AddRange(DiagnosticFacts.LocationProblems(diagnostic, spec.Path, spec.Text).Select(p => "bad location: " + p));
        }

        bool errorExpected = spec.Expectations.Any(e => e.Ids.Any(id => GeneratorDiagnosticSeverity(id) == DiagnosticSeverity.Error));
        if (!errorExpected)
        {
            foreach (Diagnostic problem in run.CompilationProblems.Take(20))
            {
                failures.Add("generated code: " + problem);
            }
        }

        if (failures.Count > 0)
        {
            var message = new StringBuilder();
            message.Append(file).Append(": ").Append(failures.Count).AppendLine(" problem(s)");
            foreach (string failure in failures)
            {
                message.Append("  ").AppendLine(failure);
            }

            message.AppendLine("  reported:").AppendLine(DiagnosticFacts.DescribeAll(run.GeneratorDiagnostics));
            Assert.Fail(message.ToString());
        }
    }

    private static bool Matches(Diagnostic diagnostic, Expectation expectation, string path)
    {
        if (!expectation.Ids.Contains(diagnostic.Id))
        {
            return false;
        }

        if (expectation.Line is null)
        {
            return true;
        }

        return diagnostic.Location.GetLineSpan().Path == path
            && DiagnosticFacts.Start(diagnostic) is { } start
            && start.Line == expectation.Line
            && start.Column == expectation.Column;
    }

    private static DiagnosticSeverity GeneratorDiagnosticSeverity(string id)
        => OpenAI.Realtime.Gen.Diagnostics.DiagnosticDescriptors.ById.TryGetValue(id, out var descriptor) ? descriptor.DefaultSeverity : DiagnosticSeverity.Error;
}

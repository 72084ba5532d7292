using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Diagnostics;

/// <summary>
/// Specs that once sent the generator into an endless loop (found by the fuzzer). Each runs with a cancellation token:
/// the compiler only cancels a generator when the IDE discards a run, so a command-line build would never end.
/// </summary>
public class GeneratorTerminationTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static TheoryData<string, string> Specs() => new()
    {
        {
            // An inline schema that extends the object it sits in (allOf of its owner plus a member of its own).
            "self-extending-inline-object",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents:\n  schemas:\n    Node:\n      type: object\n      properties:\n        child:\n          allOf:\n            - $ref: '#/components/schemas/Node'\n          properties:\n            extra: {type: string}\n"
        },
        {
            // The same with two allOf parts and no member of its own (the fuzzer's first find).
            "allof-owner-twice",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents:\n  schemas:\n    X:\n      type: object\n      properties:\n        a:\n          allOf:\n            - $ref: '#/components/schemas/X'\n            - $ref: '#/components/schemas/X'\n"
        },
        {
            // Two objects whose inline members extend each other.
            "mutually-extending-inline-objects",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        b:\n          allOf:\n            - $ref: '#/components/schemas/B'\n          properties:\n            fromA: {type: string}\n    B:\n      type: object\n      properties:\n        a:\n          allOf:\n            - $ref: '#/components/schemas/A'\n          properties:\n            fromB: {type: string}\n"
        },
    };

    [Theory]
    [MemberData(nameof(Specs))]
    public void FinishesAndCompiles(string name, string text)
    {
        var metadata = new Dictionary<string, string> { ["OpenAIRealtimeGenerate"] = "true", ["OpenAIRealtimeRoots"] = "*" };
        var watch = Stopwatch.StartNew();
        GeneratorRun run = DiagnosticFacts.RunWithin(new SpecInput("/specs/" + name + ".yaml", text, metadata), Limit);
        watch.Stop();

        Assert.Null(run.GeneratorException);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), name + " took " + watch.Elapsed);
        var errors = run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, DiagnosticFacts.DescribeAll(errors));
        run.AssertCompilesCleanly();
        Assert.True(run.Types.Count < 50, name + " generated " + run.Types.Count + " types: " + string.Join(", ", run.Types.Keys.Take(20)));
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenAI.Realtime.Gen.Tests.Infrastructure;
using Xunit.Abstractions;
using static OpenAI.Realtime.Gen.Tests.Overlays.OverlayTestSpec;

namespace OpenAI.Realtime.Gen.Tests.Overlays;

/// <summary>
/// Each overlay diagnostic has its own ID and lands on its line in the overlay file; an overlay problem never stops the
/// spec from being generated, except an action that leaves no spec.
/// </summary>
public sealed class OverlayDiagnosticsTests
{
    private readonly ITestOutputHelper _output;

    public OverlayDiagnosticsTests(ITestOutputHelper output) => _output = output;

    private const string OverlayPath = "/project/specs/pets.fixes.yaml";

    public static TheoryData<string, string, string, int, DiagnosticSeverity> Cases() => new()
    {
        // id, overlay text, a part of the message, 0-based line, severity
        { "OAIGEN017", "overlay: 1.0.0\nactions:\n  - target: $\n", "'info' object is missing", 0, DiagnosticSeverity.Error },
        { "OAIGEN017", "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.info\n    remove: maybe\n", "'remove' must be true or false", 4, DiagnosticSeverity.Error },
        { "OAIGEN017", "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $.info, update: {a: 1}\n", "not a valid Overlay document", 3, DiagnosticSeverity.Error },
        { "OAIGEN018", "overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $\n", "'2.0.0' is not supported", 0, DiagnosticSeverity.Error },
        { "OAIGEN019", "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.components[\n    remove: true\n", "is not valid JSONPath", 3, DiagnosticSeverity.Error },
        { "OAIGEN020", "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.components.schemas[?match(@.type, 'obj.*')]\n    remove: true\n", "does not support", 3, DiagnosticSeverity.Error },
        { "OAIGEN021", "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.components.schemas.Pet.properties.name\n    update: {description: ok}\n  - target: $.components.schemas.Nope\n    update: {type: object}\n", "A spec refresh may have fixed", 5, DiagnosticSeverity.Warning },
        { "OAIGEN022", "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.components.schemas.Pet\n    update: not an object\n", "must be a mapping, not the string 'not an object'", 3, DiagnosticSeverity.Error },
        { "OAIGEN023", "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.openapi\n    remove: true\n", "no longer an OpenAPI 3.0 or 3.1 document", 3, DiagnosticSeverity.Error },
        { "OAIGEN023", "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.components\n    update: {schemas: [1, 2]}\n", "'components.schemas' is not a mapping", 3, DiagnosticSeverity.Error },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachProblemHasItsIdAndLine(string id, string overlay, string message, int line, DiagnosticSeverity severity)
    {
        GeneratorRun run = Run(new SpecInput(OverlayPath, overlay));
        Assert.Null(run.GeneratorException);
        Diagnostic diagnostic = Assert.Single(Ours(run), d => d.Id == id);
        Assert.Contains(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(severity, diagnostic.Severity);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        _output.WriteLine($"{id} {span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        Assert.Equal(OverlayPath, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line);
        Assert.DoesNotContain(Ours(run), d => d.Id is "OAIGEN011" or "OAIGEN012");

        // The spec is generated, unapplied parts left out; only an action that breaks the spec stops it.
        Assert.Equal(id != "OAIGEN023", Source(run, "Pet").Length > 0);
    }

    [Fact]
    public void AnOverlayProblemIsReportedOnceHoweverManySpecsItAppliesTo()
    {
        SpecInput one = Spec("/project/one.yaml", new Dictionary<string, string>(Roots) { ["OpenAIRealtimeNamespace"] = "One" });
        SpecInput two = Spec("/project/two.yaml", new Dictionary<string, string>(Roots) { ["OpenAIRealtimeNamespace"] = "Two" });
        var overlay = new SpecInput(OverlayPath, Overlay("  - target: $.a[\n    remove: true\n  - target: $.components.schemas.Nope\n    remove: true\n"));
        GeneratorRun run = GeneratorHarness.Run(new[] { one, two, overlay });
        Assert.Single(Ours(run), d => d.Id == "OAIGEN019");

        // What an action finds is per spec, and the message names the spec.
        var unmatched = Ours(run).Where(d => d.Id == "OAIGEN021").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(m => m, System.StringComparer.Ordinal).ToList();
        Assert.Equal(2, unmatched.Count);
        Assert.Contains("'one.yaml'", unmatched[0]);
        Assert.Contains("'two.yaml'", unmatched[1]);
    }

    [Fact]
    public void AnInvalidOrderSettingFallsBackToZero()
    {
        var overlay = new SpecInput(OverlayPath, Overlay("  - target: $.components.schemas.Pet.properties.name\n    update: {description: ok}\n"), new Dictionary<string, string> { ["OpenAIRealtimeOverlayOrder"] = "first" });
        Diagnostic diagnostic = Assert.Single(Ours(Run(overlay)));
        Assert.Equal("OAIGEN013", diagnostic.Id);
        Assert.Equal(OverlayPath, diagnostic.Location.GetLineSpan().Path);
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using OpenAI.Realtime.Gen.Configuration;
using OpenAI.Realtime.Gen.Model;
using OpenAI.Realtime.Gen.Modeling;
using OpenAI.Realtime.Gen.Tests.Infrastructure;
using Xunit.Abstractions;
using static OpenAI.Realtime.Gen.Tests.Overlays.OverlayTestSpec;

namespace OpenAI.Realtime.Gen.Tests.Overlays;

/// <summary>
/// Nothing in an overlay makes the generator throw, hang, read another file or inject code: hostile overlays, and
/// seeded mutants of real overlays, end in diagnostics located in the overlay or the spec, or in clean code.
/// </summary>
public sealed class HostileOverlayTests
{
    private readonly ITestOutputHelper _output;

    public HostileOverlayTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void AnOverlayReadsNoFileAndNoUrl()
    {
        string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "oaigen-overlay-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            string other = System.IO.Path.Combine(folder, "other.yaml");
            File.WriteAllText(other, "openapi: 3.1.0\ninfo: {title: other, version: '1'}\ncomponents:\n  schemas:\n    X:\n      type: object\n      properties:\n        fromDisk: {type: string}\n");
            string url = "http://127.0.0.1:" + ((IPEndPoint)listener.LocalEndpoint).Port + "/other.yaml";
            string overlay = "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nextends: '" + new Uri(other).AbsoluteUri + "'\nactions:\n"
                + "  - target: $.components.schemas.Pet.properties\n    update:\n      disk: {$ref: '" + new Uri(other).AbsoluteUri + "#/components/schemas/X'}\n      net: {$ref: '" + url + "#/components/schemas/X'}\n      rel: {$ref: 'other.yaml#/components/schemas/X'}\n";
            GeneratorRun run = Run(Spec(), new SpecInput(System.IO.Path.Combine(folder, "fix.yaml"), overlay));
            Assert.Null(run.GeneratorException);
            Assert.False(listener.Pending(), "The generator connected to " + url);
            Assert.Equal(3, run.GeneratorDiagnostics.Count(d => d.Id == "OAIGEN007"));
            Assert.DoesNotContain(run.Sources.Values, s => s.Contains("fromDisk", StringComparison.Ordinal));
            run.AssertCompilesCleanly();
        }
        finally
        {
            listener.Stop();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void HostileStringsFromAnOverlayCompileAsData()
    {
        const string Hostile = "*/ #error injected \u2028 \\u0022; } class Evil { // \u202e";
        string json = "{\"overlay\": \"1.0.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"actions\": [{\"target\": \"$.components.schemas.Pet.properties\", \"update\": {\"a\\\"b\\n#error x\": {\"type\": \"string\", \"description\": \"" + Hostile.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\", \"enum\": [\"#endif\\n\", \"\\u0000\"]}}}]}";
        GeneratorRun run = Run(new SpecInput("/project/specs/evil.json", json));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        run.AssertCompilesCleanly();
        string pet = Source(run, "Pet");
        Assert.DoesNotContain(pet.Split('\n'), line => line.TrimStart().StartsWith("#error", StringComparison.Ordinal) || line.TrimStart().StartsWith("#endif", StringComparison.Ordinal));
        Assert.DoesNotContain("class Evil", pet.Split('\n').Where(l => !l.TrimStart().StartsWith("///", StringComparison.Ordinal) && !l.Contains('"', StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("aliases")]
    [InlineData("multiplying update")]
    [InlineData("deep update")]
    public void AHostileOverlayIsRefusedFastWithADiagnostic(string kind)
    {
        string overlay = kind switch
        {
            "aliases" => "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nx-a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nx-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nx-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nx-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\nx-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nx-f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\nactions:\n  - target: $.info\n    update: {x: *f}\n",
            "multiplying update" => "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nx-a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nx-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nx-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nx-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\nactions:\n  - target: $..*\n    update: {x-big: [*d, *d, *d, *d, *d, *d, *d]}\n",
            "deep update" => Overlay("  - target: $.components.schemas.Pet.properties.name\n    update: {x: " + new string('[', 122) + new string(']', 122) + "}\n"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var watch = Stopwatch.StartNew();
        GeneratorRun run = Run(new SpecInput("/project/specs/hostile.yaml", overlay));
        watch.Stop();
        Assert.Null(run.GeneratorException);
        _output.WriteLine(kind + ": " + watch.ElapsedMilliseconds + " ms; " + string.Join("; ", Ours(run).Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Contains(Ours(run), d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == "/project/specs/hostile.yaml");
        Assert.DoesNotContain(Ours(run), d => d.Id is "OAIGEN011" or "OAIGEN012");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), kind + " took " + watch.Elapsed);
    }

    [Fact]
    public void MutantsOfRealOverlaysEndInDiagnosticsOrCleanCode()
    {
        string[] bases =
        {
            File.ReadAllText(System.IO.Path.Combine(TestPaths.RepositoryRoot, "spec", "overlays", "openai-2026-05-13.fixes.yaml")),
            Overlay("  - target: $.components.schemas.Pet.properties[?(@.type == 'string' && !@.description)]\n    update: {description: Filled in.}\n  - target: $.components.schemas.Event.oneOf\n    update: {$ref: '#/components/schemas/Deleted'}\n  - target: $.components.schemas.Pet.properties.tags\n    remove: true\n"),
        };
        bases = bases.Concat(Directory.GetFiles(System.IO.Path.Combine(TestPaths.ConformanceFolder, "overlay-1.0", "compliant-sets"), "overlay.yaml", SearchOption.AllDirectories).Select(File.ReadAllText)).ToArray();
        const string Pieces = "$.[]*?@'\"()=!<>&|,:-0123456789 \n\t{}#&*abcdefoneOfpropertiesschemascomponents..";
        var random = new Random(16);
        int mutants = 0, clean = 0, withErrors = 0;
        var compiled = new List<string>();
        for (int i = 0; i < 400; i++)
        {
            string text = bases[i % bases.Length];
            var builder = new StringBuilder(text);
            int edits = 1 + random.Next(4);
            for (int e = 0; e < edits; e++)
            {
                int at = random.Next(builder.Length + 1);
                switch (random.Next(3))
                {
                    case 0:
                        builder.Insert(at, Pieces[random.Next(Pieces.Length)]);
                        break;
                    case 1 when at < builder.Length:
                        builder.Remove(at, Math.Min(1 + random.Next(6), builder.Length - at));
                        break;
                    default:
                        int from = random.Next(builder.Length);
                        builder.Insert(at, builder.ToString(from, Math.Min(1 + random.Next(20), builder.Length - from)));
                        break;
                }
            }

            string mutant = builder.ToString();
            SpecParseResult result = Parse(mutant);
            mutants++;
            Assert.DoesNotContain(result.Diagnostics, d => d.Id is "OAIGEN011" or "OAIGEN012");
            EquatableArray<DiagnosticInfo> own = OpenAI.Realtime.Gen.Overlays.OverlayStage.Check(Input(mutant), CancellationToken.None);
            foreach (DiagnosticInfo d in result.Diagnostics.Concat(own))
            {
                Assert.NotNull(d.Location);
                Assert.True(d.Location!.FilePath is "/project/m.yaml" or OverlayTestSpec.Path, d.Location.FilePath);
                int length = d.Location.FilePath == OverlayTestSpec.Path ? Text.Length : mutant.Length;
                Assert.True(d.Location.Start >= 0 && d.Location.Start + d.Location.Length <= length, "location out of the text: seed " + i);
            }

            bool errors = result.Diagnostics.Concat(own).Any(d => d.Id is "OAIGEN001" or "OAIGEN003" or "OAIGEN017" or "OAIGEN018" or "OAIGEN019" or "OAIGEN020" or "OAIGEN022" or "OAIGEN023");
            if (errors)
            {
                withErrors++;
            }
            else
            {
                clean++;
                if (compiled.Count < 8)
                {
                    compiled.Add(mutant);
                }
            }
        }

        // A few mutants without errors go through the whole generator and the compiler.
        foreach (string mutant in compiled)
        {
            GeneratorRun run = Run(new SpecInput("/project/m.yaml", mutant, new Dictionary<string, string> { ["OpenAIRealtimeOverlay"] = "true" }));
            Assert.Null(run.GeneratorException);
            if (!run.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                run.AssertCompilesCleanly();
            }
        }

        _output.WriteLine($"overlay mutants: {mutants}, {withErrors} end in an error diagnostic, {clean} apply without error; {compiled.Count} of those compiled");
        Assert.True(withErrors > 0 && clean > 0);
    }

    private static OverlayFileInput Input(string text) => new("/project/m.yaml", text, 0, EquatableArray<string>.Empty, null, EquatableArray<SettingProblem>.Empty);

    private static SpecParseResult Parse(string overlay)
    {
        var settings = new GeneratorSettings(new[] { "Pet", "Event", "Realtime*" }.ToEquatableArray(), true, SettingNames.DefaultNamespace, true, EquatableArray<string>.Empty);
        var spec = new SpecFileInput(OverlayTestSpec.Path, Text, settings, EquatableArray<SettingProblem>.Empty);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return SpecModelFactory.Create(new SpecWithOverlays(spec, new[] { Input(overlay) }.ToEquatableArray()), timeout.Token);
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Diagnostics;

/// <summary>
/// Hostile inputs that do not fit in a small corpus file (sizes, timing, the file system and the network), and checks
/// beyond the diagnostics of a corpus file (wire names of odd properties, line endings).
/// </summary>
public class HostileInputTests
{
    private static Dictionary<string, string> Metadata(string roots = "*") => new()
    {
        ["OpenAIRealtimeGenerate"] = "true",
        ["OpenAIRealtimeRoots"] = roots,
    };

    private static List<Diagnostic> Located(GeneratorRun run, string id) => run.GeneratorDiagnostics.Where(d => d.Id == id).ToList();

    [Theory]
    [InlineData("yaml-billion-laughs.yaml", true)]
    [InlineData("yaml-billion-laughs-unreached.yaml", false)]
    public void BillionLaughsIsDealtWithInUnderTwoSeconds(string file, bool refused)
    {
        // Warm up the generator and Roslyn, so the time measured is the bomb's alone.
        GeneratorHarness.CreateDriver(new[] { new SpecInput("warmup.yaml", "openapi: 3.1.0\ninfo: {title: w, version: '1'}\ncomponents: {schemas: {A: {type: object}}}\n", Metadata()) })
            .RunGenerators(GeneratorHarness.CreateCompilation());

        CorpusSpec bomb = CorpusSpec.Load(file);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new SpecInput(bomb.Path, bomb.Text, bomb.ItemMetadata()) });
        var watch = Stopwatch.StartNew();
        driver = driver.RunGenerators(GeneratorHarness.CreateCompilation());
        watch.Stop();

        GeneratorDriverRunResult result = driver.GetRunResult();
        Assert.Null(result.Results.Single().Exception);
        if (refused)
        {
            Diagnostic limit = Assert.Single(result.Diagnostics, d => d.Id == "OAIGEN003");
            Assert.Equal(DiagnosticSeverity.Error, limit.Severity);
        }
        else
        {
            // Outside every schema the roots reach, the bomb is never expanded: nothing to refuse.
            Assert.Empty(result.Diagnostics);
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), "The alias bomb took " + watch.Elapsed.TotalMilliseconds + " ms.");
    }

    [Theory]
    [InlineData("yaml")]
    [InlineData("json")]
    public void AFiveMegabyteScalarIsRefusedWhereItStarts(string format)
    {
        // The scalar is the description of the root schema, so that a reader that builds only what the roots reach
        // still has to read it.
        string big = new('a', 5 * 1024 * 1024);
        string text = format == "yaml"
            ? "openapi: 3.1.0\ninfo: {title: big, version: \"1\"}\ncomponents:\n  schemas:\n    A:\n      type: object\n      description: " + big + "\n"
            : "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"big\", \"version\": \"1\"},\n  \"components\": {\"schemas\": {\"A\": {\"type\": \"object\", \"description\": \"" + big + "\"}}}}\n";
        string path = "/specs/big." + format;
        string line = text.Split('\n')[format == "yaml" ? 6 : 1];
        int column = line.IndexOf(format == "yaml" ? "aaa" : "\"aaa", StringComparison.Ordinal) + 1;

        var watch = Stopwatch.StartNew();
        GeneratorRun run = DiagnosticFacts.RunWithin(new SpecInput(path, text, Metadata()), TimeSpan.FromSeconds(60));
        watch.Stop();

        Assert.Null(run.GeneratorException);
        Diagnostic refused = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("OAIGEN003", refused.Id);
        Assert.Equal((format == "yaml" ? 7 : 2, column), DiagnosticFacts.Start(refused));
        Assert.Empty(DiagnosticFacts.LocationProblems(refused, path, text));
        Assert.Empty(run.Sources);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "Refusing the scalar took " + watch.Elapsed);
    }

    [Theory]
    [InlineData("yaml", 100_000)]
    [InlineData("json", 100_000)]
    [InlineData("yaml-mapping", 20_000)]
    public void DeepNestingIsRefusedWithoutOverflowingTheStack(string shape, int depth)
    {
        string text = shape switch
        {
            "yaml" => "openapi: 3.1.0\nx: " + new string('[', depth) + new string(']', depth) + "\n",
            "json" => "{\"openapi\": \"3.1.0\", \"x\": " + new string('[', depth) + new string(']', depth) + "}",
            _ => "openapi: 3.1.0\nx: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth) + "\n",
        };
        string path = "/specs/deep." + (shape == "json" ? "json" : "yaml");

        GeneratorRun run = GeneratorHarness.Run(new SpecInput(path, text, Metadata()));

        Assert.Null(run.GeneratorException);
        Diagnostic refused = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("OAIGEN003", refused.Id);
        Assert.Empty(DiagnosticFacts.LocationProblems(refused, path, text));
    }

    [Fact]
    public void ExternalReferencesAreNeitherReadFromDiskNorFetched()
    {
        // A real file beside the spec and a listening socket: if the generator followed either reference, X would become a
        // type (the file defines it as an object) or the socket would see a connection.
        string folder = Path.Combine(Path.GetTempPath(), "oaigen-external-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            string other = Path.Combine(folder, "other.yaml");
            File.WriteAllText(other, "openapi: 3.1.0\ninfo: {title: other, version: '1'}\nX:\n  type: object\n  properties:\n    fromDisk: {type: string}\ncomponents:\n  schemas:\n    X:\n      type: object\n      properties:\n        fromDisk: {type: string}\n");
            string url = "http://127.0.0.1:" + port + "/other.yaml";
            string spec = Path.Combine(folder, "spec.yaml");
            string text = "openapi: 3.1.0\ninfo: {title: external, version: '1'}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n"
                + "        relative:\n          $ref: 'other.yaml#/X'\n"
                + "        dotted:\n          $ref: './other.yaml#/components/schemas/X'\n"
                + "        absolute:\n          $ref: '" + new Uri(other).AbsoluteUri + "#/components/schemas/X'\n"
                + "        network:\n          $ref: '" + url + "#/components/schemas/X'\n";

            var watch = Stopwatch.StartNew();
            GeneratorRun run = GeneratorHarness.Run(new SpecInput(spec, text, Metadata()));
            watch.Stop();

            Assert.Null(run.GeneratorException);
            Assert.False(listener.Pending(), "The generator connected to " + url);
            List<Diagnostic> external = Located(run, "OAIGEN007");
            Assert.True(external.Count == 4, DiagnosticFacts.DescribeAll(run.GeneratorDiagnostics));
            Assert.Contains(external, d => d.GetMessage().Contains("other.yaml", StringComparison.Ordinal) && DiagnosticFacts.Start(d) == (9, 11));
            Assert.Contains(external, d => d.GetMessage().Contains(url, StringComparison.Ordinal) && DiagnosticFacts.Start(d) == (15, 11));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
            run.AssertCompilesCleanly();
            Assert.Null(run.Output.GetTypeByMetadataName("OpenAI.Realtime.X"));
            Assert.DoesNotContain(run.Sources.Values, s => s.Contains("fromDisk", StringComparison.Ordinal));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "Generation took " + watch.Elapsed);
        }
        finally
        {
            listener.Stop();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("external-file-ref.yaml", "other.yaml")]
    [InlineData("external-url-ref.yaml", "https://example.invalid/schemas.yaml")]
    public void AnExternalReferenceIsNamedAndNotFollowed(string file, string document)
    {
        CorpusSpec spec = CorpusSpec.Load(file);
        Assert.False(File.Exists(Path.Combine(CorpusSpec.Folder, "other.yaml")), "The corpus must not hold the file the reference names.");
        var watch = Stopwatch.StartNew();
        GeneratorRun run = DiagnosticFacts.RunWithin(new SpecInput(spec.Path, spec.Text, spec.ItemMetadata()), TimeSpan.FromSeconds(30));
        watch.Stop();

        Diagnostic external = Assert.Single(Located(run, "OAIGEN007"));
        Assert.Contains("'" + document, external.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        run.AssertCompilesCleanly();

        // Typed as raw JSON: the member exists and takes any JSON value.
        INamedTypeSymbol a = run.Output.GetTypeByMetadataName("OpenAI.Realtime.A")!;
        var member = (IPropertySymbol)a.GetMembers("B").Single();
        Assert.Contains("JsonElement", member.Type.ToDisplayString(), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "A reference to a host that does not exist took " + watch.Elapsed + " (was it looked up?)");
    }

    [Fact]
    public void AWhitespaceOnlyKeepBlockScalarThatYamlDotNetRejectsIsReadAsALineBreak()
    {
        CorpusSpec spec = CorpusSpec.Load("yaml-block-scalar-trap.yaml");

        // The trap is armed: YamlDotNet alone refuses the text.
        var parser = new YamlDotNet.Core.Parser(new StringReader(spec.Text));
        Assert.ThrowsAny<YamlDotNet.Core.YamlException>(() =>
        {
            while (parser.MoveNext())
            {
            }
        });

        // The generator's reader gets the value YAML defines: a |+ scalar of one empty line is one line break.
        var read = OpenAI.Realtime.Gen.Reading.SpecTextReader.Read(spec.Text, OpenAI.Realtime.Gen.Reading.SpecTextLimits.Default, default);
        Assert.Empty(read.Problems);
        JsonNode a = read.Root!["components"]!["schemas"]!["A"]!;
        Assert.Equal("\n", (string?)a["description"]);
        Assert.Equal("\n", (string?)a["properties"]!["a"]!["description"]);
        Assert.Equal("string", (string?)a["properties"]!["b"]!["type"]);
    }

    [Theory]
    [InlineData("\r\n", false)]
    [InlineData("\r\n", true)]
    [InlineData("\n", true)]
    [InlineData("\r", false)]
    public void LineEndingsAndByteOrderMarkKeepLocations(string newline, bool byteOrderMark)
    {
        CorpusSpec source = CorpusSpec.Load("missing-ref.yaml");
        string text = (byteOrderMark ? "\uFEFF" : string.Empty) + source.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", newline, StringComparison.Ordinal);
        string path = "/specs/endings.yaml";

        GeneratorRun run = GeneratorHarness.Run(new SpecInput(path, text, Metadata()));

        Assert.Null(run.GeneratorException);
        Diagnostic unresolved = Assert.Single(Located(run, "OAIGEN006"));
        Assert.Equal((11, 11), DiagnosticFacts.Start(unresolved));
        foreach (Diagnostic diagnostic in run.GeneratorDiagnostics)
        {
            Assert.Empty(DiagnosticFacts.LocationProblems(diagnostic, path, text));
        }
    }

    [Fact]
    public void PropertyNamesThatAreNotIdentifiersCompileAndKeepTheirWireNames()
    {
        CorpusSpec spec = CorpusSpec.Load("odd-property-names.yaml");
        GeneratorRun run = GeneratorHarness.Run(new SpecInput(spec.Path, spec.Text, spec.ItemMetadata()));
        run.AssertCompilesCleanly();
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);

        var payload = new JsonObject
        {
            ["foo-bar"] = "1",
            ["a.b"] = "2",
            ["$dollar"] = "3",
            ["with space"] = "4",
            ["class"] = "5",
            ["1st"] = 6,
            [""] = "7",
            ["Odd"] = "8",
            ["Validate"] = "9",
            ["é-ü"] = "10",
            ["less<than"] = "11",
            ["it's"] = "12",
            ["plus+sign"] = "13",
            ["amp&ersand"] = "14",
        };
        string json = payload.ToJsonString();
        var models = new GeneratedJson(run);
        string written = models.RoundTrip(json, "Odd");
        Assert.True(GeneratedJson.SameJson(json, written, out string why), why + "\nsent:    " + json + "\nwritten: " + written);

        // Every member is read into its typed property, not kept aside as an unknown member.
        object model = models.Read(json, "Odd")!;
        var kept = (IDictionary<string, System.Text.Json.JsonElement>)model.GetType().GetProperty("AdditionalProperties")!.GetValue(model)!;
        Assert.True(kept.Count == 0, "These members were not recognised as the properties the spec declares: " + string.Join(", ", kept.Keys.Select(k => "'" + k + "'")));
    }

    [Fact]
    public void ASelfReferencingObjectIsARecursiveType()
    {
        CorpusSpec spec = CorpusSpec.Load("self-recursive-object.yaml");
        GeneratorRun run = GeneratorHarness.Run(new SpecInput(spec.Path, spec.Text, spec.ItemMetadata()));
        run.AssertCompilesCleanly();
        Assert.Empty(run.GeneratorDiagnostics);

        string json = "{\"name\":\"root\",\"children\":[{\"name\":\"leaf\",\"children\":[]}],\"parent\":{\"name\":\"up\"},\"index\":{\"k\":{\"name\":\"v\"}}}";
        var models = new GeneratedJson(run);
        string written = models.RoundTrip(json, "Node");
        Assert.True(GeneratedJson.SameJson(json, written, out string why), why + "\nsent:    " + json + "\nwritten: " + written);
    }

    [Fact]
    public void InvalidSettingsFallBackToTheDefaults()
    {
        CorpusSpec accessibility = CorpusSpec.Load("invalid-accessibility.yaml");
        GeneratorRun run = GeneratorHarness.Run(new SpecInput(accessibility.Path, accessibility.Text, accessibility.ItemMetadata()));
        Diagnostic setting = Assert.Single(Located(run, "OAIGEN013"));
        Assert.Contains("protected", setting.GetMessage(), StringComparison.Ordinal);
        run.AssertCompilesCleanly();
        Assert.Equal(Accessibility.Public, run.Output.GetTypeByMetadataName("OpenAI.Realtime.A")?.DeclaredAccessibility);

        CorpusSpec ns = CorpusSpec.Load("invalid-namespace.yaml");
        run = GeneratorHarness.Run(new SpecInput(ns.Path, ns.Text, ns.ItemMetadata()));
        setting = Assert.Single(Located(run, "OAIGEN013"));
        Assert.Contains("My.class.1Bad", setting.GetMessage(), StringComparison.Ordinal);
        run.AssertCompilesCleanly();
        Assert.NotNull(run.Output.GetTypeByMetadataName("OpenAI.Realtime.A"));
    }

    [Fact]
    public void EveryCorpusFileGivesTheSameResultWhenReadTwice()
    {
        // Determinism: the same text gives the same diagnostics and the same sources.
        foreach (string name in new[] { "missing-ref.yaml", "ambiguous-union.yaml", "name-collision.yaml", "yaml-billion-laughs.yaml" })
        {
            CorpusSpec spec = CorpusSpec.Load(name);
            GeneratorRun first = GeneratorHarness.Run(new SpecInput(spec.Path, spec.Text, spec.ItemMetadata()));
            GeneratorRun second = GeneratorHarness.Run(new SpecInput(spec.Path, spec.Text, spec.ItemMetadata()));
            Assert.Equal(first.GeneratorDiagnostics.Select(DiagnosticFacts.Describe), second.GeneratorDiagnostics.Select(DiagnosticFacts.Describe));
            Assert.Equal(first.Sources.OrderBy(s => s.Key, StringComparer.Ordinal), second.Sources.OrderBy(s => s.Key, StringComparer.Ordinal));
        }
    }
}

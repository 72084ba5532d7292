using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using OpenAI.Realtime.Gen.Configuration;
using OpenAI.Realtime.Gen.Reading;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Reading;

/// <summary>
/// With root patterns, only the version, the info and the schemas the roots reach become nodes: the rest of a 3 MB spec
/// is not parsed at all (see YamlOutline), so a syntax error there goes unreported: nothing there is read.
/// </summary>
public class SelectiveReadingTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: {title: t, version: "1"}
        paths:
          /a: {get: {responses: {"200": {description: ok}}}}
        components:
          parameters:
            P: {name: p, in: query}
          schemas:
            Root:
              type: object
              properties:
                child: {$ref: '#/components/schemas/Child'}
                pet:
                  oneOf: [{$ref: '#/components/schemas/Dog'}]
                  discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Cat'}}
                tags: *shared
            Child:
              type: object
              properties:
                again: {$ref: '#/components/schemas/Root'}
            Dog: {type: object}
            Cat: {type: object}
            Unused:
              type: object
              required: &shared [a, b]
            Lonely: {type: string}
        """;

    private static JsonObject Schemas(string text, params string[] roots)
    {
        SpecTextReadResult result = SpecTextReader.Read(text, SpecTextLimits.Default, roots, CancellationToken.None);
        Assert.Empty(result.Problems);
        return result.Root!["components"]!["schemas"]!.AsObject();
    }

    [Fact]
    public void KeepsOnlyWhatTheRootsReach()
    {
        // Root reaches Child ($ref), Dog (oneOf), Cat (mapping) and Unused (the anchor its alias names).
        JsonObject schemas = Schemas(Spec.Replace("tags: *shared", "tags: {type: array}"), "Root");
        Assert.Equal(new[] { "Root", "Child", "Dog", "Cat" }, schemas.Select(p => p.Key));

        SpecTextReadResult result = SpecTextReader.Read(Spec.Replace("tags: *shared", "tags: {type: array}"), SpecTextLimits.Default, new[] { "Root" }, CancellationToken.None);
        Assert.Equal(new[] { "openapi", "info", "components" }, result.Root!.AsObject().Select(p => p.Key));
        Assert.Equal(new[] { "schemas" }, result.Root["components"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void AnAliasKeepsTheSchemaThatDefinesItsAnchor()
    {
        // The alias comes before the anchor here, which YAML forbids; put the anchor first as real specs do.
        string ordered = Spec.Replace("tags: *shared", "tags: {type: array}").Replace("    Lonely: {type: string}", "    Lonely: {type: string}\n    Late:\n      type: object\n      required: *shared");
        JsonObject schemas = Schemas(ordered, "Late");
        Assert.Equal(new[] { "Unused", "Late" }, schemas.Select(p => p.Key));
        Assert.Equal(new JsonArray("a", "b").ToJsonString(), schemas["Late"]!["required"]!.ToJsonString());
    }

    [Fact]
    public void GlobsAndTheWholeSpec()
    {
        Assert.Equal(new[] { "Dog", "Cat" }, Schemas(Spec.Replace("tags: *shared", "tags: {}"), "Dog", "C?t").Select(p => p.Key));
        Assert.Equal(6, Schemas(Spec.Replace("tags: *shared", "tags: {}"), "*").Count);
    }

    [Theory]
    [InlineData("openai-2026-05-13.yaml", null)]
    [InlineData("openai-2025-04-29.yaml", null)]
    [InlineData("openai-2026-05-13.yaml", "*")]
    [InlineData("bundled", null)]
    public void TheSelectedTreeEqualsTheSameSchemasOfTheFullTree(string spec, string? pattern)
    {
        string text = File.ReadAllText(spec == "bundled" ? TestPaths.BundledSpec : TestPaths.OfficialSpec(spec));
        string[] roots = pattern is null ? SettingNames.DefaultRoots.Split(';') : new[] { pattern };
        SpecTextReadResult selectedResult = SpecTextReader.Read(text, SpecTextLimits.Default, roots, CancellationToken.None);
        Assert.Empty(selectedResult.Problems);
        JsonObject selected = selectedResult.Root!["components"]!["schemas"]!.AsObject();
        JsonObject full = SpecTextReader.Read(text, SpecTextLimits.Default, CancellationToken.None).Root!["components"]!["schemas"]!.AsObject();

        // The outline may keep a little more than the roots reach (a description quoting a $ref), never less.
        Assert.Subset(new HashSet<string>(selected.Select(p => p.Key)), Reach(full, roots));
        foreach (var (name, schema) in selected)
        {
            Assert.True(JsonNode.DeepEquals(full[name], schema), name + " differs");
        }
    }

    /// <summary>The schemas <paramref name="roots"/> reach in <paramref name="schemas"/>, through every $ref and mapping value.</summary>
    private static HashSet<string> Reach(JsonObject schemas, string[] roots)
    {
        var reached = new HashSet<string>(schemas.Select(p => p.Key).Where(name => roots.Any(root => GlobPattern.IsMatch(root, name))));
        var pending = new Stack<string>(reached);
        while (pending.Count > 0)
        {
            foreach (string text in Strings(schemas[pending.Pop()]))
            {
                const string Prefix = "#/components/schemas/";
                if (text.StartsWith(Prefix, System.StringComparison.Ordinal) && schemas.ContainsKey(text.Substring(Prefix.Length)) && reached.Add(text.Substring(Prefix.Length)))
                {
                    pending.Push(text.Substring(Prefix.Length));
                }
            }
        }

        return reached;
    }

    private static IEnumerable<string> Strings(JsonNode? node)
        => node is null ? Enumerable.Empty<string>() : JsonWalk.Descendants(node).Select(d => d.Node is JsonValue value && value.TryGetValue(out string? text) ? text : null).OfType<string>();
    [Fact]
    public void JsonSpecsAreSelectedTheSameWay()
    {
        string yaml = Spec.Replace("tags: *shared", "tags: {type: array}");
        string json = SpecTextReader.Read(yaml, SpecTextLimits.Default, CancellationToken.None).Root!.ToJsonString();
        SpecTextReadResult result = SpecTextReader.Read(json, SpecTextLimits.Default, new[] { "Root" }, CancellationToken.None);

        Assert.Empty(result.Problems);
        Assert.Equal(new[] { "openapi", "info", "components" }, result.Root!.AsObject().Select(p => p.Key));
        Assert.Equal(new[] { "Root", "Child", "Dog", "Cat" }, result.Root["components"]!["schemas"]!.AsObject().Select(p => p.Key));
        Assert.True(JsonNode.DeepEquals(Schemas(yaml, "Root"), result.Root["components"]!["schemas"]));
    }

    [Fact]
    public void PositionsInTheSelectedTreePointWhereTheFullTreeDoes()
    {
        string text = File.ReadAllText(TestPaths.OfficialSpec("openai-2026-05-13.yaml"));
        SpecTextReadResult selected = SpecTextReader.Read(text, SpecTextLimits.Default, SettingNames.DefaultRoots.Split(';'), CancellationToken.None);
        SpecTextReadResult full = SpecTextReader.Read(text, SpecTextLimits.Default, CancellationToken.None);

        int compared = 0;
        foreach (var (name, schema) in selected.Root!["components"]!["schemas"]!.AsObject())
        {
            foreach (var (pointer, _) in JsonWalk.Descendants(schema!, "/components/schemas/" + name))
            {
                SourceSpan expected = full.Map.Locate(full.Root, pointer);
                Assert.Equal(expected, selected.Map.Locate(selected.Root, pointer));
                compared++;
            }
        }

        Assert.True(compared > 2000, compared + " pointers compared");
        Assert.Equal(full.Map.Locate(full.Root, "/openapi"), selected.Map.Locate(selected.Root, "/openapi"));
    }

    [Fact]
    public void SyntaxErrorsInPartsThatAreNeverReadAreNotReported()
    {
        // Documented trade-off: with root patterns, paths and unreached schemas are not parsed at all.
        string broken = Spec.Replace("tags: *shared", "tags: {}").Replace("/a: {get:", "/a: {get: [unclosed");
        SpecTextReadResult result = SpecTextReader.Read(broken, SpecTextLimits.Default, new[] { "Dog" }, CancellationToken.None);
        Assert.Empty(result.Problems);
        Assert.Equal(new[] { "Dog" }, result.Root!["components"]!["schemas"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void SyntaxErrorsInReadSchemasAreReportedWhereTheWholeDocumentReaderReportsThem()
    {
        string broken = Spec.Replace("tags: *shared", "tags: {}").Replace("Dog: {type: object}", "Dog: {type: [unclosed}");
        SpecTextReadResult selected = SpecTextReader.Read(broken, SpecTextLimits.Default, new[] { "Dog" }, CancellationToken.None);
        SpecTextReadResult full = SpecTextReader.Read(broken, SpecTextLimits.Default, CancellationToken.None);

        Assert.Null(selected.Root);
        SpecTextProblem problem = Assert.Single(selected.Problems);
        Assert.Equal(SpecProblemKind.Syntax, problem.Kind);
        Assert.Equal(Assert.Single(full.Problems), problem);
        Assert.Equal(broken.Split('\n').ToList().FindIndex(line => line.Contains("Dog: {type: [unclosed}")), problem.Span.StartLine);
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenAI.Realtime.Gen.Tests.Infrastructure;
using static OpenAI.Realtime.Gen.Tests.Overlays.OverlayTestSpec;

namespace OpenAI.Realtime.Gen.Tests.Overlays;

/// <summary>
/// Overlays through the whole generator: each action kind, each JSONPath form, the order of several overlays, which
/// specs an overlay applies to, and how overlay files are recognised.
/// </summary>
public sealed class OverlayGeneratorTests
{
    [Fact]
    public void WithoutAnOverlayTheSpecIsAsWritten()
    {
        GeneratorRun run = Run();
        Assert.DoesNotContain("Age", Source(run, "Pet"));
        Assert.Empty(Source(run, "Deleted"));
        Assert.Contains("Tags", Source(run, "Pet"));
    }

    [Fact]
    public void AnUpdateMergesIntoTheSelectedObject()
    {
        GeneratorRun run = Run(OverlayFile("  - target: $.components.schemas.Pet.properties\n    update: {age: {type: integer, description: Years.}}\n"));
        Assert.Empty(Ours(run));
        Assert.Contains("public long? Age", Source(run, "Pet"));
        Assert.Contains("public string? Name", Source(run, "Pet"));
    }

    [Fact]
    public void AnUpdateOfAListAppendsAndReachesANewSchema()
    {
        // Deleted and the Reason it refers to are reached by no root: the sliced read must still build them.
        GeneratorRun run = Run(OverlayFile("  - target: $.components.schemas.Event.oneOf\n    update: {$ref: '#/components/schemas/Deleted'}\n"));
        Assert.Empty(Ours(run));
        Assert.Contains("class Deleted", Source(run, "Deleted"));
        Assert.Contains("class Reason", Source(run, "Reason"));
        Assert.Contains("Deleted", Source(run, "Event"));
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void AnUpdateCanAddASchemaThatReachesAnother()
    {
        GeneratorRun run = Run(OverlayFile(
            "  - target: $.components.schemas\n    update: {Owner: {type: object, properties: {reason: {$ref: '#/components/schemas/Reason'}}}}\n"
            + "  - target: $.components.schemas.Pet.properties\n    update: {owner: {$ref: '#/components/schemas/Owner'}}\n"));
        Assert.Empty(Ours(run));
        Assert.Contains("Owner? Owner", Source(run, "Pet"));
        Assert.Contains("class Reason", Source(run, "Reason"));
    }

    [Fact]
    public void RemoveRemovesEachSelectedNode()
    {
        GeneratorRun run = Run(OverlayFile("  - target: $.components.schemas.Pet.properties[tags,name]\n    remove: true\n".Replace("[tags,name]", "['tags','name']")));
        Assert.Empty(Ours(run));
        Assert.DoesNotContain("Tags", Source(run, "Pet"));
        Assert.DoesNotContain("public string? Name", Source(run, "Pet"));
        Assert.Contains("OddNameWithSpace", Source(run, "Pet"));
    }

    [Fact]
    public void AnUpdateReplacesASelectedScalar()
    {
        GeneratorRun run = Run(OverlayFile("  - target: $.components.schemas.Pet.properties.name.description\n    update: Overlaid name.\n"));
        Assert.Empty(Ours(run));
        Assert.Contains("Overlaid name.", Source(run, "Pet"));
        Assert.DoesNotContain("The name.", Source(run, "Pet"));
    }

    [Fact]
    public void BracketedNamesWithSlashesDotsAndSpacesSelectTheirMember()
    {
        GeneratorRun run = Run(OverlayFile("  - target: \"$.components['schemas'][\\\"Pet\\\"].properties['odd/name.with space']\"\n    update: {description: Odd one.}\n"));
        Assert.Empty(Ours(run));
        Assert.Contains("Odd one.", Source(run, "Pet"));
    }

    [Fact]
    public void FiltersWithComparisonsLogicalOperatorsAndExistenceTests()
    {
        // Only string members without a description: the odd one, not name (described) or tags (an array).
        GeneratorRun run = Run(OverlayFile("  - target: $.components.schemas.Pet.properties[?(@.type == 'string' && !@.description)]\n    update: {description: Filled in.}\n"
            + "  - target: $.components.schemas.Pet.properties[?@.type == 'array' || @.type == 'object']\n    update: {deprecated: true}\n"));
        Assert.Empty(Ours(run));
        string pet = Source(run, "Pet");
        Assert.Equal(1, Count(pet, "Filled in."));
        Assert.Contains("The name.", pet);
        Assert.Contains("Obsolete", pet);
    }

    [Fact]
    public void WildcardsDescendantsIndexesAndSlices()
    {
        GeneratorRun run = Run(OverlayFile(
            "  - target: $.components.schemas.Pet..description\n    update: Described.\n"
            + "  - target: $.components.schemas.*.properties.text\n    update: {description: Reason text.}\n"
            + "  - target: $.components.schemas.Event.oneOf\n    update: {$ref: '#/components/schemas/Deleted'}\n"
            + "  - target: $.components.schemas.Event.oneOf[:1]\n    remove: true\n"
            + "  - target: $.components.schemas.Deleted.properties.type.enum[0]\n    update: removed\n"));
        Assert.Empty(Ours(run));
        Assert.Contains("Described.", Source(run, "Pet"));
        Assert.Contains("Reason text.", Source(run, "Reason"));
        Assert.Contains("\"removed\"", Source(run, "Deleted"));
        Assert.DoesNotContain("\"deleted\"", Source(run, "Deleted"));
        Assert.Empty(Source(run, "Created"));
    }

    [Fact]
    public void ATargetOutsideTheSchemasReadsTheWholeDocument()
    {
        // paths are not part of a sliced read: selecting in them must not warn that nothing was selected.
        GeneratorRun run = Run(OverlayFile("  - target: $.paths[*][?(@.operationId == 'listPets')]\n    update: {x-checked: true}\n"
            + "  - target: $..[?(@.operationId == 'listPets')].responses\n    update: {'404': {description: missing}}\n"));
        Assert.Empty(Ours(run));
        Assert.Contains("class Pet", Source(run, "Pet"));
    }

    [Fact]
    public void OverlaysApplyInOrderByTheirOrderThenByPath()
    {
        SpecInput a = OverlayFile("  - target: $.components.schemas.Pet.properties.name.description\n    update: From a.\n", "/project/a.yaml");
        SpecInput b = OverlayFile("  - target: $.components.schemas.Pet.properties.name.description\n    update: From b.\n", "/project/b.yaml");
        Assert.Contains("From b.", Source(Run(b, a), "Pet"));
        SpecInput aLast = a with { Metadata = new Dictionary<string, string> { ["OpenAIRealtimeOverlayOrder"] = "10" } };
        Assert.Contains("From a.", Source(Run(aLast, b), "Pet"));

        // Actions of one overlay apply in order: the second sees what the first added.
        GeneratorRun inOrder = Run(OverlayFile("  - target: $.components.schemas.Pet.properties\n    update: {age: {type: integer}}\n  - target: $.components.schemas.Pet.properties.age\n    update: {description: Added then described.}\n"));
        Assert.Empty(Ours(inOrder));
        Assert.Contains("Added then described.", Source(inOrder, "Pet"));
    }

    [Fact]
    public void AnOverlayAppliesToTheSpecsItNames()
    {
        SpecInput one = Spec("/project/one.yaml", new Dictionary<string, string>(Roots) { ["OpenAIRealtimeNamespace"] = "One" });
        SpecInput two = Spec("/project/sub/two.yaml", new Dictionary<string, string>(Roots) { ["OpenAIRealtimeNamespace"] = "Two" });
        const string Action = "  - target: $.components.schemas.Pet.properties\n    update: {age: {type: integer}}\n";

        GeneratorRun everywhere = GeneratorHarness.Run(new[] { one, two, OverlayFile(Action) });
        Assert.Contains("Age", Source(everywhere, "Pet", "One"));
        Assert.Contains("Age", Source(everywhere, "Pet", "Two"));

        GeneratorRun forTwo = GeneratorHarness.Run(new[] { one, two, OverlayFile(Action, metadata: new Dictionary<string, string> { ["OpenAIRealtimeOverlayFor"] = "sub/two.yaml" }) });
        Assert.DoesNotContain("Age", Source(forTwo, "Pet", "One"));
        Assert.Contains("Age", Source(forTwo, "Pet", "Two"));

        var extendsOne = new SpecInput("/project/fix.yaml", "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nextends: ./one.yaml\nactions:\n" + Action);
        GeneratorRun forOne = GeneratorHarness.Run(new[] { one, two, extendsOne });
        Assert.Contains("Age", Source(forOne, "Pet", "One"));
        Assert.DoesNotContain("Age", Source(forOne, "Pet", "Two"));

        // An extends that names no spec of the project (a URL) does not restrict the overlay.
        var extendsUrl = new SpecInput("/project/fix.yaml", "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nextends: https://example.com/openapi.yaml\nactions:\n" + Action);
        Assert.Contains("Age", Source(GeneratorHarness.Run(new[] { one, two, extendsUrl }), "Pet", "Two"));

        SpecInput twoOptedOut = two with { Metadata = new Dictionary<string, string>(two.Metadata!) { ["OpenAIRealtimeApplyOverlays"] = "false" } };
        GeneratorRun optedOut = GeneratorHarness.Run(new[] { one, twoOptedOut, OverlayFile(Action) });
        Assert.Contains("Age", Source(optedOut, "Pet", "One"));
        Assert.DoesNotContain("Age", Source(optedOut, "Pet", "Two"));
    }

    [Fact]
    public void OverlayFilesAreRecognisedByTheirOverlayMemberOrByMetadata()
    {
        const string Action = "  - target: $.components.schemas.Pet.properties\n    update: {age: {type: integer}}\n";
        var json = new SpecInput("/project/fix.json", """{"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": [{"target": "$.components.schemas.Pet.properties", "update": {"age": {"type": "integer"}}}]}""");
        Assert.Contains("Age", Source(Run(json), "Pet"));

        SpecInput ignored = OverlayFile(Action, metadata: new Dictionary<string, string> { ["OpenAIRealtimeOverlay"] = "false" });
        Assert.DoesNotContain("Age", Source(Run(ignored), "Pet"));

        var forced = new SpecInput("/project/fixes.txt", Overlay(Action), new Dictionary<string, string> { ["OpenAIRealtimeOverlay"] = "true" });
        Assert.Contains("Age", Source(Run(forced), "Pet"));

        // A spec is never taken for an overlay, and an overlay never for a spec (it generates nothing itself).
        GeneratorRun run = Run(OverlayFile(Action));
        Assert.All(run.Sources.Keys, name => Assert.StartsWith("OpenAI.Realtime.", name));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "OAIGEN002");
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty).Length) / part.Length;
}

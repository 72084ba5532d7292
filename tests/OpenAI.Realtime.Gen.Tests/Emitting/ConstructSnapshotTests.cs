using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Emitting;

/// <summary>
/// The constructs specs of the model tests (<c>tests/OpenAI.Realtime.Models.Tests/Specs</c>), run through the generator
/// with the settings that project gives them: they compile cleanly with no generator warning, and one generated file per
/// construct kind is kept as a snapshot (the review surface of changes to what is emitted).
/// </summary>
public class ConstructSnapshotTests
{
    private static readonly string SpecsFolder = Path.Combine(TestPaths.RepositoryRoot, "tests", "OpenAI.Realtime.Models.Tests", "Specs");

    private static readonly GeneratorRun Run = GeneratorHarness.Run(SpecInput.FromFile(
        Path.Combine(SpecsFolder, "constructs.yaml"),
        new Dictionary<string, string> { ["OpenAIRealtimeRoots"] = "*", ["OpenAIRealtimeNamespace"] = "Constructs" }));

    private static readonly GeneratorRun Run30 = GeneratorHarness.Run(SpecInput.FromFile(
        Path.Combine(SpecsFolder, "constructs-3.0.json"),
        new Dictionary<string, string> { ["OpenAIRealtimeRoots"] = "*", ["OpenAIRealtimeNamespace"] = "Constructs.V30", ["OpenAIRealtimeAccessibility"] = "internal" }));

    /// <summary>One type per construct kind.</summary>
    [Theory]
    [InlineData("Constrained")] // an object: presence tracking, constraints in Validate(), reader and writer
    [InlineData("Color")] // a closed enum
    [InlineData("Flavor")] // an open enum (anyOf [string, enum])
    [InlineData("Limit")] // a union of JSON kinds (integer or "inf")
    [InlineData("ToolSelection")] // a union of an enum and an object told apart by type
    [InlineData("Pet")] // a discriminated union: interface, Unknown class and converter
    [InlineData("Dog")] // a case class implementing the interface
    [InlineData("Metadata")] // a named map
    [InlineData("TreeNode")] // a recursive type
    public void GeneratedFile(string typeName) => Snapshot.Verify(Run.Types["Constructs." + typeName], typeName);

    /// <summary>The serializer context.</summary>
    [Fact]
    public void SerializerContext() => Snapshot.Verify(Run.Sources["Constructs.RealtimeJsonContext.g.cs"], "RealtimeJsonContext");

    [Fact]
    public void CompilesCleanly() => Run.AssertCompilesCleanly();

    [Fact]
    public void ReportsNoGeneratorWarningOrError()
    {
        List<Diagnostic> problems = Run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void OpenApi30SpecCompilesCleanlyWithNoGeneratorWarning()
    {
        Run30.AssertCompilesCleanly();
        List<Diagnostic> problems = Run30.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains("internal partial class Profile", Run30.Types["Constructs.V30.Profile"], System.StringComparison.Ordinal);
    }

    [Fact]
    public void NameCollisionsAreReportedAsInformation()
    {
        List<string> collisions = Run.GeneratorDiagnostics
            .Where(d => d.Id == "OAIGEN010")
            .Select(d => d.Severity + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(m => m, System.StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            new[]
            {
                "Info: '#/components/schemas/Hostile/properties/type' maps to the C# name 'Type', which is already taken; it is named 'Type2'",
                "Info: '#/components/schemas/weird_name' maps to the C# name 'WeirdName', which is already taken; it is named 'WeirdName2'",
            },
            collisions);
    }

    [Fact]
    public void EveryConstructsSchemaIsGenerated()
    {
        string[] expected =
        {
            "Account", "Address", "Author", "Book", "Cat", "Choice", "ChoiceObject", "Class", "Color", "Constrained", "Contact", "Dog",
            "Employee", "Envelope", "Event", "EventStarted", "EventStartedDetail", "EventStopped", "Flavor", "FunctionCall", "FunctionTool",
            "Hostile", "Household", "Inventory", "InventoryOwnersValue", "LegacyAccount", "Limit", "LocalTool", "Measurements", "Message",
            "MessageAssistant", "MessageUser", "Metadata", "Nullables", "Part", "Payload", "Person", "Pet", "Scalar",
            "SearchTool", "Settings", "SettingsLevel", "Shape", "ShapeCircle", "ShapeSquare", "ShellTool", "Status", "StopSequences",
            "TagList", "TokenList", "Tool", "ToolMode", "ToolSelection", "ToolSelectionFunction", "TreeNode", "WeirdName", "WeirdName2",
        };

        Assert.Equal(new[] { "Constructs.Models.g.cs", "Constructs.RealtimeJsonContext.g.cs" }, Run.Sources.Keys.OrderBy(n => n, System.StringComparer.Ordinal));
        string[] generated = Run.Types.Keys
            .Select(k => k.Substring("Constructs.".Length))
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(expected, generated);
    }
}

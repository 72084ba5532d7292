using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Generation;

/// <summary>The bundled spec with the default schema set: what a user gets by adding the package.</summary>
public class BundledSpecGenerationTests
{
    private static readonly GeneratorRun Run = GeneratorHarness.Run(SpecInput.FromFile(TestPaths.BundledSpec));

    /// <summary>The schemas the foundation issue lists, and the inline types named <c>{Parent}{Property}</c> as the seeds name them.</summary>
    public static IEnumerable<object[]> ExpectedTypes => new[]
    {
        "RealtimeResponse", "RealtimeBetaResponse", "RealtimeSession", "RealtimeSessionCreateRequest", "RealtimeSessionCreateRequestGA",
        "RealtimeSessionCreateResponse", "RealtimeSessionCreateResponseGA", "RealtimeResponseCreateParams", "RealtimeBetaResponseCreateParams",
        "RealtimeTranscriptionSessionCreateRequest", "RealtimeTranscriptionSessionCreateRequestGA", "RealtimeTranscriptionSessionCreateResponse",
        "RealtimeTranscriptionSessionCreateResponseGA",
        "RealtimeConversationItem", "RealtimeConversationItemMessageUser", "RealtimeConversationItemMessageAssistant", "RealtimeConversationItemMessageSystem",
        "RealtimeConversationItemFunctionCall", "RealtimeConversationItemFunctionCallOutput", "RealtimeMCPToolCall", "RealtimeMCPListTools",
        "RealtimeMCPApprovalRequest", "RealtimeMCPApprovalResponse", "VoiceIdsShared", "Metadata", "RealtimeAudioFormats", "RealtimeTurnDetection",
        "NoiseReductionType", "RealtimeFunctionTool", "Prompt", "MCPTool", "ToolChoiceOptions",
        "RealtimeResponseStatusDetails", "RealtimeResponseUsage", "RealtimeResponseAudio", "RealtimeResponseAudioOutput", "RealtimeResponseMaxOutputTokens",
        "RealtimeResponseUsageInputTokenDetails", "RealtimeResponseUsageOutputTokenDetails", "RealtimeBetaResponseMaxOutputTokens",
        "RealtimeSessionInputAudioNoiseReduction", "RealtimeSessionTracing", "RealtimeSessionMaxResponseOutputTokens", "RealtimeResponseStatus",
        "RealtimeTurnDetectionServerVad", "RealtimeTurnDetectionSemanticVad", "RealtimeAudioFormatsAudioPcm", "RealtimeAudioFormatsAudioPcmu",
        "RealtimeAudioFormatsAudioPcma", "UnknownRealtimeConversationItem", "RealtimeJsonContext",
    }.Select(name => new object[] { name });

    [Fact]
    public void CompilesWithoutWarnings() => Run.AssertCompilesCleanly();

    /// <summary>
    /// The shipped header keeps the annotations and turns the nullable warnings (and so the flow analysis of every
    /// generated body) off, even in a project with <c>&lt;Nullable&gt;enable&lt;/Nullable&gt;</c> (the harness compiles
    /// with that option): a method that returns <c>null</c> as <c>string</c>, added to a generated class, warns only
    /// once the file says <c>#nullable enable</c>; the public API keeps its
    /// annotations (<c>string? Id</c>).
    /// </summary>
    [Fact]
    public void GeneratedFilesSkipNullableAnalysisInANullableEnabledProject()
    {
        Compilation output = Run.Output;
        Assert.Equal(NullableContextOptions.Enable, output.Options.NullableContextOptions);
        SyntaxTree tree = output.SyntaxTrees.Single(t => t.GetText().ToString().Contains("public partial class RealtimeResponse :"));
        string text = tree.GetText().ToString();
        int classEnd = text.IndexOf("\n}\n", text.IndexOf("public partial class RealtimeResponse"));
        string probed = text.Insert(classEnd, "\n    internal string __Probe() => null;");
        Compilation shipped = output.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(probed)));
        Compilation strict = output.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(GeneratorRun.WithNullableWarnings(probed))));

        Assert.DoesNotContain(shipped.GetDiagnostics(), d => d.Id.StartsWith("CS86"));
        Assert.Contains(strict.GetDiagnostics(), d => d.Id == "CS8603");
        IPropertySymbol id = shipped.GetTypeByMetadataName("OpenAI.Realtime.RealtimeResponse")!.GetMembers("Id").OfType<IPropertySymbol>().Single();
        Assert.Equal(NullableAnnotation.Annotated, id.Type.NullableAnnotation);
    }

    [Fact]
    public void ReportsNoGeneratorWarningsOrErrors()
    {
        var problems = Run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(ExpectedTypes))]
    public void GeneratesType(string name)
    {
        INamedTypeSymbol? type = Run.Output.GetTypeByMetadataName("OpenAI.Realtime." + name);
        Assert.NotNull(type);
        Assert.Equal(Accessibility.Public, type!.DeclaredAccessibility);
    }

    [Fact]
    public void GroupsTheTypesInNameOrderIntoModelFilesWithTheGeneratedHeader()
    {
        IReadOnlyDictionary<string, string> sources = Run.Sources;
        foreach (var (hint, source) in sources)
        {
            Assert.StartsWith("// <auto-generated/>", source);
            Assert.Contains("\n" + GeneratorRun.ShippedNullableContext, source.Replace("\r", ""));
            Assert.EndsWith(".g.cs", hint);
        }

        // Up to 64 types a file, in ordinal name order across the files, each type once.
        string[] modelFiles = sources.Keys.Where(k => k != "OpenAI.Realtime.RealtimeJsonContext.g.cs").OrderBy(k => k, StringComparer.Ordinal).ToArray();
        int typeCount = Run.Types.Count;
        Assert.Equal(Enumerable.Range(1, (typeCount + 63) / 64).Select(i => "OpenAI.Realtime.Models." + i.ToString("D2") + ".g.cs"), modelFiles);
        var namesInFileOrder = modelFiles.SelectMany(file => GeneratedTypes.NamesIn(sources[file])).ToList();
        Assert.Equal(Run.Types.Keys.Select(k => k.Substring("OpenAI.Realtime.".Length)).OrderBy(n => n, StringComparer.Ordinal), namesInFileOrder);
        Assert.All(modelFiles.Take(modelFiles.Length - 1), file => Assert.Equal(64, GeneratedTypes.NamesIn(sources[file]).Count));
        Assert.Contains("// RealtimeResponse, from #/components/schemas/RealtimeResponse\n", Run.Types["OpenAI.Realtime.RealtimeResponse"]);
    }

    [Fact]
    public void RealtimeResponseHasTheGaShapeWithWireNames()
    {
        INamedTypeSymbol response = Run.Output.GetTypeByMetadataName("OpenAI.Realtime.RealtimeResponse")!;
        var wireNames = response.GetMembers().OfType<IPropertySymbol>()
            .Select(p => p.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "JsonPropertyNameAttribute")?.ConstructorArguments[0].Value as string)
            .Where(n => n is not null)
            .ToList();
        Assert.Equal(
            new[] { "id", "object", "status", "status_details", "output", "metadata", "audio", "usage", "conversation_id", "output_modalities", "max_output_tokens" },
            wireNames);
        Assert.Equal("OpenAI.Realtime.RealtimeResponseMaxOutputTokens?", ((IPropertySymbol)response.GetMembers("MaxOutputTokens").Single()).Type.ToDisplayString());
        Assert.Equal("System.Collections.Generic.IList<OpenAI.Realtime.RealtimeConversationItem>?", ((IPropertySymbol)response.GetMembers("Output").Single()).Type.ToDisplayString());
    }

    [Fact]
    public void ConversationItemsImplementTheUnionInterface()
    {
        INamedTypeSymbol item = Run.Output.GetTypeByMetadataName("OpenAI.Realtime.RealtimeConversationItem")!;
        Assert.Equal(TypeKind.Interface, item.TypeKind);
        foreach (string caseName in new[] { "RealtimeConversationItemMessageUser", "RealtimeConversationItemFunctionCall", "RealtimeMCPToolCall", "UnknownRealtimeConversationItem" })
        {
            INamedTypeSymbol type = Run.Output.GetTypeByMetadataName("OpenAI.Realtime." + caseName)!;
            Assert.Contains(type.AllInterfaces, i => SymbolEqualityComparer.Default.Equals(i, item));
        }
    }

    [Fact]
    public void SharedToolClassIsACaseOfEveryToolUnion()
    {
        INamedTypeSymbol tool = Run.Output.GetTypeByMetadataName("OpenAI.Realtime.RealtimeFunctionTool")!;
        var unions = tool.AllInterfaces.Select(i => i.Name).Where(n => n.EndsWith("ToolsItem")).OrderBy(n => n).ToList();
        Assert.Equal(new[] { "RealtimeResponseCreateParamsToolsItem", "RealtimeSessionCreateRequestGAToolsItem", "RealtimeSessionCreateResponseGAToolsItem" }, unions);
    }
}

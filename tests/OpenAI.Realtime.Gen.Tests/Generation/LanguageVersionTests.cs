using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Generation;

/// <summary>
/// The generated code follows the project's C# version: file-scoped namespaces from C# 10 (one indentation level less in
/// every file), namespaces in braces for C# 8 and 9 (netstandard2.0 projects that raise LangVersion that far), and both
/// compile cleanly.
/// </summary>
public class LanguageVersionTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: { title: t, version: "1" }
        paths: {}
        components:
          schemas:
            Note:
              type: object
              required: [kind]
              properties:
                kind: { type: string, enum: [memo, todo] }
                body: { type: string }
                tags: { type: array, items: { type: string } }
        """;

    private static GeneratorRun Run(CSharpParseOptions parseOptions)
        => GeneratorHarness.Run(
            new[] { new SpecInput("/spec/notes.yaml", Spec, new Dictionary<string, string> { ["OpenAIRealtimeRoots"] = "*", ["OpenAIRealtimeNamespace"] = "Notes" }) },
            parseOptions: parseOptions);

    [Theory]
    [InlineData(LanguageVersion.CSharp8, false)]
    [InlineData(LanguageVersion.CSharp9, false)]
    [InlineData(LanguageVersion.CSharp10, true)]
    [InlineData(LanguageVersion.CSharp12, true)]
    public void NamespacesFollowTheLanguageVersion(LanguageVersion version, bool fileScoped)
    {
        GeneratorRun run = Run(new CSharpParseOptions(version));
        run.AssertCompilesCleanly();
        Assert.NotEmpty(run.Sources);
        foreach (string source in run.Sources.Values)
        {
            Assert.Equal(fileScoped, source.Contains("\nnamespace Notes;\n"));
            Assert.Equal(!fileScoped, source.Contains("\nnamespace Notes\n{\n"));
        }
    }

    [Fact]
    public void TheDocumentationCompilesCleanlyWhenAProjectGeneratesItsDocumentationFile()
    {
        // What GenerateDocumentationFile turns on: every cref must resolve, every visible member needs a comment.
        GeneratorRun run = Run(new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose));
        run.AssertCompilesCleanly();
    }
}

using System;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using OpenAI.Realtime.Gen.Reading;

namespace OpenAI.Realtime.Gen.Tests.Reading;

/// <summary>Reads the official OpenAI specs kept beside the repository, in <c>shared/specs</c>.</summary>
public class OfficialSpecTests
{
    [Theory]
    [InlineData("openai-2025-04-29.yaml")]
    [InlineData("openai-2026-05-13.yaml")]
    public void OfficialSpecIsReadWithoutProblems(string fileName)
    {
        string text = File.ReadAllText(Path.Combine(FindSpecsFolder(), fileName));
        SpecTextReadResult result = SpecTextReader.Read(text, SpecTextLimits.Default, CancellationToken.None);

        Assert.True(result.Problems.Count == 0, "Unexpected problems: " + string.Join("; ", result.Problems));
        JsonObject root = Assert.IsType<JsonObject>(result.Root);
        Assert.StartsWith("3.", root["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        JsonObject schemas = root["components"]!["schemas"]!.AsObject();
        Assert.True(schemas.Count > 400);

        // Every schema's key span names that schema, and Locate finds it.
        foreach (var (name, _) in schemas)
        {
            Assert.True(result.Map.TryGetKeySpan(schemas, name, out SourceSpan key));
            Assert.Equal(name, text.Substring(key.Start, key.Length).Trim('\'', '"'));
        }

        SourceSpan paths = result.Map.Locate(root, "/paths");
        Assert.Equal("/", text.Substring(paths.Start, 1));

        // The JSON path reads the same tree back from its JSON form.
        SpecTextReadResult viaJson = SpecTextReader.Read(root.ToJsonString(), SpecTextLimits.Default, CancellationToken.None);
        Assert.Empty(viaJson.Problems);
        Assert.True(JsonNode.DeepEquals(root, viaJson.Root));
    }

    /// <summary>Walks up from the test binaries to the folder that holds both the repository and <c>shared/specs</c>.</summary>
    private static string FindSpecsFolder()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "shared", "specs");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail("The official specs folder 'shared/specs' is missing: it must sit beside the repository (looked upwards from "
            + AppContext.BaseDirectory + ").");
        return string.Empty;
    }
}

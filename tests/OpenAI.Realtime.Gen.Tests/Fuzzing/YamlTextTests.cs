using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using OpenAI.Realtime.Gen.Reading;
using OpenAI.Realtime.Gen.Tests.Diagnostics;

namespace OpenAI.Realtime.Gen.Tests.Fuzzing;

/// <summary>The test-side YAML writer gives text the generator's reader turns back into the same tree.</summary>
public class YamlTextTests
{
    [Fact]
    public void TheHostileDocumentReadsBackUnchanged()
    {
        JsonObject document = HostileSpec.Document();
        AssertRoundTrips(document);
    }

    [Fact]
    public void TheRealtimeExtractReadsBackUnchanged()
    {
        FuzzBase extract = FuzzBases.Default.Single(b => b.Format == "yaml" && b.Name != "bundled");
        AssertRoundTrips(extract.CloneTree());
    }

    [Fact]
    public void AwkwardScalarsReadBackUnchanged()
    {
        var document = new JsonObject
        {
            ["plain"] = "word",
            ["reserved"] = new JsonArray("true", "null", "yes", "No", "~", "1.5", "0x1F", ".inf", "-", "? x", "a: b", "a #b", "#c", "'q'", "\"dq\"", "[x]", "{y}", "&a", "*a", "!t", "|", ">", "%", "@", "`"),
            ["multi"] = new JsonArray("line one\nline two", "ends with newline\n", "two trailing\n\n", " leading space\nx", "trailing space \nx", "\ttab\nx", "\n", ""),
            ["numbers"] = new JsonArray(0, -1, 1.5, 1e300, long.MaxValue, 0.1m, true, false, null),
            ["keys"] = new JsonObject { ["$ref"] = "#/a", ["a b"] = 1, ["true"] = 2, ["1"] = 3, [""] = 4, ["é"] = 5, ["a:b"] = 6 },
            ["empty"] = new JsonObject { ["o"] = new JsonObject(), ["a"] = new JsonArray() },
            ["nested"] = new JsonArray(new JsonArray(1, new JsonArray()), new JsonObject { ["x"] = new JsonArray(new JsonObject { ["y"] = "z" }) }),
            ["unicode"] = "\u202E\u2028\u2029\u0085\uFEFF\u200D\U0001F600\0\u0001",
        };
        AssertRoundTrips(document);
    }

    private static void AssertRoundTrips(JsonNode document)
    {
        string yaml = YamlText.Write(document);
        SpecTextReadResult read = SpecTextReader.Read(yaml, SpecTextLimits.Default, CancellationToken.None);
        Assert.True(read.Problems.Count == 0, string.Join("\n", read.Problems.Select(p => p.Message + " " + p.Span)) + "\n" + yaml);
        Assert.True(JsonNode.DeepEquals(document, read.Root), "expected: " + document.ToJsonString() + "\nread:     " + read.Root?.ToJsonString() + "\nyaml:\n" + yaml);
    }
}

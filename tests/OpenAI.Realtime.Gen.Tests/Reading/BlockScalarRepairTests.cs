using System.Text.Json.Nodes;
using OpenAI.Realtime.Gen.Reading;
using static OpenAI.Realtime.Gen.Tests.Reading.ReadingAssert;

namespace OpenAI.Realtime.Gen.Tests.Reading;

/// <summary>
/// YamlDotNet 16.3.0 rejects valid block scalars whose leading lines hold only spaces. Expected values are PyYAML's
/// (<c>yaml.safe_load</c>), which follows the YAML spec here.
/// </summary>
public class BlockScalarRepairTests
{
    private static readonly string Spaces = new(' ', 20);

    [Theory]
    [InlineData("|+", "\n")]
    [InlineData("|", "")]
    [InlineData("|-", "")]
    [InlineData(">+", "\n")]
    [InlineData(">", "")]
    public void BlockWithOnlyASpaceLineIsRead(string header, string expected)
    {
        string text = "a:\n  example: " + header + "\n" + Spaces + "\n  nullable: true\n";
        JsonNode root = ReadClean(text);
        Assert.Equal("String:" + expected, Describe(root["a"]!["example"]));
        Assert.Equal("Boolean:True", Describe(root["a"]!["nullable"]));
    }

    [Theory]
    [InlineData("a: |\n  \n  text\n", """{"a":"\ntext\n"}""")]
    [InlineData("a: |+\n     \n   \n", """{"a":"\n\n"}""")]
    [InlineData("a: |+  # c\n      \nb: 1\n", """{"a":"\n","b":1}""")]
    [InlineData("- a: |\n     \n  b: 1\n", """[{"a":"","b":1}]""")]
    [InlineData("- |+\n     \n- x\n", """["\n","x"]""")]
    public void OtherSpaceOnlyLeadingLinesAreRead(string text, string expectedJson)
    {
        JsonNode root = ReadClean(text);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedJson), root), root.ToJsonString());
    }

    [Fact]
    public void SeveralBlocksAreRepairedAndPositionsStayInTheOriginalText()
    {
        string text = "a: |+\r\n" + Spaces + "\r\nb: >+ # note\r\n" + Spaces + "\r\n\r\n   \r\nc: 1\r\nd: [x]\r\n";
        SpecTextReadResult result = Read(text);
        Assert.Empty(result.Problems);
        JsonNode root = result.Root!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"a":"\n","b":"\n\n\n","c":1,"d":["x"]}"""), root), root.ToJsonString());

        Assert.True(result.Map.TryGetKeySpan(root.AsObject(), "c", out SourceSpan key));
        SpanIs(key, text, "c");
        Assert.True(result.Map.TryGetSpan(root["d"]![0]!, out SourceSpan x));
        SpanIs(x, text, "x");
        Assert.True(result.Map.TryGetSpan(root["b"]!, out SourceSpan block));
        SpanIs(block, text, ">+ # note");
    }

    [Fact]
    public void LeadingSpacesBeyondTheFirstContentLineAreAnError()
    {
        const string text = "a: |\n        \n  text\n";
        SpecTextProblem problem = ReadFatal(text, SpecProblemKind.Syntax);
        Assert.Contains("found extra spaces in first line", problem.Message, System.StringComparison.Ordinal);
        Assert.Equal((2, 0, text.IndexOf("  text", System.StringComparison.Ordinal)), (problem.Span.StartLine, problem.Span.StartColumn, problem.Span.Start));
    }

    [Fact]
    public void ErrorOffsetsAgreeWithTheirLineAndColumn()
    {
        // Spaces beyond the first content line, behind a key in a sequence and a comment: not repaired.
        string text = "x:\r\n  - a: |+ # c\r\n" + Spaces + "\r\n      b\r\n";
        SpecTextProblem problem = ReadFatal(text, SpecProblemKind.Syntax);
        Assert.Equal(LineOf(text, problem.Span.Start), problem.Span.StartLine);
        Assert.Equal(ColumnOf(text, problem.Span.Start), problem.Span.StartColumn);
        Assert.Equal(3, problem.Span.StartLine);
    }

    [Fact]
    public void FoldedLeadingSpacesBeyondTheFirstContentLineAreAnError()
    {
        SpecTextProblem problem = ReadFatal("a: >\n    \n  text\n", SpecProblemKind.Syntax);
        Assert.Contains("found more spaces in lines above first content line", problem.Message, System.StringComparison.Ordinal);
    }
}

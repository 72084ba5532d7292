using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using OpenAI.Realtime.Gen.Reading;
using static OpenAI.Realtime.Gen.Tests.Reading.ReadingAssert;

namespace OpenAI.Realtime.Gen.Tests.Reading;

public class JsonTreeBuilderTests
{
    private const string Document = """
        {
          "openapi": "3.1.0",
          "info": {"title": "T\u00e9st \"q\" \\ \n", "version": "1"},
          "numbers": [0, -1, 42, 9223372036854775807, 9223372036854775808, 1.5, 1.0, 1e3, -2.5E-3, 12345678901234567890123456789, 1234567890123456789012345678901234567890],
          "flags": [true, false, null],
          "nested": {"a": {"b": [[], {}, [{"c": "d"}]]}},
          "unicode": "é😀",
          "empty": ""
        }
        """;

    private const string SameDocumentAsBlockYaml = """
        openapi: "3.1.0"
        info:
          title: "Tést \"q\" \\ \n"
          version: '1'
        numbers:
          - 0
          - -1
          - 42
          - 9223372036854775807
          - 9223372036854775808
          - 1.5
          - 1.0
          - 1e3
          - -2.5E-3
          - 12345678901234567890123456789
          - 1234567890123456789012345678901234567890
        flags: [true, false, ~]
        nested:
          a:
            b:
              - []
              - {}
              - - c: d
        unicode: é😀
        empty: ''
        """;

    [Fact]
    public void JsonAndYamlGiveTheSameTree()
    {
        JsonNode json = ReadClean(Document);
        JsonNode yaml = ReadClean(SameDocumentAsBlockYaml);
        Assert.True(JsonNode.DeepEquals(json, yaml), json.ToJsonString() + "\n" + yaml.ToJsonString());

        // JSON is YAML too: the YAML path must agree on the JSON text itself.
        SpecTextReadResult viaYaml = YamlTreeBuilder.Read(Document, SpecTextLimits.Default, null, CancellationToken.None);
        Assert.Empty(viaYaml.Problems);
        Assert.True(JsonNode.DeepEquals(json, viaYaml.Root));
    }

    [Fact]
    public void NumbersAreTypedLikeYamlPlainScalars()
    {
        JsonNode numbers = ReadClean(Document)["numbers"]!;
        string[] expected =
        [
            "Int64:0", "Int64:-1", "Int64:42", "Int64:9223372036854775807", "Decimal:9223372036854775808",
            "Double:1.5", "Double:1", "Double:1000", "Double:-0.0025", "Decimal:12345678901234567890123456789",
            "String:1234567890123456789012345678901234567890",
        ];
        Assert.Equal(expected, numbers.AsArray().Select(Describe));
        Assert.Equal("String:1e400", Describe(ReadClean("[1e400]")[0]));
    }

    [Fact]
    public void SpansOfJsonTokens()
    {
        const string text = "{\n  \"k\\u0041y\": \"v\\\"al\",\n  \"n\": [1.5, true, null, {\"é\": \"😀\"}]\n}";
        SpecTextReadResult result = Read(text);
        JsonObject root = result.Root!.AsObject();
        Assert.True(result.Map.TryGetKeySpan(root, "kAy", out SourceSpan key));
        SpanIs(key, text, "\"k\\u0041y\"");
        Assert.True(result.Map.TryGetSpan(root["kAy"]!, out SourceSpan value));
        SpanIs(value, text, "\"v\\\"al\"");
        Assert.True(result.Map.TryGetSpan(root["n"]!, out SourceSpan list));
        SpanIs(list, text, "[1.5, true, null, {\"é\": \"😀\"}]");
        Assert.True(result.Map.TryGetSpan(root["n"]![1]!, out SourceSpan boolean));
        SpanIs(boolean, text, "true");
        Assert.True(result.Map.TryGetSpan(root["n"]![3]!["é"]!, out SourceSpan emoji));
        SpanIs(emoji, text, "\"😀\"");
        Assert.True(result.Map.TryGetSpan(root, out SourceSpan whole));
        Assert.Equal((0, text.Length, 0, 0, 3, 1), (whole.Start, whole.End, whole.StartLine, whole.StartColumn, whole.EndLine, whole.EndColumn));
    }

    [Fact]
    public void CrLfAndByteOrderMark()
    {
        const string text = "\uFEFF{\r\n  \"a\": [\r\n    \"é\", 12\r\n  ]\r\n}\r\n";
        SpecTextReadResult result = Read(text);
        Assert.Empty(result.Problems);
        Assert.True(result.Map.TryGetSpan(result.Root!["a"]![1]!, out SourceSpan twelve));
        SpanIs(twelve, text, "12");
        Assert.True(result.Map.TryGetSpan(result.Root!, out SourceSpan root));
        Assert.Equal((1, 0, 1), (root.Start, root.StartLine, root.StartColumn));
    }

    [Fact]
    public void CommentsAreSkipped() =>
        Assert.Equal("""{"a":1}""", ReadClean("{ // c\n \"a\": /* d */ 1 }").ToJsonString());

    [Fact]
    public void SyntaxErrorHasExactPosition()
    {
        SpecTextProblem trailingComma = ReadFatal("{\n  \"a\": 1,\n}", SpecProblemKind.Syntax);
        Assert.Equal((2, 0, 12), (trailingComma.Span.StartLine, trailingComma.Span.StartColumn, trailingComma.Span.Start));
        Assert.DoesNotContain("LineNumber", trailingComma.Message, System.StringComparison.Ordinal);

        SpecTextProblem badValue = ReadFatal("{\"é\": x}", SpecProblemKind.Syntax);
        Assert.Equal((0, 6, 6), (badValue.Span.StartLine, badValue.Span.StartColumn, badValue.Span.Start));

        SpecTextProblem unclosed = ReadFatal("[1, 2", SpecProblemKind.Syntax);
        Assert.Equal(0, unclosed.Span.StartLine);
    }

    [Fact]
    public void DuplicateKeyWarnsAndTheLaterValueWins()
    {
        const string text = """{"a": 1, "b": {"c": 2}, "a": [3]}""";
        SpecTextReadResult result = Read(text);
        SpecTextProblem problem = Assert.Single(result.Problems);
        Assert.Equal(SpecProblemKind.DuplicateKey, problem.Kind);
        SpanIs(problem.Span, text, "\"a\"", occurrence: 1);
        Assert.Equal("""{"a":[3],"b":{"c":2}}""", result.Root!.ToJsonString());
    }

    [Fact]
    public void DeepNestingIsRefusedWithoutCrashing()
    {
        ReadFatal(new string('[', 100_000), SpecProblemKind.LimitExceeded);
        ReadFatal(string.Concat(Enumerable.Repeat("{\"a\":", 100_000)), SpecProblemKind.LimitExceeded);
        var limits = new SpecTextLimits(MaxDepth: 3);
        Assert.NotNull(Read("[[[1]]]", limits).Root);
        ReadFatal("[[[[1]]]]", SpecProblemKind.LimitExceeded, limits);
    }

    [Fact]
    public void NodeAndStringLimits()
    {
        ReadFatal("[1, 2, 3, 4, 5]", SpecProblemKind.LimitExceeded, new SpecTextLimits(MaxNodes: 5));
        ReadFatal("""{"abcdef": 1}""", SpecProblemKind.LimitExceeded, new SpecTextLimits(MaxScalarLength: 5));
    }

    [Fact]
    public void UnexpectedExceptionsBecomeProblems()
    {
        // A negative depth limit makes the JSON reader's options throw; Read must still not throw.
        SpecTextProblem problem = ReadFatal("[1]", SpecProblemKind.Syntax, new SpecTextLimits(MaxDepth: -5));
        Assert.Contains("ArgumentOutOfRangeException", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void CancellationIsObserved()
    {
        var text = new StringBuilder("[");
        for (int i = 0; i < 5000; i++)
        {
            text.Append(i).Append(',');
        }

        text.Append("0]");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.Throws<System.OperationCanceledException>(
            () => SpecTextReader.Read(text.ToString(), SpecTextLimits.Default, cancellation.Token));
    }
}

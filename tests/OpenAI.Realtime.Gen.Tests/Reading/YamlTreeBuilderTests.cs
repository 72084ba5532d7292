using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using OpenAI.Realtime.Gen.Reading;
using static OpenAI.Realtime.Gen.Tests.Reading.ReadingAssert;

namespace OpenAI.Realtime.Gen.Tests.Reading;

public class YamlTreeBuilderTests
{
    [Fact]
    public void NestedBlockMappingsAndSequences()
    {
        JsonNode root = ReadClean("""
            openapi: 3.1.0
            info:
              title: API
              version: 2
            tags:
              - name: a
                x: [1, 2]
              - - nested
                - 1.5
              -
            empty: {}
            none: []
            """);
        JsonNode expected = JsonNode.Parse("""
            {"openapi":"3.1.0","info":{"title":"API","version":2},
             "tags":[{"name":"a","x":[1,2]},["nested",1.5],null],"empty":{},"none":[]}
            """)!;
        Assert.True(JsonNode.DeepEquals(expected, root), root.ToJsonString());
    }

    [Fact]
    public void FlowStyle()
    {
        // Text starting with '{' or '[' takes the JSON path, so the flow mapping is not the first thing here.
        JsonNode root = ReadClean("r: {a: [1, {b: c, 'd': \"e\"}, [], {}], f: null, g: [x, y: z]}");
        JsonNode expected = JsonNode.Parse("""{"r":{"a":[1,{"b":"c","d":"e"},[],{}],"f":null,"g":["x",{"y":"z"}]}}""")!;
        Assert.True(JsonNode.DeepEquals(expected, root), root.ToJsonString());
    }

    [Fact]
    public void EmptyTextHasNoRootAndNoProblem()
    {
        foreach (string text in new[] { "", "   \n", "# only a comment\n", "\uFEFF" })
        {
            SpecTextReadResult result = Read(text);
            Assert.Null(result.Root);
            Assert.Empty(result.Problems);
        }
    }

    [Fact]
    public void RootScalar() => Assert.Equal("String:hello", Describe(ReadClean("hello\n")));

    [Fact]
    public void AliasesCopyTheAnchoredNode()
    {
        JsonObject root = ReadClean("""
            base: &b
              x: 1
              list: [a, &s scalar]
            copy: *b
            merged:
              <<: *b
              y: 2
            again: *s
            """).AsObject();
        Assert.True(JsonNode.DeepEquals(root["base"], root["copy"]));
        Assert.NotSame(root["base"], root["copy"]);
        Assert.NotSame(root["base"]!["list"], root["copy"]!["list"]);
        Assert.True(JsonNode.DeepEquals(root["base"], root["merged"]!["<<"]));
        Assert.Equal("String:scalar", Describe(root["again"]));

        // The copy is independent of the original.
        root["copy"]!["x"] = 5;
        Assert.Equal("Int64:1", Describe(root["base"]!["x"]));
    }

    [Fact]
    public void AliasOfAScalarCanBeAKey()
    {
        JsonNode root = ReadClean("""
            names:
              - &k name
            map:
              *k : 1
            """);
        Assert.Equal("Int64:1", Describe(root["map"]!["name"]));
    }

    [Fact]
    public void AnchoredKeyCanBeReusedAsValue()
    {
        JsonNode root = ReadClean("&k 200: ok\nother: *k\n");
        Assert.Equal("Int64:200", Describe(root["other"]));
        Assert.Equal("String:ok", Describe(root["200"]));
    }

    [Fact]
    public void UndefinedAliasIsASyntaxProblem()
    {
        const string text = "a: 1\nb: *nope\n";
        SpecTextProblem problem = ReadFatal(text, SpecProblemKind.Syntax);
        Assert.Contains("nope", problem.Message, System.StringComparison.Ordinal);
        SpanIs(problem.Span, text, "*nope");
    }

    [Fact]
    public void BillionLaughsIsRefusedFast()
    {
        var text = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++)
        {
            char previous = (char)(level - 1);
            text.Append(level).Append(": &").Append(level).Append(" [");
            text.Append(string.Join(",", Enumerable.Repeat("*" + previous, 10)));
            text.Append("]\n");
        }

        Stopwatch watch = Stopwatch.StartNew();
        SpecTextProblem problem = ReadFatal(text.ToString(), SpecProblemKind.LimitExceeded);
        watch.Stop();
        Assert.Contains("Alias expansion", problem.Message, System.StringComparison.Ordinal);
        Assert.True(watch.ElapsedMilliseconds < 1000, "took " + watch.ElapsedMilliseconds + " ms");
    }

    [Fact]
    public void AliasExpansionWithinTheLimitIsAllowed()
    {
        JsonNode root = ReadClean("a: &a [1, 2, 3]\nb: [*a, *a, *a]\n");
        Assert.Equal("[[1,2,3],[1,2,3],[1,2,3]]", root["b"]!.ToJsonString());
        var limits = new SpecTextLimits(MaxAliasNodes: 8);
        ReadFatal("a: &a [1, 2, 3]\nb: [*a, *a, *a]\n", SpecProblemKind.LimitExceeded, limits);
    }

    [Fact]
    public void AliasCopiesCountTowardsDepth()
    {
        var limits = new SpecTextLimits(MaxDepth: 4);
        Assert.NotNull(Read("a: &a [[1]]\nb: [*a]\n", limits).Root);
        SpecTextProblem problem = ReadFatal("a: &a [[[1]]]\nb: [*a]\n", SpecProblemKind.LimitExceeded, limits);
        Assert.Contains("deeper", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void DeepFlowNestingIsRefusedWithoutCrashing()
    {
        SpecTextProblem problem = ReadFatal("a: " + new string('[', 100_000), SpecProblemKind.LimitExceeded);
        Assert.Contains("128", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void DeepBlockNestingIsRefusedWithoutCrashing()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 100_000; i++)
        {
            text.Append("- ");
        }

        text.Append("x\n");
        ReadFatal(text.ToString(), SpecProblemKind.LimitExceeded);
    }

    [Fact]
    public void DepthLimitIsExact()
    {
        var limits = new SpecTextLimits(MaxDepth: 3);
        Assert.NotNull(Read("a: {b: [1]}", limits).Root);
        ReadFatal("a: {b: [[1]]}", SpecProblemKind.LimitExceeded, limits);
    }

    [Fact]
    public void NodeAndScalarLimits()
    {
        var nodes = new SpecTextLimits(MaxNodes: 5);
        Assert.NotNull(Read("a: [1, 2, 3]", nodes).Root);
        ReadFatal("a: [1, 2, 3, 4]", SpecProblemKind.LimitExceeded, nodes);

        var scalars = new SpecTextLimits(MaxScalarLength: 5);
        Assert.NotNull(Read("a: 12345", scalars).Root);
        ReadFatal("a: 123456", SpecProblemKind.LimitExceeded, scalars);
        ReadFatal("abcdef: 1", SpecProblemKind.LimitExceeded, scalars);
    }

    [Fact]
    public void DuplicateKeyWarnsAndTheLaterValueWins()
    {
        const string text = "a: 1\nb: 2\na: 3\n";
        SpecTextReadResult result = Read(text);
        Assert.NotNull(result.Root);
        SpecTextProblem problem = Assert.Single(result.Problems);
        Assert.Equal(SpecProblemKind.DuplicateKey, problem.Kind);
        SpanIs(problem.Span, text, "a", occurrence: 1);
        Assert.Equal("""{"a":3,"b":2}""", result.Root!.ToJsonString());
        Assert.True(result.Map.TryGetKeySpan(result.Root.AsObject(), "a", out SourceSpan keySpan));
        Assert.Equal(problem.Span, keySpan);
    }

    [Fact]
    public void ComplexKeysAreUnsupported()
    {
        ReadFatal("? [1, 2]\n: x\n", SpecProblemKind.Unsupported);
        ReadFatal("? {a: 1}\n: x\n", SpecProblemKind.Unsupported);
        ReadFatal("seq: &s [1]\nmap:\n  *s : x\n", SpecProblemKind.Unsupported);
    }

    [Fact]
    public void SecondDocumentIsUnsupported()
    {
        const string text = "a: 1\n---\nb: 2\n";
        SpecTextProblem problem = ReadFatal(text, SpecProblemKind.Unsupported);
        Assert.Equal(1, problem.Span.StartLine);
        Assert.Equal(0, problem.Span.StartColumn);

        // An explicit start and end of a single document are fine.
        Assert.Equal("""{"a":1}""", ReadClean("---\na: 1\n...\n").ToJsonString());
    }

    [Fact]
    public void SyntaxErrorHasExactPosition()
    {
        SpecTextProblem problem = ReadFatal("a: [1, 2\n", SpecProblemKind.Syntax);
        Assert.Contains("did not find expected ',' or ']'", problem.Message, System.StringComparison.Ordinal);
        Assert.Equal((9, 1, 0), (problem.Span.Start, problem.Span.StartLine, problem.Span.StartColumn));

        SpecTextProblem indent = ReadFatal("a:\n  b: 1\n c: 2\n", SpecProblemKind.Syntax);
        Assert.Equal((2, 1), (indent.Span.StartLine, indent.Span.StartColumn));
    }

    [Fact]
    public void CrLfLineEndings()
    {
        const string text = "a: 1\r\nb:\r\n  c: xyz\r\n  d: |\r\n    line1\r\n    line2\r\n";
        SpecTextReadResult result = Read(text);
        Assert.Empty(result.Problems);
        JsonNode root = result.Root!;
        Assert.Equal("String:line1\nline2\n", Describe(root["b"]!["d"]));
        Assert.True(result.Map.TryGetSpan(root["b"]!["c"]!, out SourceSpan span));
        SpanIs(span, text, "xyz");
        Assert.True(result.Map.TryGetSpan(root["b"]!["d"]!, out SourceSpan block));
        SpanIs(block, text, "|\r\n    line1\r\n    line2");
    }

    [Fact]
    public void NonAsciiPositions()
    {
        const string text = "é: \"ü\"\nb: 😀x\nc: [ä, 😀😀, z]\n";
        SpecTextReadResult result = Read(text);
        JsonNode root = result.Root!;
        Assert.Equal("String:😀x", Describe(root["b"]));
        Assert.True(result.Map.TryGetSpan(root["b"]!, out SourceSpan span));
        SpanIs(span, text, "😀x");
        Assert.True(result.Map.TryGetSpan(root["c"]![2]!, out SourceSpan z));
        SpanIs(z, text, "z");
        Assert.True(result.Map.TryGetKeySpan(root.AsObject(), "é", out SourceSpan key));
        SpanIs(key, text, "é");
    }

    [Fact]
    public void ByteOrderMarkIsSkipped()
    {
        const string text = "\uFEFFab: 1\ncd: [2]\n";
        SpecTextReadResult result = Read(text);
        Assert.Empty(result.Problems);
        JsonObject root = result.Root!.AsObject();
        Assert.Equal(new[] { "ab", "cd" }, root.Select(p => p.Key));
        Assert.True(result.Map.TryGetKeySpan(root, "ab", out SourceSpan key));
        Assert.Equal((1, 3, 0, 1, 0, 3), (key.Start, key.End, key.StartLine, key.StartColumn, key.EndLine, key.EndColumn));
        Assert.True(result.Map.TryGetSpan(root["cd"]!, out SourceSpan list));
        SpanIs(list, text, "[2]");
    }

    [Fact]
    public void CancellationIsObserved()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            text.Append("k").Append(i).Append(": v\n");
        }

        using var cancellation = new System.Threading.CancellationTokenSource();
        cancellation.Cancel();
        Assert.Throws<System.OperationCanceledException>(
            () => SpecTextReader.Read(text.ToString(), SpecTextLimits.Default, cancellation.Token));
    }
}

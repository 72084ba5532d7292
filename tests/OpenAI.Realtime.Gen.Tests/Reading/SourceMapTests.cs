using System.Text.Json.Nodes;
using OpenAI.Realtime.Gen.Reading;
using static OpenAI.Realtime.Gen.Tests.Reading.ReadingAssert;

namespace OpenAI.Realtime.Gen.Tests.Reading;

public class SourceMapTests
{
    private const string Text = """
        openapi: 3.1.0
        paths:
          /users/{id}:
            get:
              summary: Get
              tags: [a, b]
        components:
          schemas:
            Foo:
              description: |
                Multi
                line

              properties:
                bar:
                  type: string
                  nullable:
                odd~name: {x: 1}
        """;

    private static SpecTextReadResult ReadText(string text)
    {
        SpecTextReadResult result = Read(text);
        Assert.Empty(result.Problems);
        return result;
    }

    [Fact]
    public void SpansOfScalarsAndContainers()
    {
        SpecTextReadResult result = ReadText(Text);
        const string text = Text;
        JsonNode root = result.Root!;
        JsonNode foo = root["components"]!["schemas"]!["Foo"]!;

        Assert.True(result.Map.TryGetSpan(root["openapi"]!, out SourceSpan version));
        SpanIs(version, text, "3.1.0");
        Assert.True(result.Map.TryGetSpan(root["paths"]!["/users/{id}"]!["get"]!["tags"]!, out SourceSpan flow));
        SpanIs(flow, text, "[a, b]");
        Assert.True(result.Map.TryGetSpan(foo["description"]!, out SourceSpan block));
        SpanIs(block, text, "|\n        Multi\n        line");
        Assert.True(result.Map.TryGetSpan(root["paths"]!["/users/{id}"]!["get"]!, out SourceSpan mapping));
        SpanIs(mapping, text, "summary: Get\n      tags: [a, b]");
        Assert.True(result.Map.TryGetSpan(foo["properties"]!["bar"]!, out SourceSpan bar));
        SpanIs(bar, text, "type: string\n          nullable");
        Assert.True(result.Map.TryGetSpan(root, out SourceSpan whole));
        Assert.Equal(0, whole.Start);
        Assert.Equal(text.Length, whole.End);
        Assert.False(result.Map.TryGetSpan(new JsonObject(), out _));
    }

    [Fact]
    public void KeySpans()
    {
        SpecTextReadResult result = ReadText(Text);
        const string text = Text;
        JsonObject paths = result.Root!["paths"]!.AsObject();
        Assert.True(result.Map.TryGetKeySpan(paths, "/users/{id}", out SourceSpan key));
        SpanIs(key, text, "/users/{id}");
        Assert.False(result.Map.TryGetKeySpan(paths, "missing", out _));
    }

    [Theory]
    [InlineData("", "openapi")] // root: the whole document starts at its first key
    [InlineData("#", "openapi")]
    [InlineData("/openapi", "openapi")] // scalar member: its key
    [InlineData("/paths/~1users~1{id}/get/summary", "summary")]
    [InlineData("/paths/~1users~1{id}/get/tags/1", "b")] // array item: the item itself
    [InlineData("/paths/~1users~1{id}/get/tags/7", "[a, b]")] // index out of range: the array
    [InlineData("/paths/~1users~1{id}/get/tags/x", "[a, b]")]
    [InlineData("/paths/~1users~1{id}/get/tags/01", "[a, b]")]
    [InlineData("/components/schemas/Foo/properties/bar/nullable", "nullable")] // null member: its key
    [InlineData("/components/schemas/Foo/properties/bar/nullable/deeper", "nullable")]
    [InlineData("/components/schemas/Foo/properties/odd~0name", "{x: 1}")] // container member: its value
    [InlineData("/components/schemas/Foo/properties/odd~0name/x", "x")]
    [InlineData("/components/schemas/Foo/properties/bar/type/more/steps", "type")]
    [InlineData("#/components/schemas/Foo/missing/tail", "description")] // deepest existing: Foo, which starts there
    [InlineData("not a pointer", "openapi")]
    public void LocateFollowsJsonPointers(string pointer, string expectedStart)
    {
        const string text = Text;
        SpecTextReadResult result = ReadText(text);
        SourceSpan span = result.Map.Locate(result.Root, pointer);
        Assert.Equal(expectedStart, text.Substring(span.Start, expectedStart.Length));
        if (pointer.EndsWith("/tags/7", System.StringComparison.Ordinal) || pointer.EndsWith("odd~0name", System.StringComparison.Ordinal))
        {
            Assert.Equal(expectedStart.Length, span.Length);
        }
    }

    [Fact]
    public void LocateNeverThrows()
    {
        SpecTextReadResult result = ReadText("a: [1]\n");
        Assert.Equal(default, result.Map.Locate(null, "/a"));
        Assert.Equal(result.Map.Locate(result.Root, ""), result.Map.Locate(result.Root, null!));
        result.Map.Locate(result.Root, "/a/0/b/~");
        result.Map.Locate(result.Root, "/a/99999999999999999999");
        result.Map.Locate(new JsonObject { ["x"] = new JsonArray(1) }, "/x/0");
    }

    [Fact]
    public void AliasCopiesPointAtTheAliasAndInsideAtTheAnchor()
    {
        const string text = "base: &b\n  inner: {deep: 1}\ncopy: *b\n";
        SpecTextReadResult result = ReadText(text);
        SourceSpan copy = result.Map.Locate(result.Root, "/copy");
        SpanIs(copy, text, "*b");
        SourceSpan inner = result.Map.Locate(result.Root, "/copy/inner");
        SpanIs(inner, text, "{deep: 1}");
        SourceSpan deepKey = result.Map.Locate(result.Root, "/copy/inner/deep");
        SpanIs(deepKey, text, "deep");
    }

    [Fact]
    public void SpanEqualityAndText()
    {
        var a = new SourceSpan(1, 4, 0, 1, 0, 4);
        var b = new SourceSpan(1, 4, 0, 1, 0, 4);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new SourceSpan(1, 4, 0, 1, 0, 5));
        Assert.Equal(3, a.Length);
        Assert.Equal("[1..4) (0,1)-(0,4)", a.ToString());
    }
}

using System.Linq;
using System.Text.Json.Nodes;
using OpenAI.Realtime.Gen.Overlays.JsonPath;

namespace OpenAI.Realtime.Gen.Tests.Overlays;

/// <summary>The JSONPath evaluator on its own, against the examples of RFC 9535 (section 1.5, table 2, and 2.3.5.3).</summary>
public sealed class JsonPathTests
{
    // RFC 9535, figure 1.
    private const string Store = """
        { "store": {
            "book": [
              { "category": "reference", "author": "Nigel Rees", "title": "Sayings of the Century", "price": 8.95 },
              { "category": "fiction", "author": "Evelyn Waugh", "title": "Sword of Honour", "price": 12.99 },
              { "category": "fiction", "author": "Herman Melville", "title": "Moby Dick", "isbn": "0-553-21311-3", "price": 8.99 },
              { "category": "fiction", "author": "J. R. R. Tolkien", "title": "The Lord of the Rings", "isbn": "0-395-19395-8", "price": 22.99 }
            ],
            "bicycle": { "color": "red", "price": 399 }
          }
        }
        """;

    [Theory]
    [InlineData("$.store.book[*].author", "[\"Nigel Rees\",\"Evelyn Waugh\",\"Herman Melville\",\"J. R. R. Tolkien\"]")]
    [InlineData("$..author", "[\"Nigel Rees\",\"Evelyn Waugh\",\"Herman Melville\",\"J. R. R. Tolkien\"]")]
    [InlineData("$.store.*", null)]
    [InlineData("$.store..price", "[8.95,12.99,8.99,22.99,399]")]
    [InlineData("$..book[2]", "[{\"category\":\"fiction\",\"author\":\"Herman Melville\",\"title\":\"Moby Dick\",\"isbn\":\"0-553-21311-3\",\"price\":8.99}]")]
    [InlineData("$..book[2].author", "[\"Herman Melville\"]")]
    [InlineData("$..book[2].publisher", "[]")]
    [InlineData("$..book[-1].title", "[\"The Lord of the Rings\"]")]
    [InlineData("$..book[0,1].title", "[\"Sayings of the Century\",\"Sword of Honour\"]")]
    [InlineData("$..book[:2].title", "[\"Sayings of the Century\",\"Sword of Honour\"]")]
    [InlineData("$..book[?@.isbn].title", "[\"Moby Dick\",\"The Lord of the Rings\"]")]
    [InlineData("$..book[?@.price<10].title", "[\"Sayings of the Century\",\"Moby Dick\"]")]
    [InlineData("$.store.book[?(@.category == 'fiction' && @.price > 20 || @.author == 'Nigel Rees')].title", "[\"Sayings of the Century\",\"The Lord of the Rings\"]")]
    [InlineData("$.store.book[?!(@.price < 10)].title", "[\"Sword of Honour\",\"The Lord of the Rings\"]")]
    [InlineData("$.store.book[?length(@.title) == 9].title", "[\"Moby Dick\"]")]
    [InlineData("$.store[?count(@.*) == 2].color", "[\"red\"]")]
    [InlineData("$['store'][\"bicycle\"]['color']", "[\"red\"]")]
    public void TheRfcExamplesGiveTheirNodes(string query, string? expected)
    {
        JsonArray selected = Select(query, Store);
        if (expected is null)
        {
            Assert.Equal(2, selected.Count);
            return;
        }

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), selected), selected.ToJsonString());
    }

    [Theory]
    [InlineData("$.absent1 == $.absent2", true)]
    [InlineData("$.absent1 <= $.absent2", true)]
    [InlineData("$.absent == 'g'", false)]
    [InlineData("$.absent1 != $.absent2", false)]
    [InlineData("$.absent != 'g'", true)]
    [InlineData("1 <= 2", true)]
    [InlineData("1 > 2", false)]
    [InlineData("13 == '13'", false)]
    [InlineData("'a' <= 'b'", true)]
    [InlineData("'a' > 'b'", false)]
    [InlineData("$.obj == $.arr", false)]
    [InlineData("$.obj != $.arr", true)]
    [InlineData("$.obj == $.obj", true)]
    [InlineData("$.obj != $.obj", false)]
    [InlineData("$.arr == $.arr", true)]
    [InlineData("$.arr != $.arr", false)]
    [InlineData("$.obj == 17", false)]
    [InlineData("$.obj != 17", true)]
    [InlineData("$.obj <= $.arr", false)]
    [InlineData("$.obj < $.arr", false)]
    [InlineData("$.obj <= $.obj", true)]
    [InlineData("$.arr <= $.arr", true)]
    [InlineData("1 <= $.arr", false)]
    [InlineData("1 >= $.arr", false)]
    [InlineData("1 > $.arr", false)]
    [InlineData("1 < $.arr", false)]
    [InlineData("true <= true", true)]
    [InlineData("true > true", false)]
    [InlineData("1 == 1.0", true)]
    public void TheRfcComparisonTableHolds(string comparison, bool expected)
    {
        // RFC 9535, table 11, over its document; the filter runs on a one-item list so it selects one node or none.
        const string Document = """{"obj": {"x": "y"}, "arr": [2, 3], "probe": [0]}""";
        Assert.Equal(expected ? 1 : 0, Select("$.probe[?" + comparison + "]", Document).Count);
    }

    [Theory]
    [InlineData("$.a b")]
    [InlineData("$[")]
    [InlineData("$..")]
    [InlineData("$[01]")]
    [InlineData("$[?@.a == 1 == 2]")]
    [InlineData("$[?length(@.*) == 1]")]
    [InlineData("$[?count(1) == 1]")]
    [InlineData("$[?@.a]]")]
    [InlineData(" $.a")]
    [InlineData("$.a ")]
    [InlineData("$['\\q']")]
    [InlineData("$[?foo(@)]")]
    [InlineData("$[9007199254740992]")]
    public void InvalidQueriesAreRejected(string query)
    {
        JsonPathException error = Assert.Throws<JsonPathException>(() => JsonPathParser.Parse(query));
        Assert.False(error.NotSupported, error.Message);
    }

    [Theory]
    [InlineData("$[?match(@.a, 'x.*')]")]
    [InlineData("$[?search(@.a, 'x')]")]
    public void RegularExpressionFunctionsAreRefusedAsNotSupported(string query)
    {
        JsonPathException error = Assert.Throws<JsonPathException>(() => JsonPathParser.Parse(query));
        Assert.True(error.NotSupported);
        Assert.Contains("not supported", error.Message);
    }

    [Fact]
    public void AHostileQueryIsBoundedNotAnswered()
    {
        // Deep nesting is refused before any recursion can run out of stack; a query that explodes is stopped by its budget.
        string deep = "$[?" + new string('(', 200) + "@" + new string(')', 200) + "]";
        Assert.True(Assert.Throws<JsonPathException>(() => JsonPathParser.Parse(deep)).NotSupported);
        var chain = new JsonArray();
        JsonArray link = chain;
        for (int i = 0; i < 2000; i++)
        {
            var next = new JsonArray();
            link.Add(next);
            link = next;
        }

        JsonPathQuery explode = JsonPathParser.Parse("$..*..*..*");
        Assert.True(Assert.Throws<JsonPathException>(() => explode.Select(chain)).NotSupported);
    }

    [Fact]
    public void MemberNamesMayHoldHyphensAsOverlaysWriteThem()
    {
        Assert.Single(Select("$.paths[?@.get.x-oai-traits.paged]", """{"paths": {"/a": {"get": {"x-oai-traits": {"paged": true}}}, "/b": {"get": {}}}}"""));
    }

    private static JsonArray Select(string query, string document)
        => new(JsonPathParser.Parse(query).Select(JsonNode.Parse(document)).Select(n => n.Value?.DeepClone()).ToArray());
}

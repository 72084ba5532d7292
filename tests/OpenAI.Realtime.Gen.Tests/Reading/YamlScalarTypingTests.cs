using System.Linq;
using System.Text.Json.Nodes;
using static OpenAI.Realtime.Gen.Tests.Reading.ReadingAssert;

namespace OpenAI.Realtime.Gen.Tests.Reading;

public class YamlScalarTypingTests
{
    [Theory]
    // null
    [InlineData("~", "null")]
    [InlineData("null", "null")]
    [InlineData("Null", "null")]
    [InlineData("NULL", "null")]
    [InlineData("", "null")]
    [InlineData("nULL", "String:nULL")]
    [InlineData("~~", "String:~~")]
    [InlineData("nothing", "String:nothing")]
    // bool
    [InlineData("true", "Boolean:True")]
    [InlineData("True", "Boolean:True")]
    [InlineData("TRUE", "Boolean:True")]
    [InlineData("false", "Boolean:False")]
    [InlineData("False", "Boolean:False")]
    [InlineData("FALSE", "Boolean:False")]
    [InlineData("tRUE", "String:tRUE")]
    [InlineData("yes", "String:yes")]
    [InlineData("on", "String:on")]
    [InlineData("n", "String:n")]
    // integers
    [InlineData("0", "Int64:0")]
    [InlineData("42", "Int64:42")]
    [InlineData("-17", "Int64:-17")]
    [InlineData("+17", "Int64:17")]
    [InlineData("007", "Int64:7")]
    [InlineData("9223372036854775807", "Int64:9223372036854775807")]
    [InlineData("-9223372036854775808", "Int64:-9223372036854775808")]
    [InlineData("9223372036854775808", "Decimal:9223372036854775808")]
    [InlineData("-12345678901234567890123456789", "Decimal:-12345678901234567890123456789")]
    [InlineData("1234567890123456789012345678901234567890", "String:1234567890123456789012345678901234567890")]
    [InlineData("0x1F", "Int64:31")]
    [InlineData("0xff", "Int64:255")]
    [InlineData("0x7FFFFFFFFFFFFFFF", "Int64:9223372036854775807")]
    [InlineData("0x8000000000000000", "String:0x8000000000000000")]
    [InlineData("0x", "String:0x")]
    [InlineData("0xG", "String:0xG")]
    [InlineData("0o17", "Int64:15")]
    [InlineData("0o8", "String:0o8")]
    [InlineData("0o1777777777777777777777", "String:0o1777777777777777777777")]
    [InlineData("1_000", "String:1_000")]
    [InlineData("+", "String:+")]
    // floats
    [InlineData("1.5", "Double:1.5")]
    [InlineData("-0.25", "Double:-0.25")]
    [InlineData("1.0", "Double:1")]
    [InlineData("1.", "Double:1")]
    [InlineData(".5", "Double:0.5")]
    [InlineData("+.5", "Double:0.5")]
    [InlineData("1e3", "Double:1000")]
    [InlineData("1E-2", "Double:0.01")]
    [InlineData("2.5e+2", "Double:250")]
    [InlineData("1e400", "String:1e400")]
    [InlineData(".", "String:.")]
    [InlineData("1e", "String:1e")]
    [InlineData("e3", "String:e3")]
    [InlineData("1.2.3", "String:1.2.3")]
    [InlineData("3.1.0", "String:3.1.0")]
    [InlineData(".inf", "String:.inf")]
    [InlineData("-.Inf", "String:-.Inf")]
    [InlineData("+.INF", "String:+.INF")]
    [InlineData(".nan", "String:.nan")]
    [InlineData(".NaN", "String:.NaN")]
    // other strings
    [InlineData("2024-01-01", "String:2024-01-01")]
    [InlineData("hello world", "String:hello world")]
    [InlineData("application/json", "String:application/json")]
    [InlineData("<<", "String:<<")]
    public void PlainScalarsFollowTheYaml12CoreSchema(string scalar, string expected) =>
        Assert.Equal(expected, Describe(ReadClean("v: " + scalar + "\n")["v"]));

    [Theory]
    [InlineData("'1.0'", "String:1.0")]
    [InlineData("\"1.0\"", "String:1.0")]
    [InlineData("'42'", "String:42")]
    [InlineData("\"true\"", "String:true")]
    [InlineData("'null'", "String:null")]
    [InlineData("''", "String:")]
    [InlineData("\"\"", "String:")]
    [InlineData("'~'", "String:~")]
    [InlineData("|\n  42", "String:42\n")]
    [InlineData(">-\n  true", "String:true")]
    [InlineData("|-\n  null", "String:null")]
    public void QuotedAndBlockScalarsAreAlwaysStrings(string scalar, string expected) =>
        Assert.Equal(expected, Describe(ReadClean("v: " + scalar + "\n")["v"]));

    [Theory]
    [InlineData("!!str 42", "String:42")]
    [InlineData("!!str true", "String:true")]
    [InlineData("!!str", "String:")]
    [InlineData("!!int \"42\"", "Int64:42")]
    [InlineData("!!int 0x10", "Int64:16")]
    [InlineData("!!int abc", "String:abc")]
    [InlineData("!!float 1", "Double:1")]
    [InlineData("!!float '2.5'", "Double:2.5")]
    [InlineData("!!float .inf", "String:.inf")]
    [InlineData("!!bool 'true'", "Boolean:True")]
    [InlineData("!!bool yes", "String:yes")]
    [InlineData("!!null 'anything'", "null")]
    [InlineData("! 42", "String:42")]
    [InlineData("!custom 42", "Int64:42")]
    [InlineData("!custom '42'", "String:42")]
    [InlineData("!<tag:example.com,2000:x> true", "Boolean:True")]
    public void StandardTagsAreHonoredAndOthersIgnored(string scalar, string expected) =>
        Assert.Equal(expected, Describe(ReadClean("v: " + scalar + "\n")["v"]));

    [Fact]
    public void CollectionTagsAreAccepted()
    {
        JsonNode root = ReadClean("m: !!map {a: 1}\ns: !!seq [1]\n");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"m":{"a":1},"s":[1]}"""), root));
    }

    [Fact]
    public void KeysKeepTheirText()
    {
        JsonObject root = ReadClean("200: ok\ntrue: t\nnull: n\n1.0: f\n~: tilde\n'q': quoted\n").AsObject();
        Assert.Equal(new[] { "200", "true", "null", "1.0", "~", "q" }, root.Select(p => p.Key));
    }
}

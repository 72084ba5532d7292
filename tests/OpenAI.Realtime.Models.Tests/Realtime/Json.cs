using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace OpenAI.Realtime.Models.Tests.Realtime;

/// <summary>Reading, writing and comparing JSON in tests.</summary>
internal static class Json
{
    /// <summary>Reads <paramref name="json"/>, writes it back, asserts the two are the same JSON, and returns the value read.</summary>
    public static T RoundTrip<T>(string json, JsonTypeInfo<T> typeInfo)
    {
        T value = JsonSerializer.Deserialize(json, typeInfo)!;
        string written = JsonSerializer.Serialize(value, typeInfo);
        AssertSame(json, written);
        return value;
    }

    public static void AssertSame(string expected, string actual)
    {
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), "Expected\n" + expected + "\nbut got\n" + actual);
    }

    public static string Write<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(value, typeInfo);

    public static T Read<T>(string json, JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(json, typeInfo)!;

    /// <summary>Single quotes to double quotes, so payloads in tests stay readable.</summary>
    public static string Q(string text) => text.Replace('\'', '"');
}

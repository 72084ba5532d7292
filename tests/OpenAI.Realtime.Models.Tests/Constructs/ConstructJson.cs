using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace OpenAI.Realtime.Models.Tests.Constructs;

/// <summary>
/// Reading, writing and comparing JSON for the tests of the constructs spec. Payloads are written with single quotes
/// (<see cref="Q"/> turns them into double quotes) so they stay readable inside C# strings.
/// </summary>
internal static class ConstructJson
{
    /// <summary>The context of <c>Specs/constructs.yaml</c> (namespace <c>Constructs</c>), round-trip mode.</summary>
    public static global::Constructs.RealtimeJsonContext Context => global::Constructs.RealtimeJsonContext.Default;

    /// <summary>The context of <c>Specs/constructs-3.0.json</c> (namespace <c>Constructs.V30</c>), round-trip mode.</summary>
    public static global::Constructs.V30.RealtimeJsonContext Context30 => global::Constructs.V30.RealtimeJsonContext.Default;

    /// <summary>Single quotes to double quotes.</summary>
    public static string Q(string text) => text.Replace('\'', '"');

    /// <summary>Reads <paramref name="json"/> (single-quoted) into <typeparamref name="T"/>.</summary>
    public static T Read<T>(string json, JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(Q(json), typeInfo)!;

    /// <summary>Writes <paramref name="value"/> as JSON.</summary>
    public static string Write<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(value, typeInfo);

    /// <summary>Reads <paramref name="json"/>, writes it back, asserts both are the same JSON and returns the value read.</summary>
    public static T RoundTrip<T>(string json, JsonTypeInfo<T> typeInfo)
    {
        T value = Read(json, typeInfo);
        AssertSameJson(json, Write(value, typeInfo));
        return value;
    }

    /// <summary>Asserts <paramref name="actual"/> is the same JSON as <paramref name="expected"/> (single-quoted), member order aside.</summary>
    public static void AssertSameJson(string expected, string actual)
    {
        string expectedJson = Q(expected);
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expectedJson), JsonNode.Parse(actual)),
            "Expected JSON\n" + expectedJson + "\nbut got\n" + actual);
    }

    /// <summary>Reads <paramref name="json"/> expecting a <see cref="JsonException"/> at <paramref name="path"/>, named in Path and Message.</summary>
    public static JsonException AssertFailsAt<T>(string json, JsonTypeInfo<T> typeInfo, string path)
    {
        JsonException exception = Assert.Throws<JsonException>(() => Read(json, typeInfo));
        Assert.Equal(path, exception.Path);
        Assert.Contains("Path: " + path + ".", exception.Message, System.StringComparison.Ordinal);
        return exception;
    }

    /// <summary>A parsed JSON element (single-quoted text), detached from its document.</summary>
    public static JsonElement Element(string json)
    {
        using JsonDocument document = JsonDocument.Parse(Q(json));
        return document.RootElement.Clone();
    }

    /// <summary>Asserts a validation found nothing (the errors are shown when it did).</summary>
    public static void AssertValid(System.Collections.Generic.IReadOnlyList<OpenAI.Realtime.Serialization.RealtimeValidationError> errors)
        => Assert.Equal(System.Array.Empty<string>(), Lines(errors));

    /// <summary>The errors of a validation as <c>path: message</c> lines.</summary>
    public static string[] Lines(System.Collections.Generic.IReadOnlyList<OpenAI.Realtime.Serialization.RealtimeValidationError> errors)
    {
        var lines = new string[errors.Count];
        for (int i = 0; i < errors.Count; i++)
        {
            lines[i] = errors[i].Path + ": " + errors[i].Message;
        }

        return lines;
    }
}

/// <summary>Assertions on validation results.</summary>
internal static class RealtimeValidationErrorAssert
{
    public static void Single(System.Collections.Generic.IReadOnlyList<OpenAI.Realtime.Serialization.RealtimeValidationError> errors, string path, string message)
    {
        Assert.Equal(new[] { path + ": " + message }, ConstructJson.Lines(errors));
    }
}

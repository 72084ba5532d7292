using System;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Diagnostics;

/// <summary>
/// The generated models of a compiled run, read and written through the generated <c>{Namespace}.RealtimeJsonContext</c>
/// (its static <c>Default</c> and <c>GetTypeInfo(Type)</c>), as a user would.
/// </summary>
public sealed class GeneratedJson
{
    private readonly JsonSerializerContext _context;

    public GeneratedJson(GeneratorRun run, string ns = "OpenAI.Realtime")
    {
        Namespace = ns;
        Assembly = run.LoadAssembly();
        Type contextType = Assembly.GetType(ns + ".RealtimeJsonContext") ?? throw new InvalidOperationException("No " + ns + ".RealtimeJsonContext was generated.");
        _context = (JsonSerializerContext)(contextType.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException(ns + ".RealtimeJsonContext.Default is missing."));
    }

    public string Namespace { get; }

    public Assembly Assembly { get; }

    /// <summary>A generated type by its simple name.</summary>
    public Type Type(string name) => Assembly.GetType(Namespace + "." + name) ?? throw new InvalidOperationException("No type " + Namespace + "." + name + " was generated.");

    public JsonTypeInfo TypeInfo(Type type) => _context.GetTypeInfo(type) ?? throw new InvalidOperationException("The context has no metadata for " + type);

    public object? Read(string json, string typeName) => JsonSerializer.Deserialize(json, TypeInfo(Type(typeName)));

    public string Write(object? value, string typeName) => JsonSerializer.Serialize(value, TypeInfo(Type(typeName)));

    /// <summary>Reads <paramref name="json"/> into the generated type and writes it back.</summary>
    public string RoundTrip(string json, string typeName) => Write(Read(json, typeName), typeName);

    /// <summary>Whether two JSON texts hold the same value, member order included.</summary>
    public static bool SameJson(string expected, string actual, out string why)
    {
        JsonNode? left = JsonNode.Parse(expected);
        JsonNode? right = JsonNode.Parse(actual);
        why = string.Empty;
        if (!JsonNode.DeepEquals(left, right))
        {
            why = "the values differ";
            return false;
        }

        // DeepEquals ignores member order; the wire form should keep it too.
        string l = left?.ToJsonString() ?? "null";
        string r = right?.ToJsonString() ?? "null";
        if (!string.Equals(l, r, StringComparison.Ordinal))
        {
            why = "the members are in another order";
            return false;
        }

        return true;
    }
}

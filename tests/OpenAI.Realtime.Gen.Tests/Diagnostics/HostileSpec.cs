using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenAI.Realtime.Gen.Tests.Diagnostics;

/// <summary>
/// A valid OpenAPI document whose every free-text place (descriptions, titles, enum values, defaults, constants, patterns,
/// property names and schema names) holds text that would break out of a C# comment, string literal, doc comment or line,
/// or hide in plain sight (bidi overrides, zero-width characters, line separators).
/// </summary>
public static class HostileSpec
{
    /// <summary>Strings used as wire values (enum values, a default, discriminator constants, property names).</summary>
    public static readonly string[] WireStrings =
    {
        "*/ closes a comment",
        "</summary><remarks>",
        "quote \" inside",
        "back\\slash \\\\ and trailing \\",
        "new\nline\n#error boom",
        "#error boom",
        "#if DEBUG",
        "#define HACK",
        "#line 1 \"evil.cs\"",
        "\\u0022 written out",
        "@\" verbatim",
        "{{ braces }} {0}",
        "class",
        "rtl \u202E override \u202D \u2066 isolate \u2067 \u2068 \u2069 \u200E \u200F \u061C",
        "line\u2028separator\u2029paragraph\u0085next",
        "zero\u200Dwidth\u200Bspace\u200C\uFEFFbom",
        "/// <summary>doc break</summary>",
        "carriage\rreturn",
        "tab\tseparated",
        "nul\0char",
        "emoji \U0001F600 pair",
        "it's <b>&amp;</b> +1",
        "\"",
        "\\",
        "é",
    };

    /// <summary>Text for descriptions and titles: every wire string, each on a line of its own, plus comment and doc-comment breakers.</summary>
    public static string Prose { get; } = "Hostile prose */ /* \n/// <summary>injected</summary>\n#error boom\n#if X\n#endif\n\u2028#error after a line separator\n\u0085#error after NEL\n\r#error after CR\n" + string.Join("\n", WireStrings);

    /// <summary>Schema names: each maps to some C# identifier; the raw name also appears in generated comments.</summary>
    public static readonly string[] SchemaNames =
    {
        "Evil*/Name",
        "Evil\n#error boom",
        "Quote\"Name",
        "Bidi\u202EName",
        "Zwj\u200DName",
        "Line\u2028Sep",
        "Verbatim@\"Name",
        "Braces{{Name}}",
        "class",
        "Back\\slash",
    };

    /// <summary>The name of the object holding the hostile members (a safe name, so the test can find it).</summary>
    public const string ObjectName = "Hostile";

    /// <summary>The name of the closed enumeration of <see cref="WireStrings"/>.</summary>
    public const string EnumName = "HostileMood";

    /// <summary>The discriminated union of two cases whose discriminator values are hostile.</summary>
    public const string UnionName = "HostileShape";

    /// <summary>The discriminator values of the two union cases.</summary>
    public static readonly string[] DiscriminatorValues = { "circle */ \"\u202E", "square\n#error é" };

    /// <summary>The property names of <see cref="ObjectName"/> that hold strings: every wire string.</summary>
    public static IEnumerable<string> StringPropertyNames => WireStrings;

    public static JsonObject Document()
    {
        var schemas = new JsonObject();
        var properties = new JsonObject();
        foreach (string name in WireStrings)
        {
            properties[name] = new JsonObject
            {
                ["type"] = "string",
                ["title"] = name,
                ["description"] = Prose + "\n" + name,
                ["default"] = name,
                ["example"] = name,
            };
        }

        properties["mood"] = new JsonObject
        {
            ["$ref"] = "#/components/schemas/" + EnumName,
            ["description"] = Prose,
        };
        properties["moods"] = new JsonObject
        {
            ["type"] = "array",
            ["items"] = new JsonObject { ["$ref"] = "#/components/schemas/" + EnumName },
        };
        properties["shape"] = new JsonObject { ["$ref"] = "#/components/schemas/" + UnionName };
        properties["patterned"] = new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = "^[a-z\"\\\\]*/*\\*/$",
            ["description"] = "A pattern with quotes, backslashes and a comment end.",
        };
        properties["constant"] = new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray("only */ \"value\"\n#error boom \u202E"),
        };

        schemas[ObjectName] = new JsonObject
        {
            ["type"] = "object",
            ["title"] = Prose,
            ["description"] = Prose,
            ["required"] = new JsonArray(WireStrings.Take(3).Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
            ["properties"] = properties,
        };

        schemas[EnumName] = new JsonObject
        {
            ["type"] = "string",
            ["description"] = Prose,
            ["enum"] = new JsonArray(WireStrings.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
            ["default"] = WireStrings[4],
        };

        var cases = new JsonArray();
        for (int i = 0; i < DiscriminatorValues.Length; i++)
        {
            string caseName = UnionName + (i == 0 ? "Circle" : "Square");
            schemas[caseName] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = Prose,
                ["required"] = new JsonArray("kind"),
                ["properties"] = new JsonObject
                {
                    ["kind"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(DiscriminatorValues[i]), ["description"] = Prose },
                    ["size"] = new JsonObject { ["type"] = "number", ["description"] = Prose },
                },
            };
            cases.Add(new JsonObject { ["$ref"] = "#/components/schemas/" + caseName });
        }

        schemas[UnionName] = new JsonObject
        {
            ["description"] = Prose,
            ["oneOf"] = cases,
            ["discriminator"] = new JsonObject { ["propertyName"] = "kind" },
        };

        foreach (string name in SchemaNames)
        {
            schemas[name] = new JsonObject
            {
                ["type"] = "object",
                ["title"] = name,
                ["description"] = Prose,
                ["properties"] = new JsonObject
                {
                    [name] = new JsonObject { ["type"] = "string", ["description"] = name },
                    ["link"] = new JsonObject { ["$ref"] = "#/components/schemas/" + ObjectName },
                },
            };
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject { ["title"] = Prose, ["description"] = Prose, ["version"] = "1 */ \"" },
            ["paths"] = new JsonObject(),
            ["components"] = new JsonObject { ["schemas"] = schemas },
        };
    }

    /// <summary>The document as JSON with every character that JSON allows written raw (only quotes, backslashes and controls escaped).</summary>
    public static string Json() => RawJson(Document());

    /// <summary>A payload for <see cref="ObjectName"/> using every hostile property name, enum value and discriminator value.</summary>
    public static JsonObject Payload()
    {
        var payload = new JsonObject();
        foreach (string name in WireStrings)
        {
            payload[name] = "value of " + name;
        }

        payload["mood"] = WireStrings[13];
        payload["moods"] = new JsonArray(WireStrings.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray());
        payload["shape"] = new JsonObject { ["kind"] = DiscriminatorValues[1], ["size"] = 2.5 };
        payload["patterned"] = "ab\"\\*/";
        payload["constant"] = "only */ \"value\"\n#error boom \u202E";
        return payload;
    }

    /// <summary>JSON text escaping only what JSON requires, so that raw bidi controls, separators and non-ASCII reach the reader.</summary>
    public static string RawJson(JsonNode? node)
    {
        var builder = new StringBuilder();
        WriteRaw(builder, node);
        return builder.ToString();
    }

    private static void WriteRaw(StringBuilder builder, JsonNode? node)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                builder.Append("{\n");
                bool first = true;
                foreach (var member in obj)
                {
                    if (!first)
                    {
                        builder.Append(",\n");
                    }

                    first = false;
                    WriteString(builder, member.Key);
                    builder.Append(": ");
                    WriteRaw(builder, member.Value);
                }

                builder.Append("\n}");
                break;
            case JsonArray array:
                builder.Append('[');
                for (int i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    WriteRaw(builder, array[i]);
                }

                builder.Append(']');
                break;
            default:
                if (node is JsonValue value && value.TryGetValue(out string? text))
                {
                    WriteString(builder, text);
                }
                else
                {
                    builder.Append(node.ToJsonString());
                }

                break;
        }
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}

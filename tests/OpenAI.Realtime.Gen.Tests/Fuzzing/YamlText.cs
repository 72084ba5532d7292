using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenAI.Realtime.Gen.Tests.Fuzzing;

/// <summary>
/// A small JsonNode-to-YAML writer for tests: block mappings and sequences, plain scalars where YAML 1.2 reads them back
/// as the same string, literal block scalars for simple multi-line text, double-quoted scalars (every character that is
/// not plainly printable escaped) otherwise. Reading the output with the generator's reader gives the same tree.
/// Recursive: only for trees of reasonable depth (the specs it writes are at most a few dozen levels deep).
/// </summary>
public static class YamlText
{
    private static readonly Regex PlainKey = new(@"^[A-Za-z_$][A-Za-z0-9_$.\-/]*\z", RegexOptions.CultureInvariant);
    private static readonly Regex PlainValue = new(@"^[A-Za-z_$/][A-Za-z0-9_$.\-/ ,()']*\z", RegexOptions.CultureInvariant);
    private static readonly string[] Reserved = { "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~" };

    public static string Write(JsonNode? root)
    {
        var builder = new StringBuilder();
        if (root is JsonObject or JsonArray && IsEmpty(root))
        {
            builder.Append(root is JsonObject ? "{}" : "[]").Append('\n');
        }
        else if (root is JsonObject or JsonArray)
        {
            WriteBlock(builder, root, 0);
        }
        else
        {
            builder.Append(Scalar(root, 0)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>A string as a YAML double-quoted scalar, every non-printable or line-breaking character escaped.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\0':
                    builder.Append("\\0");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append("\\U").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                        i++;
                    }
                    else if (c < 0x20 || c > 0x7E)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool IsEmpty(JsonNode node) => node is JsonObject obj ? obj.Count == 0 : ((JsonArray)node).Count == 0;

    private static void WriteBlock(StringBuilder builder, JsonNode node, int indent)
    {
        string pad = new(' ', indent);
        if (node is JsonObject obj)
        {
            foreach (var member in obj)
            {
                builder.Append(pad).Append(Key(member.Key)).Append(':');
                WriteValue(builder, member.Value, indent, inSequence: false);
            }
        }
        else
        {
            foreach (JsonNode? item in (JsonArray)node)
            {
                builder.Append(pad).Append('-');
                WriteValue(builder, item, indent, inSequence: true);
            }
        }
    }

    private static void WriteValue(StringBuilder builder, JsonNode? value, int indent, bool inSequence)
    {
        if (value is JsonObject or JsonArray)
        {
            if (IsEmpty(value))
            {
                builder.Append(value is JsonObject ? " {}" : " []").Append('\n');
                return;
            }

            // "key:\n  child" for mappings; sequences under a key are indented too (clearer, and YAML allows both).
            builder.Append('\n');
            WriteBlock(builder, value, indent + 2);
            return;
        }

        builder.Append(' ').Append(Scalar(value, indent + (inSequence ? 2 : 2))).Append('\n');
    }

    private static string Key(string key)
        => PlainKey.IsMatch(key) && !Reserved.Contains(key.ToLowerInvariant()) ? key : Quote(key);

    private static string Scalar(JsonNode? value, int indent)
    {
        if (value is null)
        {
            return "null";
        }

        if (value is JsonValue v && v.TryGetValue(out string? text))
        {
            if (PlainValue.IsMatch(text) && !Reserved.Contains(text.ToLowerInvariant()) && !text.EndsWith(' ') && !text.Contains(" #", StringComparison.Ordinal))
            {
                return text;
            }

            if (LiteralBlock(text, indent) is string block)
            {
                return block;
            }

            return Quote(text);
        }

        // Numbers and booleans: their JSON text is also their YAML 1.2 core-schema text.
        return value.ToJsonString();
    }

    /// <summary>A literal block scalar (<c>|</c> or <c>|-</c>) for printable multi-line text, or null when it would not read back the same.</summary>
    private static string? LiteralBlock(string text, int indent)
    {
        if (!text.Contains('\n', StringComparison.Ordinal) || text.StartsWith(' ') || text.StartsWith('\n'))
        {
            return null;
        }

        string body = text;
        string header;
        if (body.EndsWith("\n\n", StringComparison.Ordinal))
        {
            return null;
        }
        else if (body.EndsWith('\n'))
        {
            header = "|";
            body = body.Substring(0, body.Length - 1);
        }
        else
        {
            header = "|-";
        }

        string[] lines = body.Split('\n');
        foreach (string line in lines)
        {
            if (line.EndsWith(' ') || line.Any(c => c < 0x20 || c > 0x7E))
            {
                return null;
            }
        }

        string pad = new(' ', indent + 2);
        var builder = new StringBuilder(header);
        foreach (string line in lines)
        {
            builder.Append('\n');
            if (line.Length > 0)
            {
                builder.Append(pad).Append(line);
            }
        }

        return builder.ToString();
    }
}

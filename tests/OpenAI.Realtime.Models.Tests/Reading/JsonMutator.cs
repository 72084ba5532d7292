using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenAI.Realtime.Models.Tests.Reading;

/// <summary>
/// Turns a realistic payload into a hostile or odd one, deterministically from a <see cref="Random"/>: byte mutations
/// (flips, inserts, deletes, truncations, invalid UTF-8, lone and reversed surrogate escapes, BOM, NUL) and structure
/// mutations (a value's JSON kind changed, out-of-range, fractional and exponent numbers, unknown, missing, null,
/// numeric and repeated discriminators, duplicate keys, the discriminator moved last, deep nesting inside known and
/// unknown members, long strings, escapes).
/// </summary>
internal static class JsonMutator
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Numbers =
    {
        "0", "-0", "1", "-1", "3.0", "3e2", "3E+2", "1.5", "1e-1", "2147483647", "2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "18446744073709551616", "1e400", "-1e400", "1e-400", "0.1", "123456789012345678901234567890", "1.0000000000000000001",
        "4.9e-324", "1.7976931348623157e308", "100000000000000000000e-2",
    };

    private static readonly string[] Strings =
    {
        "", "x", "unknown.type", "\u00e9\u4e2d", "\ud83d\ude00", "\n\t\"\\/", "\u0000", "\u2028\u2029", "<script>&'+`",
        "response.done", "session.update", "function", "realtime",
    };

    private static readonly byte[][] Insertions =
    {
        "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(), "\""u8.ToArray(),
        "\\"u8.ToArray(), "0"u8.ToArray(), "-"u8.ToArray(), "e"u8.ToArray(), "."u8.ToArray(), " "u8.ToArray(), "null"u8.ToArray(),
        new byte[] { 0 }, new byte[] { 0xFF }, new byte[] { 0xC0, 0xAF }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xEF, 0xBB, 0xBF },
        new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xE2, 0x82 }, new byte[] { 0x80 },
        "\\ud800"u8.ToArray(), "\\udc00"u8.ToArray(), "\\udc00\\ud800"u8.ToArray(), "\\u00"u8.ToArray(), "\\x"u8.ToArray(),
    };

    public static byte[] Mutate(byte[] seed, Random random, out string description)
    {
        int kind = random.Next(100);
        if (kind < 45)
        {
            return MutateBytes(seed, random, out description);
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(seed);
        }
        catch (JsonException)
        {
            return MutateBytes(seed, random, out description);
        }

        return MutateStructure(root, random, out description);
    }

    private static byte[] MutateBytes(byte[] seed, Random random, out string description)
    {
        var bytes = new List<byte>(seed);
        int position = random.Next(bytes.Count + 1);
        switch (random.Next(9))
        {
            case 0 when bytes.Count > 0:
                position = Math.Min(position, bytes.Count - 1);
                int bit = random.Next(8);
                bytes[position] ^= (byte)(1 << bit);
                description = "flip bit " + bit + " at " + position;
                break;
            case 1:
                byte[] insertion = Insertions[random.Next(Insertions.Length)];
                bytes.InsertRange(position, insertion);
                description = "insert " + Hex(insertion) + " at " + position;
                break;
            case 2 when bytes.Count > 0:
                position = Math.Min(position, bytes.Count - 1);
                int count = Math.Min(bytes.Count - position, random.Next(1, 6));
                bytes.RemoveRange(position, count);
                description = "delete " + count + " at " + position;
                break;
            case 3:
                bytes.RemoveRange(position, bytes.Count - position);
                description = "truncate at " + position;
                break;
            case 4:
                // Inside a string: invalid UTF-8 or a surrogate escape where text is expected.
                int quote = IndexOfQuote(bytes, random);
                byte[] bad = Insertions[random.Next(15, Insertions.Length)];
                bytes.InsertRange(quote + 1, bad);
                description = "insert " + Hex(bad) + " inside the string at " + (quote + 1);
                break;
            case 5:
                bytes.InsertRange(0, new byte[] { 0xEF, 0xBB, 0xBF });
                description = "BOM in front";
                break;
            case 6:
                bytes.Insert(position, 0);
                description = "NUL at " + position;
                break;
            case 7 when bytes.Count > 1:
                position = Math.Min(position, bytes.Count - 2);
                (bytes[position], bytes[position + 1]) = (bytes[position + 1], bytes[position]);
                description = "swap at " + position;
                break;
            default:
                int at = IndexOfQuote(bytes, random);
                byte[] pair = random.Next(2) == 0 ? "\\ud83d\\ude00"u8.ToArray() : "\\ude00\\ud83d"u8.ToArray();
                bytes.InsertRange(at + 1, pair);
                description = "insert " + Encoding.ASCII.GetString(pair) + " inside the string at " + (at + 1);
                break;
        }

        return bytes.ToArray();
    }

    private static int IndexOfQuote(List<byte> bytes, Random random)
    {
        var quotes = new List<int>();
        for (int i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] == (byte)'"')
            {
                quotes.Add(i);
            }
        }

        return quotes.Count == 0 ? -1 : quotes[random.Next(quotes.Count)];
    }

    private static byte[] MutateStructure(JsonNode? root, Random random, out string description)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        string? duplicate = null;
        if (nodes.Count == 0 || root is null)
        {
            description = "replace the root";
            return Encoding.UTF8.GetBytes(RandomValue(random, 0)?.ToJsonString(Relaxed) ?? "null");
        }

        JsonNode target = nodes[random.Next(nodes.Count)];
        JsonObject? obj = target as JsonObject ?? target.Parent as JsonObject;
        switch (random.Next(12))
        {
            case 0:
                description = "change the kind of " + target.GetPath();
                Replace(root, target, RandomValue(random, 0), ref root);
                break;
            case 1:
                string number = Numbers[random.Next(Numbers.Length)];
                description = "number " + number + " at " + target.GetPath();
                Replace(root, target, JsonNode.Parse(number)!, ref root);
                break;
            case 2 when obj is not null && obj.ContainsKey("type"):
                int choice = random.Next(6);
                description = new[] { "remove", "null", "numeric", "unknown", "repeat with another value", "move last" }[choice] + " the discriminator at " + obj.GetPath();
                JsonNode? value = obj["type"];
                switch (choice)
                {
                    case 0:
                        obj.Remove("type");
                        break;
                    case 1:
                        obj["type"] = null;
                        break;
                    case 2:
                        obj["type"] = 7;
                        break;
                    case 3:
                        obj["type"] = "not.a.known.type";
                        break;
                    case 4:
                        obj["__duplicate__"] = Strings[random.Next(Strings.Length)];
                        duplicate = "type";
                        break;
                    default:
                        obj.Remove("type");
                        obj["type"] = value;
                        break;
                }

                break;
            case 3 when obj is not null && obj.Count > 0:
                KeyValuePair<string, JsonNode?> member = obj.ElementAt(random.Next(obj.Count));
                description = "duplicate the member " + member.Key + " at " + obj.GetPath();
                obj["__duplicate__"] = random.Next(2) == 0 ? member.Value?.DeepClone() : RandomValue(random, 0);
                duplicate = member.Key;
                break;
            case 4 when obj is not null:
                int depth = random.Next(2) == 0 ? random.Next(1, 70) : random.Next(60, 5000);
                description = "nest " + depth + " deep in an unknown member of " + obj.GetPath();
                return Encoding.UTF8.GetBytes(InsertRaw(root, obj, "x_unknown", Nested(depth, random)));
            case 5:
                int deep = random.Next(1, 80);
                description = "nest " + deep + " deep at " + target.GetPath();
                return Encoding.UTF8.GetBytes(ReplaceRaw(root, target, Nested(deep, random)));
            case 6:
                description = "long string at " + target.GetPath();
                Replace(root, target, JsonValue.Create(new string('a', random.Next(1, random.Next(10) == 0 ? 200_000 : 2_000)) + Strings[random.Next(Strings.Length)]), ref root);
                break;
            case 7 when obj is not null:
                description = "unknown members in " + obj.GetPath();
                obj["x_" + random.Next(1000)] = RandomValue(random, 0);
                obj[Strings[random.Next(Strings.Length)] + "_k"] = RandomValue(random, 0);
                break;
            case 8 when obj is not null && obj.Count > 0:
                string key = obj.ElementAt(random.Next(obj.Count)).Key;
                description = "remove " + key + " from " + obj.GetPath();
                obj.Remove(key);
                break;
            case 9 when obj is not null && obj.Count > 1:
                description = "reverse the members of " + obj.GetPath();
                var members = obj.ToList();
                obj.Clear();
                foreach (KeyValuePair<string, JsonNode?> m in Enumerable.Reverse(members))
                {
                    obj[m.Key] = m.Value;
                }

                break;
            case 10:
                string text = Strings[random.Next(Strings.Length)];
                description = "string " + JsonSerializer.Serialize(text) + " at " + target.GetPath();
                Replace(root, target, JsonValue.Create(text), ref root);
                break;
            default:
                description = "null at " + target.GetPath();
                Replace(root, target, null, ref root);
                break;
        }

        string json = root is null ? "null" : root.ToJsonString(random.Next(4) == 0 ? new JsonSerializerOptions() : Relaxed);
        if (duplicate is not null)
        {
            json = json.Replace("\"__duplicate__\"", JsonSerializer.Serialize(duplicate), StringComparison.Ordinal);
        }

        return Encoding.UTF8.GetBytes(json);
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        if (node is JsonObject obj)
        {
            foreach (KeyValuePair<string, JsonNode?> member in obj)
            {
                Collect(member.Value, nodes);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (JsonNode? item in array)
            {
                Collect(item, nodes);
            }
        }
    }

    private static void Replace(JsonNode? root, JsonNode target, JsonNode? replacement, ref JsonNode? newRoot)
    {
        if (ReferenceEquals(root, target))
        {
            newRoot = replacement;
            return;
        }

        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = replacement;
                break;
        }
    }

    private static JsonNode? RandomValue(Random random, int depth) => random.Next(depth > 2 ? 4 : 6) switch
    {
        0 => JsonValue.Create(Strings[random.Next(Strings.Length)]),
        1 => JsonNode.Parse(Numbers[random.Next(Numbers.Length)]),
        2 => JsonValue.Create(random.Next(2) == 0),
        3 => null,
        4 => new JsonObject { ["type"] = Strings[random.Next(Strings.Length)], ["v"] = RandomValue(random, depth + 1) },
        _ => new JsonArray(RandomValue(random, depth + 1), RandomValue(random, depth + 1)),
    };

    private static string Nested(int depth, Random random)
    {
        var builder = new StringBuilder();
        bool arrays = random.Next(2) == 0;
        for (int i = 0; i < depth; i++)
        {
            builder.Append(arrays ? "[" : "{\"a\":");
        }

        builder.Append('1');
        for (int i = 0; i < depth; i++)
        {
            builder.Append(arrays ? ']' : '}');
        }

        return builder.ToString();
    }

    /// <summary>The root's JSON with a member holding raw JSON added to <paramref name="obj"/> (raw: deeper than JsonNode writes).</summary>
    private static string InsertRaw(JsonNode root, JsonObject obj, string name, string raw)
    {
        obj[name] = "__raw__";
        return root.ToJsonString(Relaxed).Replace("\"__raw__\"", raw, StringComparison.Ordinal);
    }

    private static string ReplaceRaw(JsonNode? root, JsonNode target, string raw)
    {
        JsonNode? newRoot = root;
        Replace(root, target, JsonValue.Create("__raw__"), ref newRoot);
        string json = newRoot is null ? "null" : newRoot.ToJsonString(Relaxed);
        return json.Replace("\"__raw__\"", raw, StringComparison.Ordinal);
    }

    private static string Hex(byte[] bytes) => string.Join(" ", bytes.Select(b => b.ToString("X2")));
}

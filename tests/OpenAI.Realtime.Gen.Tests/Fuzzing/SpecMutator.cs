using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenAI.Realtime.Gen.Loading;

namespace OpenAI.Realtime.Gen.Tests.Fuzzing;

/// <summary>One mutated spec: everything needed to run it again, and to say what was done to it.</summary>
public sealed record Mutant(int Seed, FuzzBase Base, string Root, IReadOnlyList<string> Mutations, string Text)
{
    public string Describe() => "seed " + Seed.ToString(CultureInfo.InvariantCulture) + ", base " + Base.Name + ", root " + Root + "\n      mutations: " + string.Join("\n                 ", Mutations);
}

/// <summary>
/// Deterministic, seeded spec mutator: the same seed and bases always give the same mutant. A mutant picks a base, a root
/// among the base's Realtime schemas, and 1-3 mutations. Tree mutations (applied first, on a clone of the base's tree, then
/// written back in the base's format) touch nodes of the root's closure most of the time; text mutations (applied last)
/// touch the lines of a closure schema most of the time.
/// </summary>
public static class SpecMutator
{
    /// <summary>The share of mutations aimed at the root's closure rather than anywhere in the document.</summary>
    private const double ClosureBias = 0.85;

    private static readonly (MutationKind Kind, int Weight)[] Kinds =
    {
        (MutationKind.DeleteNode, 10),
        (MutationKind.ChangeType, 10),
        (MutationKind.BreakRef, 10),
        (MutationKind.SelfRef, 6),
        (MutationKind.RetargetRef, 5),
        (MutationKind.EmptyCollection, 8),
        (MutationKind.ReplaceNode, 10),
        (MutationKind.AddKeyword, 12),
        (MutationKind.ChangeVersion, 3),
        (MutationKind.DuplicateKey, 6),
        (MutationKind.Truncate, 4),
        (MutationKind.DeleteLine, 6),
        (MutationKind.DuplicateLine, 5),
        (MutationKind.InsertBytes, 6),
    };

    private static readonly string[] Palette =
    {
        "\t", "\0", "\u0001", "\u001F", "\u007F", "\u0085", "\u00A0", "\u2028", "\u2029", "\uFEFF", "\uD800", "\uDC00", "\uFFFE", "\uFFFF",
        "{", "}", "[", "]", "\"", "'", ":", ",", "#", "&a ", "*a", "!!str ", "!<x> ", "|", ">", "---\n", "...\n", "%YAML 1.2\n", "\n", "\r",
        " ", "- ", "? ", "@", "`", "\\", "<<: ", "\\u", "\u202E", "\u00E9", "\U0001F600", "0x", "1e999", "~", "null", ": ", "\n  ", "\n\t",
    };

    public static Mutant Create(int seed, IReadOnlyList<FuzzBase> bases)
    {
        var random = new Random(seed);
        FuzzBase fuzzBase = bases[random.Next(bases.Count)];
        string root = fuzzBase.RealtimeSchemas[random.Next(fuzzBase.RealtimeSchemas.Count)];
        int count = 1 + random.Next(3);
        var picked = new List<MutationKind>();
        for (int i = 0; i < count; i++)
        {
            picked.Add(PickKind(random));
        }

        // Tree mutations first (they rewrite the whole text), text mutations after; each group in the order picked.
        List<MutationKind> kinds = picked.OrderBy(IsTextLevel).ToList();
        var applied = new List<string>();
        string text = fuzzBase.Text;
        List<string> closure;
        JsonObject? tree = null;
        if (kinds.Any(k => !IsTextLevel(k)))
        {
            tree = fuzzBase.CloneTree();
            closure = ClosureOf(tree, root);
            var context = new TreeContext(random, tree, closure, root);
            foreach (MutationKind kind in kinds.Where(k => !IsTextLevel(k)))
            {
                applied.Add(context.Apply(kind));
            }

            text = fuzzBase.Serialize(tree);
        }
        else
        {
            closure = ClosureOf(fuzzBase.CloneTree(), root);
        }

        foreach (MutationKind kind in kinds.Where(IsTextLevel))
        {
            (text, string description) = ApplyText(kind, random, text, closure, fuzzBase.Format);
            applied.Add(description);
        }

        return new Mutant(seed, fuzzBase, root, applied, text);
    }

    private static MutationKind PickKind(Random random)
    {
        int total = Kinds.Sum(k => k.Weight);
        int pick = random.Next(total);
        foreach (var (kind, weight) in Kinds)
        {
            if (pick < weight)
            {
                return kind;
            }

            pick -= weight;
        }

        return MutationKind.ReplaceNode;
    }

    private static bool IsTextLevel(MutationKind kind) => kind >= MutationKind.DuplicateKey;

    private static List<string> ClosureOf(JsonObject tree, string root)
        => (tree["components"] as JsonObject)?["schemas"] is JsonObject schemas ? SchemaClosure.Compute(schemas, new[] { root }) : new List<string> { root };

    // ------------------------------------------------------------------ text mutations

    private static (string Text, string Description) ApplyText(MutationKind kind, Random random, string text, List<string> closure, string format)
    {
        var lines = new List<string>(text.Split('\n'));
        (int First, int Last) region = PickRegion(random, lines, closure);
        switch (kind)
        {
            case MutationKind.DuplicateKey:
            {
                // The copy goes before the original, so the original (later) value wins and the document means the same.
                var candidates = Enumerable.Range(region.First, region.Last - region.First + 1).Where(i => IsDuplicableKeyLine(lines[i], format)).ToList();
                if (candidates.Count == 0)
                {
                    candidates = Enumerable.Range(0, lines.Count).Where(i => IsDuplicableKeyLine(lines[i], format)).ToList();
                }

                if (candidates.Count == 0)
                {
                    return ApplyText(MutationKind.DuplicateLine, random, text, closure, format);
                }

                int line = candidates[random.Next(candidates.Count)];
                string copy = lines[line];
                if (format == "json" && !copy.TrimEnd().EndsWith(",", StringComparison.Ordinal))
                {
                    copy = copy.TrimEnd() + ",";
                }

                lines.Insert(line, copy);
                return (string.Join('\n', lines), "duplicate key: line " + (line + 1).ToString(CultureInfo.InvariantCulture) + " " + Show(lines[line + 1].Trim()));
            }

            case MutationKind.Truncate:
            {
                int offset = random.NextDouble() < 0.5 ? OffsetOfLine(lines, region.First) + random.Next(Math.Max(1, RegionLength(lines, region))) : random.Next(text.Length + 1);
                offset = Math.Min(offset, text.Length);
                return (text.Substring(0, offset), "truncate at char " + offset.ToString(CultureInfo.InvariantCulture) + " of " + text.Length.ToString(CultureInfo.InvariantCulture) + " (line " + LineOf(text, offset).ToString(CultureInfo.InvariantCulture) + ")");
            }

            case MutationKind.DeleteLine:
            {
                int line = region.First + random.Next(region.Last - region.First + 1);
                string removed = lines[line];
                lines.RemoveAt(line);
                return (string.Join('\n', lines), "delete line " + (line + 1).ToString(CultureInfo.InvariantCulture) + " " + Show(removed.Trim()));
            }

            case MutationKind.DuplicateLine:
            {
                int line = region.First + random.Next(region.Last - region.First + 1);
                lines.Insert(line + 1, lines[line]);
                return (string.Join('\n', lines), "duplicate line " + (line + 1).ToString(CultureInfo.InvariantCulture) + " " + Show(lines[line].Trim()));
            }

            default:
            {
                int start = OffsetOfLine(lines, region.First);
                int offset = random.NextDouble() < ClosureBias ? start + random.Next(Math.Max(1, RegionLength(lines, region))) : random.Next(text.Length + 1);
                offset = Math.Min(offset, text.Length);
                var inserted = new StringBuilder();
                int pieces = 1 + random.Next(4);
                for (int i = 0; i < pieces; i++)
                {
                    inserted.Append(random.NextDouble() < 0.2 ? ((char)random.Next(0, 0x250)).ToString() : Palette[random.Next(Palette.Length)]);
                }

                return (text.Insert(offset, inserted.ToString()), "insert " + Show(inserted.ToString()) + " at char " + offset.ToString(CultureInfo.InvariantCulture) + " (line " + LineOf(text, offset).ToString(CultureInfo.InvariantCulture) + ")");
            }
        }
    }

    /// <summary>The lines of a random closure schema (most of the time), or the whole text.</summary>
    private static (int First, int Last) PickRegion(Random random, List<string> lines, List<string> closure)
    {
        if (closure.Count > 0 && random.NextDouble() < ClosureBias)
        {
            string schema = closure[random.Next(closure.Count)];
            int keyLine = -1;
            int keyIndent = int.MaxValue;
            var key = new Regex("^(\\s*)(\"" + Regex.Escape(schema.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)) + "\"|" + Regex.Escape(schema) + ")\\s*:", RegexOptions.CultureInvariant);
            for (int i = 0; i < lines.Count; i++)
            {
                Match match = key.Match(lines[i]);
                if (match.Success && match.Groups[1].Length < keyIndent)
                {
                    keyLine = i;
                    keyIndent = match.Groups[1].Length;
                }
            }

            if (keyLine >= 0)
            {
                int last = keyLine;
                for (int i = keyLine + 1; i < lines.Count; i++)
                {
                    string line = lines[i];
                    if (line.Trim().Length == 0)
                    {
                        continue;
                    }

                    int indent = line.Length - line.TrimStart().Length;
                    if (indent <= keyIndent)
                    {
                        break;
                    }

                    last = i;
                }

                return (keyLine, last);
            }
        }

        return (0, Math.Max(0, lines.Count - 1));
    }

    private static bool IsDuplicableKeyLine(string line, string format)
    {
        string trimmed = line.Trim();
        if (format == "json")
        {
            return Regex.IsMatch(trimmed, "^\"(?:[^\"\\\\]|\\\\.)*\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+\\-]*|true|false|null|\\{\\}|\\[\\])\\s*,?$", RegexOptions.CultureInvariant);
        }

        return trimmed.Length > 0 && !trimmed.StartsWith('#') && !trimmed.StartsWith('-') && Regex.IsMatch(trimmed, "^(\"[^\"]*\"|'[^']*'|[^\\s:#'\"\\[\\]{},][^:#]*):(\\s|$)", RegexOptions.CultureInvariant);
    }

    private static int OffsetOfLine(List<string> lines, int line)
    {
        int offset = 0;
        for (int i = 0; i < line; i++)
        {
            offset += lines[i].Length + 1;
        }

        return offset;
    }

    private static int RegionLength(List<string> lines, (int First, int Last) region)
    {
        int length = 0;
        for (int i = region.First; i <= region.Last; i++)
        {
            length += lines[i].Length + 1;
        }

        return length;
    }

    private static int LineOf(string text, int offset)
    {
        int line = 1;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A JSON value for a report, cut to 80 chars.</summary>
    internal static string ShowNode(JsonNode? node)
    {
        string shown = node is null ? "null" : node.ToJsonString(Relaxed);
        return shown.Length > 82 ? shown.Substring(0, 80) + "..." : shown;
    }

    /// <summary>A string for a report: JSON-escaped, cut to 80 chars.</summary>
    internal static string Show(string value)
    {
        string shown = System.Text.Json.JsonSerializer.Serialize(value, Relaxed);
        return shown.Length > 82 ? shown.Substring(0, 80) + "...\"" : shown;
    }

    // ------------------------------------------------------------------ tree mutations

    /// <summary>A node of the tree with where it sits.</summary>
    private readonly record struct Site(JsonNode? Node, JsonNode Parent, string? Key, int Index, string Pointer);

    private sealed class TreeContext
    {
        private readonly Random _random;
        private readonly JsonObject _root;
        private readonly List<string> _closure;
        private readonly string _rootSchema;
        private readonly JsonObject? _schemas;

        public TreeContext(Random random, JsonObject root, List<string> closure, string rootSchema)
        {
            _random = random;
            _root = root;
            _closure = closure;
            _rootSchema = rootSchema;
            _schemas = (root["components"] as JsonObject)?["schemas"] as JsonObject;
        }

        public string Apply(MutationKind kind)
        {
            switch (kind)
            {
                case MutationKind.DeleteNode:
                {
                    Site site = PickSite(_ => true);
                    Remove(site);
                    return "delete " + site.Pointer;
                }

                case MutationKind.ChangeType:
                {
                    JsonNode value = Pick(new Func<JsonNode>[]
                    {
                        () => Pick("string", "integer", "number", "boolean", "array", "object", "null"),
                        () => Pick("strnig", "", "Object", "any", "file", "int", "string "),
                        () => Pick<JsonNode>(42, 3.5, -1, true),
                        () => new JsonArray("string", "null"),
                        () => new JsonArray("integer", "string"),
                        () => new JsonArray(),
                        () => new JsonArray("nonsense", 1),
                        () => new JsonObject(),
                    })();
                    if (TryPickMember("type", out Site site))
                    {
                        string before = ShowNode(site.Node);
                        Set(site, value);
                        return "change type at " + site.Pointer + ": " + before + " -> " + ShowNode(value);
                    }

                    Site target = PickObject();
                    ((JsonObject)target.Node!)["type"] = value;
                    return "add type " + ShowNode(value) + " at " + target.Pointer;
                }

                case MutationKind.BreakRef:
                {
                    string existing = AnySchemaName();
                    JsonNode? value = Pick(new Func<JsonNode?>[]
                    {
                        () => "#/components/schemas/NoSuchSchema" + _random.Next(100).ToString(CultureInfo.InvariantCulture),
                        () => Pick("#/info", "#/paths", "#/components/responses/X", "#/components/schemas/" + existing + "/properties/nope", "#/components/schemas/" + existing + "/properties", "#/components/schemas/" + existing + "/items"),
                        () => Pick("other.yaml#/X", "other.yaml", "https://example.invalid/spec.yaml#/components/schemas/X", "file:///etc/passwd", "//host/x.yaml#/X", "urn:x:y"),
                        () => Pick("#/components/schemas/", "#", "", "#/", "components/schemas/" + existing, "#/components/schemas/" + existing + "/", "#/components/schemas/a%20b", "#/components/schemas/~2", " #/components/schemas/" + existing, "#/components/schemas/" + existing + "#x"),
                        () => Pick<JsonNode?>(42, null, new JsonArray(), new JsonObject(), true),
                    })();
                    return SetRef(value, "break $ref");
                }

                case MutationKind.SelfRef:
                {
                    if (TryPickMember("$ref", out Site site))
                    {
                        string owner = OwnerOf(site.Pointer) ?? _rootSchema;
                        Set(site, "#/components/schemas/" + Escape(owner));
                        return "self-reference at " + site.Pointer + " -> " + owner;
                    }

                    Site target = PickObject();
                    string self = OwnerOf(target.Pointer) ?? _rootSchema;
                    ((JsonObject)target.Node!)["$ref"] = "#/components/schemas/" + Escape(self);
                    return "add self-reference $ref at " + target.Pointer + " -> " + self;
                }

                case MutationKind.RetargetRef:
                    return SetRef("#/components/schemas/" + Escape(AnySchemaName()), "retarget $ref");

                case MutationKind.EmptyCollection:
                {
                    string[] names = { "enum", "oneOf", "anyOf", "allOf", "required", "properties", "items", "mapping", "discriminator" };
                    Site site = PickSite(s => s.Key is not null && names.Contains(s.Key));
                    if (site.Key is null || !names.Contains(site.Key))
                    {
                        return Apply(MutationKind.ReplaceNode);
                    }

                    JsonNode empty = site.Node is JsonObject || site.Key is "properties" or "items" or "mapping" or "discriminator" ? new JsonObject() : new JsonArray();
                    Set(site, empty);
                    return "empty " + site.Pointer;
                }

                case MutationKind.ReplaceNode:
                {
                    Site site = PickSite(_ => true);
                    JsonNode? value = RandomValue(2);
                    Set(site, value);
                    return "replace " + site.Pointer + " with " + ShowNode(value);
                }

                case MutationKind.AddKeyword:
                {
                    Site target = PickObject();
                    var (keyword, value) = RandomKeyword();
                    ((JsonObject)target.Node!)[keyword] = value;
                    return "set " + keyword + " = " + ShowNode(value) + " at " + target.Pointer;
                }

                default:
                {
                    JsonNode? version = Pick<JsonNode?>("3.0.0", "3.0.3", "3.1.0", "3.1.1", "3.2.0", "2.0", "4.0.0", "3", "3.1", 3.1, 3, null, "", "three");
                    double roll = _random.NextDouble();
                    if (roll < 0.1)
                    {
                        _root.Remove("openapi");
                        return "delete openapi";
                    }

                    if (roll < 0.2)
                    {
                        _root["swagger"] = "2.0";
                        return "add swagger: 2.0";
                    }

                    _root["openapi"] = version;
                    return "set openapi = " + ShowNode(version);
                }
            }
        }

        private string SetRef(JsonNode? value, string what)
        {
            if (TryPickMember("$ref", out Site site))
            {
                string before = ShowNode(site.Node);
                Set(site, value);
                return what + " at " + site.Pointer + ": " + before + " -> " + ShowNode(value);
            }

            Site target = PickObject();
            ((JsonObject)target.Node!)["$ref"] = value;
            return what + " (added) at " + target.Pointer + " = " + ShowNode(value);
        }

        private (string Keyword, JsonNode? Value) RandomKeyword()
        {
            string existing = "#/components/schemas/" + Escape(AnySchemaName());
            string other = "#/components/schemas/" + Escape(AnySchemaName());
            var choices = new Func<(string, JsonNode?)>[]
            {
                () => ("nullable", Pick<JsonNode>(true, false, "yes")),
                () => ("not", Pick<JsonNode>(new JsonObject { ["type"] = "string" }, new JsonObject())),
                () => ("discriminator", Pick<JsonNode>(
                    new JsonObject { ["propertyName"] = "type" },
                    new JsonObject { ["propertyName"] = "nosuch" },
                    new JsonObject { ["propertyName"] = "type", ["mapping"] = new JsonObject { ["a"] = "#/components/schemas/NoSuch", ["b"] = existing } },
                    new JsonObject { ["propertyName"] = 5 })),
                () => ("const", RandomScalar()),
                () => ("default", RandomValue(1)),
                () => ("enum", Pick<JsonNode>(new JsonArray("a", "a"), new JsonArray((JsonNode?)null), new JsonArray(1, 2), new JsonArray("", " "), new JsonArray("x", 1, true, null), new JsonArray("class", "Value", "IsKnown", "1a", "a-b", "A_B", "a b"))),
                () => ("items", Pick<JsonNode>(new JsonObject(), new JsonObject { ["$ref"] = existing }, new JsonArray(), new JsonObject { ["type"] = "array" })),
                () => ("properties", Pick<JsonNode>(
                    new JsonObject { ["x"] = new JsonObject { ["type"] = "string" } },
                    new JsonObject { [""] = new JsonObject() },
                    new JsonObject { ["class"] = new JsonObject { ["$ref"] = existing }, ["Class"] = new JsonObject { ["type"] = "integer" } },
                    new JsonObject { ["AdditionalProperties"] = new JsonObject { ["type"] = "string" }, ["Validate"] = new JsonObject { ["type"] = "boolean" } },
                    new JsonObject { ["self"] = new JsonObject { ["$ref"] = "#/components/schemas/" + Escape(_rootSchema) } })),
                () => ("additionalProperties", Pick<JsonNode>(false, true, new JsonObject { ["type"] = "integer" }, new JsonObject { ["$ref"] = existing })),
                () => ("allOf", Pick<JsonNode>(new JsonArray(new JsonObject { ["$ref"] = existing }), new JsonArray(), new JsonArray(new JsonObject { ["$ref"] = existing }, new JsonObject { ["$ref"] = other }))),
                () => ("oneOf", Pick<JsonNode>(
                    new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "integer" }),
                    new JsonArray(new JsonObject { ["$ref"] = existing }, new JsonObject { ["$ref"] = other }),
                    new JsonArray(new JsonObject { ["type"] = "null" }, new JsonObject { ["$ref"] = existing }),
                    new JsonArray(new JsonObject { ["type"] = "array" }, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } }))),
                () => ("anyOf", Pick<JsonNode>(new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("a") }), new JsonArray(new JsonObject { ["$ref"] = existing }))),
                () => ("format", Pick<JsonNode>("int32", "float", "date-time", "nonsense", "binary", 3)),
                () => (Pick("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"), Pick<JsonNode>(0, -1.5, 1e300, "abc", true, "1e999", long.MaxValue)),
                () => (Pick("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"), Pick<JsonNode>(-1, 0, 1L << 40, "x", 1.5, 2147483648L)),
                () => ("pattern", Pick<JsonNode>("[", "^a$", "\\", "(?<x>", "\"*/", "\\p{Lu}+", "^(a+)+$")),
                () => ("required", Pick<JsonNode>(new JsonArray("nosuch"), new JsonArray(1), "x", new JsonArray("type", "type"))),
                () => ("type", Pick<JsonNode>(new JsonArray("string", "null"), new JsonArray("object", "array"), new JsonArray("integer", "number", "boolean"))),
                () => (Pick("readOnly", "writeOnly", "deprecated"), Pick<JsonNode>(true, "yes")),
                () => (Pick("description", "title"), Pick<JsonNode>("*/ #error boom\n/// <x>", "\u202E\u2028", "", 12)),
                () => ("x-extension", RandomValue(1)),
                () => ("$ref", existing),
            };
            return choices[_random.Next(choices.Length)]();
        }

        private JsonNode? RandomValue(int depth)
        {
            int roll = _random.Next(depth > 0 ? 10 : 7);
            switch (roll)
            {
                case < 6:
                    return RandomScalar();
                case 6:
                    return null;
                case 7:
                {
                    var array = new JsonArray();
                    int n = _random.Next(3);
                    for (int i = 0; i < n; i++)
                    {
                        array.Add(RandomValue(depth - 1));
                    }

                    return array;
                }

                default:
                {
                    var obj = new JsonObject();
                    int n = _random.Next(3);
                    for (int i = 0; i < n; i++)
                    {
                        obj[Pick("type", "$ref", "properties", "items", "enum", "x", "oneOf", "default")] = RandomValue(depth - 1);
                    }

                    return obj;
                }
            }
        }

        private JsonNode RandomScalar() => Pick<JsonNode>(
            "", "x", "string", "object", "#/components/schemas/" + Escape(AnySchemaName()), "*/\"\\\n#error boom", "\u202E\u200D",
            0, -1, 1.5, 1e300, long.MaxValue, long.MinValue, 0.1m, true, false);

        private string AnySchemaName()
        {
            if (_closure.Count > 0 && _random.NextDouble() < ClosureBias)
            {
                return _closure[_random.Next(_closure.Count)];
            }

            if (_schemas is { Count: > 0 })
            {
                return _schemas.ElementAt(_random.Next(_schemas.Count)).Key;
            }

            return _rootSchema;
        }

        private bool TryPickMember(string key, out Site site)
        {
            site = PickSite(s => s.Key == key);
            return site.Key == key;
        }

        private Site PickObject()
        {
            Site site = PickSite(s => s.Node is JsonObject);
            if (site.Node is JsonObject)
            {
                return site;
            }

            // Nothing matched: the root schema itself, or the document.
            if (_schemas?[_rootSchema] is JsonObject schema)
            {
                return new Site(schema, _schemas, _rootSchema, -1, "/components/schemas/" + Escape(_rootSchema));
            }

            return new Site(_root, _root, null, -1, string.Empty);
        }

        /// <summary>A node matching <paramref name="filter"/>: in the closure most of the time, anywhere otherwise; any node when none matches.</summary>
        private Site PickSite(Func<Site, bool> filter)
        {
            if (_random.NextDouble() < ClosureBias && _schemas is not null)
            {
                var inClosure = new List<Site>();
                foreach (string name in _closure)
                {
                    if (_schemas.TryGetPropertyValue(name, out JsonNode? schema))
                    {
                        Collect(new Site(schema, _schemas, name, -1, "/components/schemas/" + Escape(name)), inClosure);
                    }
                }

                var matching = inClosure.Where(filter).ToList();
                if (matching.Count > 0)
                {
                    return matching[_random.Next(matching.Count)];
                }
            }

            var all = new List<Site>();
            foreach (var member in _root.ToList())
            {
                Collect(new Site(member.Value, _root, member.Key, -1, "/" + Escape(member.Key)), all);
            }

            var any = all.Where(filter).ToList();
            if (any.Count > 0)
            {
                return any[_random.Next(any.Count)];
            }

            return all.Count > 0 ? all[_random.Next(all.Count)] : new Site(_root, _root, null, -1, string.Empty);
        }

        private static void Collect(Site start, List<Site> sites)
        {
            var stack = new Stack<Site>();
            stack.Push(start);
            while (stack.Count > 0)
            {
                Site site = stack.Pop();
                sites.Add(site);
                if (site.Node is JsonObject obj)
                {
                    foreach (var member in obj)
                    {
                        stack.Push(new Site(member.Value, obj, member.Key, -1, site.Pointer + "/" + Escape(member.Key)));
                    }
                }
                else if (site.Node is JsonArray array)
                {
                    for (int i = 0; i < array.Count; i++)
                    {
                        stack.Push(new Site(array[i], array, null, i, site.Pointer + "/" + i.ToString(CultureInfo.InvariantCulture)));
                    }
                }
            }
        }

        private static void Remove(Site site)
        {
            if (site.Parent is JsonObject obj && site.Key is not null && !ReferenceEquals(site.Node, obj))
            {
                obj.Remove(site.Key);
            }
            else if (site.Parent is JsonArray array && site.Index >= 0 && site.Index < array.Count)
            {
                array.RemoveAt(site.Index);
            }
        }

        private void Set(Site site, JsonNode? value)
        {
            if (site.Parent is JsonObject obj && site.Key is not null && !ReferenceEquals(site.Node, obj))
            {
                obj[site.Key] = value;
            }
            else if (site.Parent is JsonArray array && site.Index >= 0 && site.Index < array.Count)
            {
                array[site.Index] = value;
            }
            else
            {
                _root["x-replaced"] = value;
            }
        }

        private static string? OwnerOf(string pointer)
        {
            const string prefix = "/components/schemas/";
            if (!pointer.StartsWith(prefix, StringComparison.Ordinal))
            {
                return null;
            }

            string rest = pointer.Substring(prefix.Length);
            int slash = rest.IndexOf('/', StringComparison.Ordinal);
            string escaped = slash < 0 ? rest : rest.Substring(0, slash);
            return escaped.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        }

        private T Pick<T>(params T[] values) => values[_random.Next(values.Length)];

        private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }
}

public enum MutationKind
{
    DeleteNode,
    ChangeType,
    BreakRef,
    SelfRef,
    RetargetRef,
    EmptyCollection,
    ReplaceNode,
    AddKeyword,
    ChangeVersion,

    // Text level (applied after every tree mutation).
    DuplicateKey,
    Truncate,
    DeleteLine,
    DuplicateLine,
    InsertBytes,
}

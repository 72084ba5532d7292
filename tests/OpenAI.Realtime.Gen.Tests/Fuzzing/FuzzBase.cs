using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using OpenAI.Realtime.Gen.Loading;
using OpenAI.Realtime.Gen.Reading;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Fuzzing;

/// <summary>
/// A spec the fuzzer mutates: its text, its tree (read once with the generator's own reader) and its Realtime schemas,
/// the roots a mutant picks from. Immutable once built; clones of the tree are handed out under a lock (JsonNode trees
/// are not safe for concurrent reads).
/// </summary>
public sealed class FuzzBase
{
    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly JsonObject _tree;
    private readonly object _treeLock = new();

    private FuzzBase(string name, string format, string text, JsonObject tree)
    {
        Name = name;
        Format = format;
        Text = text;
        _tree = tree;
        var schemas = (tree["components"] as JsonObject)?["schemas"] as JsonObject;
        RealtimeSchemas = schemas is null
            ? Array.Empty<string>()
            : schemas.Select(s => s.Key).Where(k => k.StartsWith("Realtime", StringComparison.Ordinal)).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        if (RealtimeSchemas.Count == 0)
        {
            throw new InvalidOperationException(name + " has no Realtime schemas to use as roots.");
        }
    }

    /// <summary>A short name for reports (<c>bundled</c>, <c>2025-04-29-realtime</c>, ...).</summary>
    public string Name { get; }

    /// <summary><c>yaml</c> or <c>json</c>: how a mutated tree is written back.</summary>
    public string Format { get; }

    /// <summary>The text mutants start from when only text-level mutations are applied.</summary>
    public string Text { get; }

    /// <summary>The component schemas named <c>Realtime*</c>, sorted: the roots mutants pick from.</summary>
    public IReadOnlyList<string> RealtimeSchemas { get; }

    /// <summary>The path the spec is given to the generator under.</summary>
    public string FilePath => "/fuzz/" + Name + "." + Format;

    public JsonObject CloneTree()
    {
        lock (_treeLock)
        {
            return (JsonObject)_tree.DeepClone();
        }
    }

    /// <summary>Writes a (mutated) tree back in the base's format.</summary>
    public string Serialize(JsonNode tree) => Format == "json" ? tree.ToJsonString(IndentedJson) + "\n" : YamlText.Write(tree);

    /// <summary>A base whose text is given as is (the tree is read from it).</summary>
    public static FuzzBase FromText(string name, string format, string text) => new(name, format, text, Read(text, name));

    /// <summary>
    /// The Realtime schemas of an official spec whose closure has at most <paramref name="maxClosure"/> schemas, with
    /// everything they reach and nothing else, as a small OpenAPI document written in <paramref name="format"/>.
    /// </summary>
    public static FuzzBase RealtimeExtract(string name, string format, string officialText, int maxClosure = int.MaxValue)
    {
        JsonObject document = Read(officialText, name);
        var schemas = (JsonObject)document["components"]!["schemas"]!;
        HashSet<string> keep = SmallRealtimeClosures(schemas, maxClosure);
        var kept = new JsonObject();
        foreach (var schema in schemas.Where(s => keep.Contains(s.Key)).ToList())
        {
            kept[schema.Key] = schema.Value!.DeepClone();
        }

        var extract = new JsonObject
        {
            ["openapi"] = document["openapi"]?.DeepClone(),
            ["info"] = new JsonObject { ["title"] = "Realtime schemas of " + name, ["version"] = document["info"]?["version"]?.DeepClone() ?? "1" },
            ["paths"] = new JsonObject(),
            ["components"] = new JsonObject { ["schemas"] = kept },
        };
        string text = format == "json" ? extract.ToJsonString(IndentedJson) + "\n" : YamlText.Write(extract);

        // Read back from the text, so the tree is exactly what the generator will see.
        return FromText(name, format, text);
    }

    /// <summary>
    /// A YAML spec as written (its own formatting kept) without the component schemas that no Realtime schema with a
    /// closure of at most <paramref name="maxClosure"/> schemas reaches: whole schema blocks are cut from the text.
    /// </summary>
    public static FuzzBase ReducedYaml(string name, string text, int maxClosure)
    {
        var schemas = (JsonObject)Read(text, name)["components"]!["schemas"]!;
        HashSet<string> keep = SmallRealtimeClosures(schemas, maxClosure);
        string[] lines = text.Split('\n');
        var output = new List<string>();
        int schemasLine = Array.FindIndex(lines, l => l == "  schemas:");
        if (schemasLine < 0 || Array.FindIndex(lines, l => l == "components:") != schemasLine - 1)
        {
            throw new InvalidOperationException(name + ": expected 'components:' then '  schemas:' at the top level.");
        }

        bool dropping = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            int indent = line.Length - line.TrimStart(' ').Length;
            if (i > schemasLine && line.Trim().Length > 0)
            {
                if (indent == 4)
                {
                    string key = line.Trim().TrimEnd(':').Trim('"', '\'');
                    dropping = !keep.Contains(key);
                }
                else if (indent < 4)
                {
                    dropping = false;
                    schemasLine = int.MaxValue;
                }
            }

            if (!dropping)
            {
                output.Add(line);
            }
        }

        FuzzBase reduced = FromText(name, "yaml", string.Join("\n", output));
        var left = ((JsonObject)reduced._tree["components"]!["schemas"]!).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        if (!left.SetEquals(keep))
        {
            throw new InvalidOperationException(name + ": cutting schema blocks from the text left " + left.Count + " schemas, not the " + keep.Count + " wanted.");
        }

        return reduced;
    }

    /// <summary>The Realtime schemas whose closure has at most <paramref name="maxClosure"/> schemas, and everything they reach.</summary>
    private static HashSet<string> SmallRealtimeClosures(JsonObject schemas, int maxClosure)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (string root in schemas.Select(s => s.Key).Where(k => k.StartsWith("Realtime", StringComparison.Ordinal)).ToList())
        {
            List<string> closure = SchemaClosure.Compute(schemas, new[] { root });
            if (closure.Count <= maxClosure)
            {
                keep.UnionWith(closure);
            }
        }

        return keep;
    }

    private static JsonObject Read(string text, string name)
    {
        SpecTextReadResult result = SpecTextReader.Read(text, SpecTextLimits.Default, CancellationToken.None);
        return result.Root as JsonObject
            ?? throw new InvalidOperationException(name + " cannot be read: " + string.Join("; ", result.Problems.Select(p => p.Message)));
    }
}

/// <summary>The bases of the default fuzz run and of the full run, built once per test process.</summary>
public static class FuzzBases
{
    /// <summary>
    /// The largest closure (in schemas) a root of the default bases may have: every Realtime schema but the biggest event
    /// union (RealtimeServerEvent, 89 schemas, seconds to compile per mutant). Measured on the 2-core machine: 500 mutants
    /// in about 60 s with this cap, 85 s without. The full run (<c>OAIGEN_FUZZ_FULL=1</c>) keeps every root.
    /// </summary>
    public const int MaxDefaultClosure = 60;

    private static readonly Lazy<IReadOnlyList<FuzzBase>> DefaultBases = new(() => new[]
    {
        FuzzBase.ReducedYaml("bundled", File.ReadAllText(TestPaths.BundledSpec), MaxDefaultClosure),
        FuzzBase.RealtimeExtract("2025-04-29-realtime", "yaml", File.ReadAllText(TestPaths.OfficialSpec("openai-2025-04-29.yaml")), MaxDefaultClosure),
        FuzzBase.RealtimeExtract("2026-05-13-realtime", "json", File.ReadAllText(TestPaths.OfficialSpec("openai-2026-05-13.yaml")), MaxDefaultClosure),
    });

    private static readonly Lazy<IReadOnlyList<FuzzBase>> FullBases = new(() => new[]
    {
        FuzzBase.FromText("openai-2025-04-29", "yaml", File.ReadAllText(TestPaths.OfficialSpec("openai-2025-04-29.yaml"))),
        FuzzBase.FromText("openai-2026-05-13", "yaml", File.ReadAllText(TestPaths.OfficialSpec("openai-2026-05-13.yaml"))),
    });

    /// <summary>
    /// The bundled spec (its YAML text, less the schemas only big roots reach), and the Realtime extracts of both official
    /// specs (one written as YAML, one as JSON).
    /// </summary>
    public static IReadOnlyList<FuzzBase> Default => DefaultBases.Value;

    /// <summary>The whole official specs.</summary>
    public static IReadOnlyList<FuzzBase> Full => FullBases.Value;
}

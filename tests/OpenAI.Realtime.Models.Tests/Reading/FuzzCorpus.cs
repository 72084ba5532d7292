using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenAI.Realtime.Models.Tests.Reading;

/// <summary>A realistic payload and the generated type it is read as.</summary>
internal sealed record Seed(string Name, ReadTarget Target, byte[] Utf8)
{
    public override string ToString() => Name;
}

/// <summary>
/// Realistic payloads of every kind: the recorded GA session of the sample (server events as they came over the
/// socket) and every JSON example the official specs in <c>../shared/specs</c> give for their Realtime schemas (client
/// and server events, sessions, responses, items), each read as the type generated for its schema, or as the client or
/// server event union when the bundled spec names the schema differently.
/// </summary>
internal static class FuzzCorpus
{
    private static readonly Lazy<IReadOnlyList<Seed>> LazySeeds = new(Load);

    public static IReadOnlyList<Seed> Seeds => LazySeeds.Value;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The folder beside the repository that holds the official specs and the conformance suites.</summary>
    public static string SharedFolder
    {
        get
        {
            string candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            Assert.True(Directory.Exists(candidate), "The folder 'shared' must sit beside the repository (" + candidate + "): these tests read the official specs and the conformance suites from there.");
            return candidate;
        }
    }

    private static IReadOnlyList<Seed> Load()
    {
        var seeds = new List<Seed>();
        string session = Path.Combine(AppContext.BaseDirectory, "SampleData", "session.jsonl");
        int line = 0;
        foreach (string json in File.ReadAllLines(session).Where(l => l.Length > 0))
        {
            line++;
            string type = JsonNode.Parse(json)!["type"]!.GetValue<string>();
            seeds.Add(new Seed("session.jsonl:" + line + " " + type, ReadTarget.For<RealtimeServerEvent>(), Encoding.UTF8.GetBytes(json)));
        }

        foreach (string spec in Directory.GetFiles(Path.Combine(SharedFolder, "specs"), "*.yaml").OrderBy(p => p, StringComparer.Ordinal))
        {
            foreach ((string schema, string example) in RealtimeExamples(spec))
            {
                byte[]? utf8 = Compact(example);
                ReadTarget? target = utf8 is null ? null : TargetFor(schema);
                if (target is not null)
                {
                    seeds.Add(new Seed(Path.GetFileName(spec) + ": " + schema, target, utf8!));
                }
            }
        }

        return seeds;
    }

    private static ReadTarget? TargetFor(string schema)
    {
        Type? type = typeof(RealtimeServerEvent).Assembly.GetType("OpenAI.Realtime." + schema);
        if (type is not null && RealtimeJsonContext.Default.GetTypeInfo(type) is not null)
        {
            return ReadTarget.For(type);
        }

        if (schema.StartsWith("RealtimeServerEvent", StringComparison.Ordinal))
        {
            return ReadTarget.For<RealtimeServerEvent>();
        }

        return schema.StartsWith("RealtimeClientEvent", StringComparison.Ordinal) ? ReadTarget.For<RealtimeClientEvent>() : null;
    }

    /// <summary>The example blocks (<c>example: |</c>) of the schemas named <c>Realtime*</c> in a YAML spec.</summary>
    private static IEnumerable<(string Schema, string Example)> RealtimeExamples(string path)
    {
        string[] lines = File.ReadAllLines(path);
        bool inSchemas = false;
        string? schema = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string l = lines[i];
            if (l == "  schemas:")
            {
                inSchemas = true;
                continue;
            }

            if (inSchemas && l.Length > 2 && l[0] == ' ' && l[1] == ' ' && l[2] != ' ')
            {
                inSchemas = false; // the next component kind
            }

            if (!inSchemas)
            {
                continue;
            }

            if (l.StartsWith("    ", StringComparison.Ordinal) && l.Length > 4 && l[4] != ' ' && l.EndsWith(':'))
            {
                schema = l.Trim().TrimEnd(':');
                continue;
            }

            if (schema is null || !schema.StartsWith("Realtime", StringComparison.Ordinal) || l.Trim() != "example: |")
            {
                continue;
            }

            int indent = l.Length - l.TrimStart().Length;
            var block = new StringBuilder();
            int j = i + 1;
            for (; j < lines.Length; j++)
            {
                string b = lines[j];
                if (b.Trim().Length > 0 && b.Length - b.TrimStart().Length <= indent)
                {
                    break;
                }

                block.AppendLine(b);
            }

            i = j - 1;
            yield return (schema, block.ToString());
        }
    }

    /// <summary>The example as compact JSON, or null when it is not one JSON value.</summary>
    private static byte[]? Compact(string example)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(example, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                document.WriteTo(writer);
            }

            return buffer.WrittenSpan.ToArray();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenAI.Realtime.Gen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}

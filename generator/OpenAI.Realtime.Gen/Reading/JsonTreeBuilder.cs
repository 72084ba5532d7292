using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// Reads JSON into a <see cref="JsonNode"/> tree with <see cref="Utf8JsonReader"/>, iteratively, with the same
    /// limits, duplicate-key handling and source map as the YAML path. Comments are skipped; trailing commas are
    /// errors. Numbers are typed as the YAML path types plain scalars: <see cref="long"/> when integral and in range,
    /// else <see cref="decimal"/> for integers, else <see cref="double"/>; a number no CLR type can hold (such as
    /// <c>1e400</c>) is kept as a string of its text.
    /// </summary>
    internal static class JsonTreeBuilder
    {
        private const int TokensBetweenCancellationChecks = 4096;

        /// <summary>
        /// Reads <paramref name="text"/> (a byte order mark is skipped). With <paramref name="demand"/>, only the
        /// version, the info and the component schemas it selects become nodes; the rest is skipped (and still
        /// checked for syntax by the reader).
        /// </summary>
        public static SpecTextReadResult Read(string text, SpecTextLimits limits, SchemaDemand? demand, CancellationToken cancellationToken)
        {
            int bom = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            byte[] bytes = Encoding.UTF8.GetBytes(bom == 0 ? text : text.Substring(bom));
            var positions = new Utf8PositionTracker(bytes, bom);
            var tree = new TreeAssembler(limits, bytes.Length / 48);
            var options = new JsonReaderOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = false,

                // Deeper than allowed, so that the depth checks here report the limit rather than the reader.
                MaxDepth = limits.MaxDepth < int.MaxValue - 2 ? limits.MaxDepth + 2 : int.MaxValue,
            };
            try
            {
                HashSet<string>? kept = null;
                if (demand is not null)
                {
                    Dictionary<string, List<string>>? references = SchemaReferences(bytes, options, limits, out long tooDeepAt, cancellationToken);
                    if (references is null)
                    {
                        TextPosition at = positions.At(tooDeepAt);
                        return tree.Fail(new SpecTextProblem(
                            SpecProblemKind.LimitExceeded,
                            string.Format(CultureInfo.InvariantCulture, "Nesting is deeper than the limit of {0} levels.", limits.MaxDepth),
                            new SourceSpan(at, positions.At(tooDeepAt + 1))));
                    }

                    kept = demand.Select(references);
                }

                var reader = new Utf8JsonReader(bytes, options);
                return Build(ref reader, bytes, tree, positions, limits, kept, cancellationToken) ? tree.Complete() : tree.Fail();
            }
            catch (JsonException error)
            {
                long lineStart = positions.LineStartByte(error.LineNumber ?? 0);
                TextPosition at = positions.At(lineStart + (error.BytePositionInLine ?? 0));
                return tree.Fail(new SpecTextProblem(SpecProblemKind.Syntax, WithoutPosition(error.Message), new SourceSpan(at, at)));
            }
        }

        private static bool Build(
            ref Utf8JsonReader reader,
            byte[] bytes,
            TreeAssembler tree,
            Utf8PositionTracker positions,
            SpecTextLimits limits,
            HashSet<string>? keptSchemas,
            CancellationToken cancellationToken)
        {
            int tokens = 0;
            string? topKey = null;
            string? componentKey = null;
            while (reader.Read())
            {
                if (++tokens % TokensBetweenCancellationChecks == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                long start = reader.TokenStartIndex;
                JsonTokenType type = reader.TokenType;
                if (keptSchemas is not null && type == JsonTokenType.PropertyName && reader.CurrentDepth <= 3)
                {
                    string name = reader.GetString()!;
                    bool skip = reader.CurrentDepth switch
                    {
                        1 => !SchemaSelection.KeepsTopLevel(topKey = name),
                        2 => topKey == "components" && (componentKey = name) != "schemas",
                        _ => topKey == "components" && componentKey == "schemas" && !keptSchemas.Contains(name),
                    };
                    if (skip)
                    {
                        reader.Skip();
                        continue;
                    }
                }
                switch (type)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (!tree.TryOpen(type == JsonTokenType.StartObject, positions.At(start)))
                        {
                            return false;
                        }

                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        tree.Close(positions.At(start + 1));
                        break;
                    case JsonTokenType.PropertyName:
                    case JsonTokenType.String:
                        {
                            string value = reader.GetString()!;

                            // ValueSpan is the raw (still escaped) text between the quotes.
                            var span = new SourceSpan(positions.At(start), positions.At(start + reader.ValueSpan.Length + 2));
                            if (value.Length > limits.MaxScalarLength)
                            {
                                tree.Report(
                                    SpecProblemKind.LimitExceeded,
                                    string.Format(CultureInfo.InvariantCulture, "A string is longer than the limit of {0} chars.", limits.MaxScalarLength),
                                    span);
                                return false;
                            }

                            if (type == JsonTokenType.PropertyName)
                            {
                                tree.SetKey(value, span);
                            }
                            else if (!tree.TryAddScalar(JsonValue.Create(value), span))
                            {
                                return false;
                            }

                            break;
                        }

                    default:
                        {
                            var span = new SourceSpan(positions.At(start), positions.At(start + reader.ValueSpan.Length));
                            if (!tree.TryAddScalar(Literal(ref reader, bytes, type), span))
                            {
                                return false;
                            }

                            break;
                        }
                }
            }

            return true;
        }

        /// <summary>
        /// A first, allocation-light pass: for each component schema, the schema names it refers to through <c>$ref</c>
        /// values and discriminator <c>mapping</c> values. It also checks the depth of the whole document, the members the
        /// second pass skips included: null when a container nests deeper than the limit (<paramref name="tooDeepAt"/> is
        /// its byte offset).
        /// </summary>
        private static Dictionary<string, List<string>>? SchemaReferences(byte[] bytes, JsonReaderOptions options, SpecTextLimits limits, out long tooDeepAt, CancellationToken cancellationToken)
        {
            tooDeepAt = -1;
            var references = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
            var reader = new Utf8JsonReader(bytes, options);
            var keys = new List<string?>();
            string? topKey = null;
            string? componentKey = null;
            List<string>? current = null;
            bool skipping = false;
            int tokens = 0;
            while (reader.Read())
            {
                if (++tokens % TokensBetweenCancellationChecks == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                int depth = reader.CurrentDepth;
                while (keys.Count <= depth + 1)
                {
                    keys.Add(null);
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName when depth > 1 && skipping:
                        break;
                    case JsonTokenType.PropertyName:
                        string name = reader.GetString()!;
                        keys[depth] = name;
                        if (depth == 1)
                        {
                            topKey = name;
                            current = null;
                            skipping = !SchemaSelection.KeepsTopLevel(name);
                        }
                        else if (depth == 2 && topKey == "components")
                        {
                            componentKey = name;
                            current = null;
                        }
                        else if (depth == 3 && topKey == "components" && componentKey == "schemas")
                        {
                            references[name] = current = new List<string>();
                        }

                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        // Every part of the document is checked against the depth limit, the parts not built included.
                        if (depth + 1 > limits.MaxDepth)
                        {
                            tooDeepAt = reader.TokenStartIndex;
                            return null;
                        }

                        keys[depth + 1] = null;
                        break;
                    case JsonTokenType.String when current is not null && depth > 3:
                        if ((keys[depth] == "$ref" || keys[depth - 1] == "mapping") && SchemaSelection.Target(reader.GetString()!) is string target)
                        {
                            current.Add(target);
                        }

                        break;
                }
            }

            return references;
        }

        private static JsonNode? Literal(ref Utf8JsonReader reader, byte[] bytes, JsonTokenType type)
        {
            switch (type)
            {
                case JsonTokenType.True:
                    return JsonValue.Create(true);
                case JsonTokenType.False:
                    return JsonValue.Create(false);
                case JsonTokenType.Number:
                    if (reader.TryGetInt64(out long integer))
                    {
                        return JsonValue.Create(integer);
                    }

                    string text = Encoding.UTF8.GetString(bytes, (int)reader.TokenStartIndex, reader.ValueSpan.Length);
                    return YamlScalarTyping.ResolveNumber(text) ?? JsonValue.Create(text);
                default:
                    return null;
            }
        }

        /// <summary>Drops the " LineNumber: .. | BytePositionInLine: .." suffix: the problem's span says where.</summary>
        private static string WithoutPosition(string message)
        {
            int suffix = message.IndexOf(" LineNumber:", System.StringComparison.Ordinal);
            return suffix > 0 ? message.Substring(0, suffix) : message;
        }
    }
}

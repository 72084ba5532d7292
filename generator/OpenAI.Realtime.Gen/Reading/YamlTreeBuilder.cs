using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// Reads YAML into a <see cref="JsonNode"/> tree straight from YamlDotNet's parser events, iteratively.
    /// Scalars are typed by <see cref="YamlScalarTyping"/>; keys keep their text; aliases are deep copies of their
    /// anchored node, bounded by <see cref="SpecTextLimits.MaxAliasNodes"/> before anything is copied; merge keys
    /// (<c>&lt;&lt;</c>) are ordinary keys (YAML 1.2). Only the first document of a stream is supported: a second one
    /// is an <see cref="SpecProblemKind.Unsupported"/> problem. Valid block scalars that YamlDotNet rejects are
    /// repaired by <see cref="BlockScalarRepair"/> and parsed again.
    /// </summary>
    internal sealed class YamlTreeBuilder
    {
        private const int MaxRepairs = 100;
        private const int EventsBetweenCancellationChecks = 4096;

        private readonly YamlSourceText source;
        private readonly SpecTextLimits limits;
        private readonly CancellationToken cancellationToken;
        private readonly TreeAssembler tree;
        private readonly Dictionary<string, Anchor> anchors = new();

        // Per open container, parallel to the assembler's stack.
        private readonly List<OpenContainer> open = new();
        private int aliasNodes;

        private YamlTreeBuilder(YamlSourceText source, SpecTextLimits limits, CancellationToken cancellationToken)
        {
            this.source = source;
            this.limits = limits;
            this.cancellationToken = cancellationToken;
            // The official specs hold a mapped node per 43 (schema slices) to 63 (whole document) chars.
            tree = new TreeAssembler(limits, source.Text.Length / 40);
        }

        /// <summary>
        /// Reads <paramref name="text"/> (a byte order mark is skipped). With <paramref name="demand"/>, only the
        /// parts of the document its schemas need are parsed (see <see cref="YamlOutline"/>).
        /// </summary>
        public static SpecTextReadResult Read(string text, SpecTextLimits limits, SchemaDemand? demand, CancellationToken cancellationToken)
        {
            var source = new YamlSourceText(text);
            var blanked = new List<LineRange>();
            for (int attempt = 0; ; attempt++)
            {
                YamlTreeBuilder? builder = null;
                try
                {
                    if (demand is not null)
                    {
                        List<LineSlice>? plan = YamlOutline.Plan(source.Text, demand, out HashSet<string>? planned, cancellationToken);
                        if (plan is not null && TryReadSlices(source.WithSlices(plan), planned!, limits, cancellationToken) is SpecTextReadResult sliced)
                        {
                            return sliced;
                        }
                    }

                    builder = new YamlTreeBuilder(source, limits, cancellationToken);
                    return builder.Build();
                }
                catch (YamlException error)
                {
                    if (attempt < MaxRepairs && BlockScalarRepair.TryFindLinesToBlank(source.Text, error, blanked))
                    {
                        source.BlankLines(blanked);
                        continue;
                    }

                    TextPosition at = source.ErrorPosition(error.Start, error.Message);
                    builder ??= new YamlTreeBuilder(source, limits, cancellationToken);
                    return builder.tree.Fail(new SpecTextProblem(SpecProblemKind.Syntax, error.Message, new SourceSpan(at, at)));
                }
            }
        }

        /// <summary>
        /// Builds the tree from the planned slices; null (build the whole document instead) if they do not parse, or do not
        /// hold exactly the planned schemas (the outline misread the document).
        /// </summary>
        private static SpecTextReadResult? TryReadSlices(YamlSourceText sliced, HashSet<string> planned, SpecTextLimits limits, CancellationToken cancellationToken)
        {
            SpecTextReadResult result;
            try
            {
                result = new YamlTreeBuilder(sliced, limits, cancellationToken).Build();
            }
            catch (YamlException)
            {
                return null;
            }

            // A problem that stops reading (a limit, an unsupported construct) is reported by the whole-document reader,
            // at its place; so is a plan the parsed slices do not match.
            return result.Root is not null && HoldsExactly(result.Root, planned) ? result : null;
        }

        private static bool HoldsExactly(JsonNode root, HashSet<string> planned)
        {
            JsonObject? schemas = (root["components"] as JsonObject)?["schemas"] as JsonObject;
            if (schemas is null)
            {
                return planned.Count == 0;
            }

            if (schemas.Count != planned.Count)
            {
                return false;
            }

            foreach (KeyValuePair<string, JsonNode?> schema in schemas)
            {
                if (!planned.Contains(schema.Key))
                {
                    return false;
                }
            }

            return true;
        }

        private SpecTextReadResult Build()
        {
            var parser = new Parser(new StringReader(source.Text));
            int documents = 0;
            int events = 0;
            while (parser.MoveNext())
            {
                if (++events % EventsBetweenCancellationChecks == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                ParsingEvent current = parser.Current!;
                bool ok = current switch
                {
                    Scalar scalar => OnScalar(scalar),
                    MappingStart mapping => OnOpen(mapping, true, mapping.Style == MappingStyle.Flow),
                    SequenceStart sequence => OnOpen(sequence, false, sequence.Style == SequenceStyle.Flow),
                    MappingEnd or SequenceEnd => OnClose(current),
                    AnchorAlias alias => OnAlias(alias),
                    DocumentStart start => ++documents == 1 || Fail(
                        SpecProblemKind.Unsupported,
                        "The text holds more than one YAML document; a spec must be a single document.",
                        Span(start.Start, start.End)),
                    _ => true,
                };
                if (!ok)
                {
                    return tree.Fail();
                }
            }

            return tree.Complete();
        }

        private bool OnScalar(Scalar scalar)
        {
            SourceSpan span = Span(scalar.Start, scalar.End);
            if (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded)
            {
                span = new SourceSpan(span.StartPosition, source.TrimTrailingWhitespace(span.StartPosition, span.EndPosition));
            }

            if (scalar.Value.Length > limits.MaxScalarLength)
            {
                return Fail(
                    SpecProblemKind.LimitExceeded,
                    string.Format(CultureInfo.InvariantCulture, "A scalar is longer than the limit of {0} chars.", limits.MaxScalarLength),
                    span);
            }

            JsonNode? value;
            if (tree.ExpectsKey)
            {
                tree.SetKey(scalar.Value, span);
                if (scalar.Anchor.IsEmpty)
                {
                    return true;
                }

                value = YamlScalarTyping.Resolve(scalar);
            }
            else
            {
                value = YamlScalarTyping.Resolve(scalar);
                if (!tree.TryAddScalar(value, span))
                {
                    return false;
                }
            }

            if (!scalar.Anchor.IsEmpty)
            {
                anchors[scalar.Anchor.Value] = new Anchor(value, 1, 0, scalar.Value);
            }

            return true;
        }

        private bool OnOpen(NodeEvent start, bool isMapping, bool isFlow)
        {
            if (tree.ExpectsKey)
            {
                return Fail(
                    SpecProblemKind.Unsupported,
                    "A mapping key must be a scalar; complex (mapping or sequence) keys are not supported.",
                    Span(start.Start, start.End));
            }

            if (!tree.TryOpen(isMapping, source.Map(start.Start)))
            {
                return false;
            }

            open.Add(new OpenContainer(start.Anchor.IsEmpty ? null : start.Anchor.Value, isFlow));
            return true;
        }

        private bool OnClose(ParsingEvent end)
        {
            OpenContainer container = open[open.Count - 1];
            open.RemoveAt(open.Count - 1);
            TextPosition? endPosition = null;
            if (container.IsFlow)
            {
                // YamlDotNet marks the closing bracket itself; the span ends just after it.
                TextPosition bracket = source.Map(end.Start);
                endPosition = new TextPosition(bracket.Offset + 1, bracket.Line, bracket.Column + 1);
            }

            ClosedContainer closed = tree.Close(endPosition);
            if (container.Anchor is not null)
            {
                anchors[container.Anchor] = new Anchor(closed.Node, closed.Nodes, closed.Height, null);
            }

            return true;
        }

        private bool OnAlias(AnchorAlias alias)
        {
            SourceSpan span = Span(alias.Start, alias.End);
            if (!anchors.TryGetValue(alias.Value.Value, out Anchor anchor))
            {
                return Fail(SpecProblemKind.Syntax, "Alias '*" + alias.Value.Value + "' refers to no anchor defined before it.", span);
            }

            if (tree.ExpectsKey)
            {
                if (anchor.ScalarText is null)
                {
                    return Fail(
                        SpecProblemKind.Unsupported,
                        "A mapping key must be a scalar; complex (mapping or sequence) keys are not supported.",
                        span);
                }

                tree.SetKey(anchor.ScalarText, span);
                return true;
            }

            // Check before copying, so that a "billion laughs" document is refused without building anything big.
            if ((long)aliasNodes + anchor.Nodes > limits.MaxAliasNodes)
            {
                return Fail(
                    SpecProblemKind.LimitExceeded,
                    string.Format(CultureInfo.InvariantCulture, "Alias expansion creates more than {0} nodes.", limits.MaxAliasNodes),
                    span);
            }

            if (!tree.TryReserve(anchor.Nodes, anchor.Height, span))
            {
                return false;
            }

            aliasNodes += anchor.Nodes;
            tree.AddSubtree(NodeCopier.Copy(anchor.Node, span, tree.Map), span, anchor.Nodes, anchor.Height);
            return true;
        }

        private bool Fail(SpecProblemKind kind, string message, SourceSpan span)
        {
            tree.Report(kind, message, span);
            return false;
        }

        private SourceSpan Span(Mark start, Mark end) => new(source.Map(start), source.Map(end, isEnd: true));

        /// <summary>An anchored node with the size of its subtree; <see cref="ScalarText"/> is set for scalars (usable as keys).</summary>
        private readonly record struct Anchor(JsonNode? Node, int Nodes, int Height, string? ScalarText);

        private readonly record struct OpenContainer(string? Anchor, bool IsFlow);
    }
}

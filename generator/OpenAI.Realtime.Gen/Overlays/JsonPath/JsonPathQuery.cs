using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;

namespace OpenAI.Realtime.Gen.Overlays.JsonPath
{
    /// <summary>
    /// A node selected by a query: its value (a C# null is JSON null) and where it sits (the parent and the member name or
    /// array index), so an overlay can replace or remove it. The root has no parent.
    /// </summary>
    internal readonly struct PathNode
    {
        public PathNode(JsonNode? value, JsonNode? parent, string? name, int index)
        {
            Value = value;
            Parent = parent;
            Name = name;
            Index = index;
        }

        public JsonNode? Value { get; }

        public JsonNode? Parent { get; }

        public string? Name { get; }

        public int Index { get; }
    }

    /// <summary>
    /// A parsed RFC 9535 query (see <see cref="JsonPathParser"/>) and its evaluation over a <see cref="JsonNode"/> tree:
    /// the nodelist in the order the RFC defines (object members in document order). Evaluation is iterative over the
    /// document (the descendant segment walks with an explicit stack); only the filter expressions recurse, bounded by
    /// the parser's nesting limit. A node budget bounds the work of a hostile query (<c>$..*..*..*</c>).
    /// </summary>
    internal sealed class JsonPathQuery
    {
        /// <summary>The most nodes one evaluation may visit.</summary>
        public const int MaxVisitedNodes = 5_000_000;

        private readonly Segment[] _segments;
        private int _budget;
        private CancellationToken _cancellationToken;

        internal JsonPathQuery(string text, Segment[] segments)
        {
            Text = text;
            _segments = segments;
        }

        public string Text { get; }

        /// <summary>Static facts about the query, for planning what of a document it can touch.</summary>
        internal IReadOnlyList<Segment> Segments => _segments;

        /// <summary>The nodes the query selects in <paramref name="root"/>.</summary>
        public List<PathNode> Select(JsonNode? root, CancellationToken cancellationToken = default)
        {
            _budget = MaxVisitedNodes;
            _cancellationToken = cancellationToken;
            return Apply(_segments, new List<PathNode> { new PathNode(root, null, null, -1) }, root);
        }

        private List<PathNode> Apply(Segment[] segments, List<PathNode> input, JsonNode? root)
        {
            List<PathNode> current = input;
            foreach (Segment segment in segments)
            {
                var next = new List<PathNode>();
                foreach (PathNode node in current)
                {
                    if (segment.IsDescendant)
                    {
                        foreach (PathNode descendant in Descendants(node))
                        {
                            SelectFrom(segment.Selectors, descendant, root, next);
                        }
                    }
                    else
                    {
                        SelectFrom(segment.Selectors, node, root, next);
                    }
                }

                current = next;
            }

            return current;
        }

        /// <summary>The node and its descendants, parents before children, arrays and objects in order.</summary>
        private IEnumerable<PathNode> Descendants(PathNode start)
        {
            var stack = new Stack<PathNode>();
            stack.Push(start);
            var children = new List<PathNode>();
            while (stack.Count > 0)
            {
                PathNode node = stack.Pop();
                Spend();
                yield return node;
                children.Clear();
                AddChildren(node.Value, children);
                for (int i = children.Count - 1; i >= 0; i--)
                {
                    stack.Push(children[i]);
                }
            }
        }

        private static void AddChildren(JsonNode? value, List<PathNode> into)
        {
            if (value is JsonObject obj)
            {
                foreach (KeyValuePair<string, JsonNode?> member in obj)
                {
                    into.Add(new PathNode(member.Value, obj, member.Key, -1));
                }
            }
            else if (value is JsonArray array)
            {
                for (int i = 0; i < array.Count; i++)
                {
                    into.Add(new PathNode(array[i], array, null, i));
                }
            }
        }

        private void Spend()
        {
            if (--_budget < 0)
            {
                throw new JsonPathException(string.Format(CultureInfo.InvariantCulture, "The query visits more than {0} nodes.", MaxVisitedNodes), 0, notSupported: true);
            }

            if ((_budget & 0xFFFF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }
        }

        private void SelectFrom(Selector[] selectors, PathNode node, JsonNode? root, List<PathNode> output)
        {
            foreach (Selector selector in selectors)
            {
                switch (selector)
                {
                    case NameSelector name:
                        if (node.Value is JsonObject obj && obj.TryGetPropertyValue(name.Name, out JsonNode? member))
                        {
                            Spend();
                            output.Add(new PathNode(member, obj, name.Name, -1));
                        }

                        break;
                    case WildcardSelector:
                        int before = output.Count;
                        AddChildren(node.Value, output);
                        for (int i = before; i < output.Count; i++)
                        {
                            Spend();
                        }

                        break;
                    case IndexSelector index:
                        if (node.Value is JsonArray array)
                        {
                            long at = index.Index < 0 ? array.Count + index.Index : index.Index;
                            if (at >= 0 && at < array.Count)
                            {
                                Spend();
                                output.Add(new PathNode(array[(int)at], array, null, (int)at));
                            }
                        }

                        break;
                    case SliceSelector slice:
                        if (node.Value is JsonArray sliced)
                        {
                            foreach (int i in SliceIndexes(slice, sliced.Count))
                            {
                                Spend();
                                output.Add(new PathNode(sliced[i], sliced, null, i));
                            }
                        }

                        break;
                    case FilterSelector filter:
                        var candidates = new List<PathNode>();
                        AddChildren(node.Value, candidates);
                        foreach (PathNode candidate in candidates)
                        {
                            Spend();
                            if (Test(filter.Expression, candidate.Value, root))
                            {
                                output.Add(candidate);
                            }
                        }

                        break;
                }
            }
        }

        /// <summary>The indexes of a slice (RFC 9535 2.3.4.2.2).</summary>
        private static IEnumerable<int> SliceIndexes(SliceSelector slice, int length)
        {
            long step = slice.Step ?? 1;
            if (step == 0)
            {
                yield break;
            }

            long Normalize(long i) => i >= 0 ? i : length + i;
            if (step > 0)
            {
                long start = slice.Start is long s ? Normalize(s) : 0;
                long end = slice.End is long e ? Normalize(e) : length;
                long lower = Math.Min(Math.Max(start, 0), length);
                long upper = Math.Min(Math.Max(end, 0), length);
                for (long i = lower; i < upper; i += step)
                {
                    yield return (int)i;
                }
            }
            else
            {
                long start = slice.Start is long s ? Normalize(s) : length - 1;
                long end = slice.End is long e ? Normalize(e) : -length - 1;
                long upper = Math.Min(Math.Max(start, -1), length - 1);
                long lower = Math.Min(Math.Max(end, -1), length - 1);
                for (long i = upper; lower < i; i += step)
                {
                    yield return (int)i;
                }
            }
        }

        private bool Test(LogicalExpression expression, JsonNode? current, JsonNode? root)
        {
            switch (expression)
            {
                case OrExpression or:
                    return or.Operands.Any(o => Test(o, current, root));
                case AndExpression and:
                    return and.Operands.All(o => Test(o, current, root));
                case NotExpression not:
                    return !Test(not.Operand, current, root);
                case ExistsExpression exists:
                    return Query(exists.Query, current, root).Count > 0;
                case ComparisonExpression comparison:
                    return Compare(Evaluate(comparison.Left, current, root), comparison.Operator, Evaluate(comparison.Right, current, root));
                default:
                    // match() and search() are refused when the query is parsed.
                    throw new JsonPathException("This expression is not supported.", 0, notSupported: true);
            }
        }

        private List<PathNode> Query(FilterQuery query, JsonNode? current, JsonNode? root)
        {
            JsonNode? start = query.IsRelative ? current : root;
            return Apply(query.Segments, new List<PathNode> { new PathNode(start, null, null, -1) }, root);
        }

        /// <summary>The value of a comparable: present with a value (a C# null is JSON null), or absent ("Nothing").</summary>
        private (bool Present, JsonNode? Value) Evaluate(Comparable comparable, JsonNode? current, JsonNode? root)
        {
            switch (comparable)
            {
                case LiteralComparable literal:
                    return (true, literal.Value);
                case FilterQuery query:
                    List<PathNode> nodes = Query(query, current, root);
                    return nodes.Count == 1 ? (true, nodes[0].Value) : (false, null);
                case FunctionCall call:
                    return Call(call, current, root);
                default:
                    throw new JsonPathException("This expression is not supported.", 0, notSupported: true);
            }
        }

        private (bool Present, JsonNode? Value) Call(FunctionCall call, JsonNode? current, JsonNode? root)
        {
            switch (call.Name)
            {
                case "length":
                    {
                        var (present, value) = Evaluate(call.Arguments[0], current, root);
                        if (!present)
                        {
                            return (false, null);
                        }

                        switch (value)
                        {
                            case JsonObject obj:
                                return (true, JsonValue.Create((long)obj.Count));
                            case JsonArray array:
                                return (true, JsonValue.Create((long)array.Count));
                            case JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String:
                                string text = scalar.GetValue<string>();
                                long codePoints = 0;
                                for (int i = 0; i < text.Length; i++)
                                {
                                    if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
                                    {
                                        codePoints++;
                                    }
                                }

                                return (true, JsonValue.Create(codePoints));
                            default:
                                return (false, null);
                        }
                    }

                case "count":
                    return (true, JsonValue.Create((long)Query((FilterQuery)call.Arguments[0], current, root).Count));
                case "value":
                    {
                        List<PathNode> nodes = Query((FilterQuery)call.Arguments[0], current, root);
                        return nodes.Count == 1 ? (true, nodes[0].Value) : (false, null);
                    }

                default:
                    throw new JsonPathException("The function " + call.Name + "() is not supported by this JSONPath evaluator.", 0, notSupported: true);
            }
        }

        private static bool Compare((bool Present, JsonNode? Value) left, ComparisonOperator op, (bool Present, JsonNode? Value) right)
        {
            switch (op)
            {
                case ComparisonOperator.Equal:
                    return AreEqual(left, right);
                case ComparisonOperator.NotEqual:
                    return !AreEqual(left, right);
                case ComparisonOperator.Less:
                    return IsLess(left, right);
                case ComparisonOperator.LessOrEqual:
                    return IsLess(left, right) || AreEqual(left, right);
                case ComparisonOperator.Greater:
                    return IsLess(right, left);
                default:
                    return IsLess(right, left) || AreEqual(left, right);
            }
        }

        private static bool AreEqual((bool Present, JsonNode? Value) left, (bool Present, JsonNode? Value) right)
        {
            if (!left.Present || !right.Present)
            {
                return left.Present == right.Present;
            }

            return JsonValues.DeepEquals(left.Value, right.Value);
        }

        private static bool IsLess((bool Present, JsonNode? Value) left, (bool Present, JsonNode? Value) right)
        {
            if (!left.Present || !right.Present || left.Value is not JsonValue a || right.Value is not JsonValue b)
            {
                return false;
            }

            JsonValueKind ka = a.GetValueKind();
            JsonValueKind kb = b.GetValueKind();
            if (ka == JsonValueKind.Number && kb == JsonValueKind.Number)
            {
                return JsonValues.CompareNumbers(a, b) < 0;
            }

            if (ka == JsonValueKind.String && kb == JsonValueKind.String)
            {
                return JsonValues.CompareCodePoints(a.GetValue<string>(), b.GetValue<string>()) < 0;
            }

            return false;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// Builds a <see cref="JsonNode"/> tree top-down from "open container / key / value / close" steps, shared by the
    /// YAML and JSON readers. Uses an explicit stack (never recursion), enforces the depth and node limits, reports
    /// duplicate keys (the later value wins) and records every span in a <see cref="SourceMap"/>.
    /// </summary>
    internal sealed class TreeAssembler
    {
        private readonly SpecTextLimits limits;
        private readonly SourceMap map;
        private readonly List<SpecTextProblem> problems = new();
        private readonly List<KeySpan> openKeys = new();
        private Frame[] frames = new Frame[32];
        private int depth;
        private int nodeCount;
        private JsonNode? root;

        public TreeAssembler(SpecTextLimits limits, int expectedNodes)
        {
            this.limits = limits;
            map = new SourceMap(expectedNodes);
        }

        public SourceMap Map => map;

        /// <summary>True when the innermost open container is an object waiting for a member name.</summary>
        public bool ExpectsKey => depth > 0 && frames[depth - 1].Object is not null && frames[depth - 1].Key is null;

        /// <summary>Names the next member of the innermost open object (call only when <see cref="ExpectsKey"/>).</summary>
        public void SetKey(string name, SourceSpan span)
        {
            ref Frame top = ref frames[depth - 1];
            top.Key = name;
            top.KeySpan = span;
            if (span.End > top.LastEnd.Offset)
            {
                top.LastEnd = span.EndPosition;
            }
        }

        /// <summary>Adds a scalar or null value; false (with a problem recorded) when a limit is exceeded.</summary>
        public bool TryAddScalar(JsonNode? value, SourceSpan span)
        {
            if (!TryReserve(1, 0, span))
            {
                return false;
            }

            Link(value);
            if (value is not null)
            {
                map.Add(value, span);
            }

            Account(1, 0, span.EndPosition, value is not null);
            return true;
        }

        /// <summary>
        /// Checks that <paramref name="nodes"/> more nodes, <paramref name="height"/> levels deep below the open
        /// containers, stay within the limits, and counts them; false (with a problem recorded) otherwise.
        /// </summary>
        public bool TryReserve(int nodes, int height, SourceSpan at)
        {
            if ((long)nodeCount + nodes > limits.MaxNodes)
            {
                problems.Add(new SpecTextProblem(
                    SpecProblemKind.LimitExceeded,
                    string.Format(CultureInfo.InvariantCulture, "The document has more than {0} nodes.", limits.MaxNodes),
                    at));
                return false;
            }

            if ((long)depth + height > limits.MaxDepth)
            {
                problems.Add(new SpecTextProblem(
                    SpecProblemKind.LimitExceeded,
                    string.Format(CultureInfo.InvariantCulture, "Nesting is deeper than the limit of {0} levels.", limits.MaxDepth),
                    at));
                return false;
            }

            nodeCount += nodes;
            return true;
        }

        /// <summary>Adds an already built subtree whose nodes were counted by <see cref="TryReserve"/> and whose spans are recorded.</summary>
        public void AddSubtree(JsonNode? value, SourceSpan span, int nodes, int height)
        {
            Link(value);
            Account(nodes, height, span.EndPosition, true);
        }

        /// <summary>Opens an object or array as the next value; false (with a problem recorded) when a limit is exceeded.</summary>
        public bool TryOpen(bool isObject, TextPosition start)
        {
            if (!TryReserve(1, 1, new SourceSpan(start, start)))
            {
                return false;
            }

            JsonObject? obj = isObject ? new JsonObject() : null;
            JsonArray? array = isObject ? null : new JsonArray();
            Link((JsonNode?)obj ?? array);
            if (depth == frames.Length)
            {
                Array.Resize(ref frames, depth * 2);
            }

            frames[depth++] = new Frame
            {
                Object = obj,
                Array = array,
                KeysStart = openKeys.Count,
                Start = start,
                LastEnd = start,
                Nodes = 1,
            };
            return true;
        }

        /// <summary>
        /// Closes the innermost container. Its span ends at <paramref name="end"/>, or when that is null (YAML block
        /// collections) at the end of its last key or non-null value.
        /// </summary>
        public ClosedContainer Close(TextPosition? end)
        {
            ref Frame top = ref frames[depth - 1];
            TextPosition endPosition = end ?? top.LastEnd;
            var span = new SourceSpan(top.Start, endPosition);
            JsonNode node;
            if (top.Object is { } obj)
            {
                int count = openKeys.Count - top.KeysStart;
                var keys = new KeySpan[count];
                openKeys.CopyTo(top.KeysStart, keys, 0, count);
                openKeys.RemoveRange(top.KeysStart, count);
                map.Add(obj, span, keys);
                node = obj;
            }
            else
            {
                node = top.Array!;
                map.Add(node, span);
            }

            var closed = new ClosedContainer(node, top.Nodes, top.Height + 1);
            top = default;
            depth--;
            Account(closed.Nodes, closed.Height, endPosition, true);
            return closed;
        }

        /// <summary>Records a problem (the caller decides whether it stops reading).</summary>
        public void Report(SpecProblemKind kind, string message, SourceSpan span) =>
            problems.Add(new SpecTextProblem(kind, message, span));

        /// <summary>The finished tree with its map and the warnings met.</summary>
        public SpecTextReadResult Complete() => new(root, map, problems);

        /// <summary>A result without tree, carrying the problems met so far plus an optional fatal one.</summary>
        public SpecTextReadResult Fail(SpecTextProblem? fatal = null)
        {
            if (fatal is not null)
            {
                problems.Add(fatal);
            }

            return new SpecTextReadResult(null, new SourceMap(0), problems);
        }

        private void Link(JsonNode? value)
        {
            if (depth == 0)
            {
                root = value;
                return;
            }

            ref Frame top = ref frames[depth - 1];
            if (top.Object is not { } obj)
            {
                top.Array!.Add(value);
                return;
            }

            string name = top.Key ?? throw new InvalidOperationException("A mapping value arrived without its key.");
            top.Key = null;
            if (!obj.ContainsKey(name))
            {
                obj.Add(name, value);
                openKeys.Add(new KeySpan(name, top.KeySpan));
                return;
            }

            problems.Add(new SpecTextProblem(
                SpecProblemKind.DuplicateKey,
                "Duplicate key '" + name + "': the later value replaces the earlier one.",
                top.KeySpan));
            obj[name] = value;
            for (int i = top.KeysStart; i < openKeys.Count; i++)
            {
                if (string.Equals(openKeys[i].Name, name, StringComparison.Ordinal))
                {
                    openKeys[i] = new KeySpan(name, top.KeySpan);
                    break;
                }
            }
        }

        private void Account(int nodes, int height, TextPosition end, bool hasEnd)
        {
            if (depth == 0)
            {
                return;
            }

            ref Frame top = ref frames[depth - 1];
            top.Nodes += nodes;
            if (height > top.Height)
            {
                top.Height = height;
            }

            if (hasEnd && end.Offset > top.LastEnd.Offset)
            {
                top.LastEnd = end;
            }
        }

        private struct Frame
        {
            public JsonObject? Object;
            public JsonArray? Array;
            public string? Key;
            public SourceSpan KeySpan;
            public int KeysStart;
            public TextPosition Start;
            public TextPosition LastEnd;
            public int Nodes;
            public int Height;
        }
    }

    /// <summary>A container just closed by <see cref="TreeAssembler.Close"/>, with the size of its subtree.</summary>
    /// <param name="Node">The container.</param>
    /// <param name="Nodes">Nodes in the subtree, the container included.</param>
    /// <param name="Height">Levels of containers in the subtree, the container included.</param>
    internal readonly record struct ClosedContainer(JsonNode Node, int Nodes, int Height);
}

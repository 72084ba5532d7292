using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// Source positions of the nodes of a tree read by <see cref="SpecTextReader"/>: the span of every container and
    /// non-null scalar, and the key span of every mapping member. Nodes are matched by identity.
    /// </summary>
    internal sealed class SourceMap
    {
        private readonly Dictionary<JsonNode, Entry> entries;

        internal SourceMap(int capacity)
        {
            entries = new Dictionary<JsonNode, Entry>(capacity, NodeReferenceComparer.Instance);
        }

        /// <summary>Gets the span of <paramref name="node"/> as written (a scalar token, or a container from its first to last char).</summary>
        public bool TryGetSpan(JsonNode node, out SourceSpan span)
        {
            if (node is not null && entries.TryGetValue(node, out Entry entry))
            {
                span = entry.Span;
                return true;
            }

            span = default;
            return false;
        }

        /// <summary>Gets the span of the key token of member <paramref name="name"/> of <paramref name="obj"/>.</summary>
        public bool TryGetKeySpan(JsonObject obj, string name, out SourceSpan span)
        {
            if (obj is not null && name is not null && entries.TryGetValue(obj, out Entry entry) && entry.Keys is { } keys)
            {
                for (int i = 0; i < keys.Length; i++)
                {
                    if (string.Equals(keys[i].Name, name, StringComparison.Ordinal))
                    {
                        span = keys[i].Span;
                        return true;
                    }
                }
            }

            span = default;
            return false;
        }

        /// <summary>
        /// Follows the RFC 6901 pointer <paramref name="jsonPointer"/> (<c>""</c> is the root; a leading <c>#</c>, as in
        /// <c>$ref</c> values, is accepted) from <paramref name="root"/> and returns the span of the deepest node that
        /// exists on the path: the member's key span when that node is a scalar or null member of an object, otherwise
        /// the node's own span (falling back to the nearest ancestor with a span). Returns <c>default</c> when
        /// <paramref name="root"/> is null. Never throws.
        /// </summary>
        public SourceSpan Locate(JsonNode? root, string jsonPointer)
        {
            if (root is null)
            {
                return default;
            }

            TryGetSpan(root, out SourceSpan best);
            string pointer = jsonPointer ?? string.Empty;
            int position = pointer.Length > 0 && pointer[0] == '#' ? 1 : 0;
            JsonNode current = root;
            while (position < pointer.Length && pointer[position] == '/')
            {
                int next = pointer.IndexOf('/', position + 1);
                if (next < 0)
                {
                    next = pointer.Length;
                }

                string token = Unescape(pointer, position + 1, next);
                position = next;
                JsonNode? child;
                if (current is JsonObject obj)
                {
                    if (!obj.TryGetPropertyValue(token, out child))
                    {
                        return best;
                    }

                    if (child is null or JsonValue)
                    {
                        return TryGetKeySpan(obj, token, out SourceSpan keySpan) ? keySpan
                            : child is not null && TryGetSpan(child, out SourceSpan valueSpan) ? valueSpan
                            : best;
                    }
                }
                else if (current is JsonArray array && TryParseIndex(token, array.Count, out int index))
                {
                    child = array[index];
                    if (child is null)
                    {
                        return best;
                    }
                }
                else
                {
                    return best;
                }

                if (TryGetSpan(child, out SourceSpan span))
                {
                    best = span;
                }

                current = child;
            }

            return best;
        }

        internal void Add(JsonNode node, SourceSpan span) => entries[node] = new Entry(span, null);

        internal void Add(JsonObject obj, SourceSpan span, KeySpan[] keys) => entries[obj] = new Entry(span, keys);

        /// <summary>
        /// Gives <paramref name="copy"/> the spans recorded for <paramref name="original"/> (used for alias copies),
        /// its own span replaced by <paramref name="span"/> when given.
        /// </summary>
        internal void CopyEntry(JsonNode original, JsonNode copy, SourceSpan? span = null)
        {
            if (entries.TryGetValue(original, out Entry entry) || span is not null)
            {
                entries[copy] = new Entry(span ?? entry.Span, entry.Keys);
            }
        }

        private static string Unescape(string pointer, int start, int end)
        {
            int tilde = pointer.IndexOf('~', start, end - start);
            if (tilde < 0)
            {
                return pointer.Substring(start, end - start);
            }

            var builder = new StringBuilder(end - start);
            for (int i = start; i < end; i++)
            {
                char c = pointer[i];
                if (c == '~' && i + 1 < end && (pointer[i + 1] == '0' || pointer[i + 1] == '1'))
                {
                    builder.Append(pointer[++i] == '0' ? '~' : '/');
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        private static bool TryParseIndex(string token, int count, out int index)
        {
            index = 0;
            if (token.Length == 0 || token.Length > 9 || (token[0] == '0' && token.Length > 1))
            {
                return false;
            }

            foreach (char c in token)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }

                index = (index * 10) + (c - '0');
            }

            return index < count;
        }

        private readonly struct Entry
        {
            public Entry(SourceSpan span, KeySpan[]? keys)
            {
                Span = span;
                Keys = keys;
            }

            public SourceSpan Span { get; }

            public KeySpan[]? Keys { get; }
        }
    }
}

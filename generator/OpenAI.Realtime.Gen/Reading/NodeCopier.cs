using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// Deep-copies an anchored node for a YAML alias (a <see cref="JsonNode"/> has a single parent), iteratively.
    /// The copy's root gets the alias's span; the nodes below it share the spans of the nodes they copy.
    /// </summary>
    internal static class NodeCopier
    {
        public static JsonNode? Copy(JsonNode? original, SourceSpan aliasSpan, SourceMap map)
        {
            if (original is null)
            {
                return null;
            }

            JsonNode copy = CopyShallow(original);
            map.CopyEntry(original, copy, aliasSpan);
            if (copy is JsonValue)
            {
                return copy;
            }

            var pending = new Stack<(JsonNode Original, JsonNode Copy)>();
            pending.Push((original, copy));
            while (pending.Count > 0)
            {
                (JsonNode from, JsonNode to) = pending.Pop();
                if (from is JsonObject fromObject)
                {
                    var toObject = (JsonObject)to;
                    foreach (KeyValuePair<string, JsonNode?> member in fromObject)
                    {
                        toObject.Add(member.Key, CopyChild(member.Value, map, pending));
                    }
                }
                else
                {
                    var toArray = (JsonArray)to;
                    foreach (JsonNode? item in (JsonArray)from)
                    {
                        toArray.Add(CopyChild(item, map, pending));
                    }
                }
            }

            return copy;
        }

        private static JsonNode? CopyChild(JsonNode? child, SourceMap map, Stack<(JsonNode Original, JsonNode Copy)> pending)
        {
            if (child is null)
            {
                return null;
            }

            JsonNode copy = CopyShallow(child);
            map.CopyEntry(child, copy);
            if (copy is not JsonValue)
            {
                pending.Push((child, copy));
            }

            return copy;
        }

        private static JsonNode CopyShallow(JsonNode node) => node switch
        {
            JsonObject => new JsonObject(),
            JsonArray => new JsonArray(),
            _ => node.DeepClone(),
        };
    }
}

using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenAI.Realtime.Gen.Configuration;
using OpenAI.Realtime.Gen.Modeling;

namespace OpenAI.Realtime.Gen.Loading
{
    /// <summary>
    /// Finds, on the raw JSON tree, the component schemas the root patterns reach through <c>$ref</c>s (and discriminator
    /// mappings), so that only those are handed to Microsoft.OpenApi: the default Realtime set is ~50 of a spec's 1,400
    /// schemas. Iterative, so no document shape can exhaust the stack.
    /// </summary>
    internal static class SchemaClosure
    {
        private const string SchemaPrefix = "#/components/schemas/";

        public static List<string> Compute(JsonObject schemas, IEnumerable<string> rootPatterns)
        {
            var reached = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<string>();
            foreach (string pattern in rootPatterns)
            {
                foreach (KeyValuePair<string, JsonNode?> schema in schemas)
                {
                    if (GlobPattern.IsMatch(pattern, schema.Key) && reached.Add(schema.Key))
                    {
                        queue.Enqueue(schema.Key);
                    }
                }
            }

            var stack = new Stack<JsonNode>();
            while (queue.Count > 0)
            {
                if (!schemas.TryGetPropertyValue(queue.Dequeue(), out JsonNode? start) || start is null)
                {
                    continue;
                }

                stack.Push(start);
                while (stack.Count > 0)
                {
                    JsonNode node = stack.Pop();
                    if (node is JsonObject obj)
                    {
                        foreach (KeyValuePair<string, JsonNode?> member in obj)
                        {
                            if (member.Value is null)
                            {
                                continue;
                            }

                            if (member.Value is JsonValue value && (member.Key == "$ref" || IsMappingValue(obj, member.Key)))
                            {
                                if (value.TryGetValue(out string? target) && TargetName(target) is string name && schemas.ContainsKey(name) && reached.Add(name))
                                {
                                    queue.Enqueue(name);
                                }
                            }
                            else
                            {
                                stack.Push(member.Value);
                            }
                        }
                    }
                    else if (node is JsonArray array)
                    {
                        foreach (JsonNode? item in array)
                        {
                            if (item is not null)
                            {
                                stack.Push(item);
                            }
                        }
                    }
                }
            }

            var result = new List<string>(reached);
            result.Sort(StringComparer.Ordinal);
            return result;
        }

        private static bool IsMappingValue(JsonObject owner, string key) => owner.Parent is JsonObject parent && parent.TryGetPropertyValue("mapping", out JsonNode? mapping) && ReferenceEquals(mapping, owner);

        private static string? TargetName(string? reference)
        {
            if (reference is null || !reference.StartsWith(SchemaPrefix, StringComparison.Ordinal))
            {
                return null;
            }

            string name = reference.Substring(SchemaPrefix.Length);
            return name.IndexOf('/') >= 0 ? null : name.Replace("~1", "/").Replace("~0", "~");
        }
    }
}

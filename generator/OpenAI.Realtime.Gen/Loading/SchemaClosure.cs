using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using OpenAI.Realtime.Gen.Reading;

namespace OpenAI.Realtime.Gen.Loading
{
    /// <summary>
    /// Finds, on the raw JSON tree, the component schemas the root patterns reach through <c>$ref</c>s (and discriminator
    /// mappings), so that only those are handed to Microsoft.OpenApi: the default Realtime set is ~50 of a spec's 1,400
    /// schemas. The walk is <see cref="SchemaSelection"/>'s; this finds a schema's references in its tree, iteratively,
    /// so no document shape can exhaust the stack.
    /// </summary>
    internal static class SchemaClosure
    {
        public static List<string> Compute(JsonObject schemas, IEnumerable<string> rootPatterns)
        {
            HashSet<string> reached = SchemaSelection.Reached(schemas.Select(schema => schema.Key), schemas.ContainsKey, name => References(schemas[name]), rootPatterns);
            var result = new List<string>(reached);
            result.Sort(StringComparer.Ordinal);
            return result;
        }

        /// <summary>The schema names <paramref name="schema"/> refers to by <c>$ref</c> or discriminator mapping values.</summary>
        private static IEnumerable<string> References(JsonNode? schema)
        {
            if (schema is null)
            {
                yield break;
            }

            var stack = new Stack<JsonNode>();
            stack.Push(schema);
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

                        if (member.Value is JsonValue value && (member.Key == "$ref" || IsMapping(obj)))
                        {
                            if (value.TryGetValue(out string? reference) && SchemaSelection.Target(reference) is string name)
                            {
                                yield return name;
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

        private static bool IsMapping(JsonObject owner) => owner.Parent is JsonObject parent && parent.TryGetPropertyValue("mapping", out JsonNode? mapping) && ReferenceEquals(mapping, owner);
    }
}

using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace OpenAI.Realtime.Gen.Tests.Infrastructure;

/// <summary>Walks a JSON tree for tests that look at every node of a spec.</summary>
internal static class JsonWalk
{
    /// <summary>
    /// <paramref name="node"/> and every node below it, in document order (a node before its children), each with its
    /// JSON pointer (keys escaped as RFC 6901 says) starting from <paramref name="pointer"/>.
    /// </summary>
    public static IEnumerable<(string Pointer, JsonNode Node)> Descendants(JsonNode node, string pointer = "")
    {
        yield return (pointer, node);
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                if (value is not null)
                {
                    foreach (var child in Descendants(value, pointer + "/" + key.Replace("~", "~0").Replace("/", "~1")))
                    {
                        yield return child;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (int i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonNode item)
                {
                    foreach (var child in Descendants(item, pointer + "/" + i))
                    {
                        yield return child;
                    }
                }
            }
        }
    }
}

using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// Compares nodes by identity (netstandard2.0 has no <c>ReferenceEqualityComparer</c>), so two equal-looking
    /// nodes at different places of the tree keep separate source spans.
    /// </summary>
    internal sealed class NodeReferenceComparer : IEqualityComparer<JsonNode>
    {
        public static NodeReferenceComparer Instance { get; } = new();

        private NodeReferenceComparer()
        {
        }

        public bool Equals(JsonNode? x, JsonNode? y) => ReferenceEquals(x, y);

        public int GetHashCode(JsonNode obj) => RuntimeHelpers.GetHashCode(obj);
    }
}

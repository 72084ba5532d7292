using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>The tree read from spec text, where its nodes came from, and what went wrong.</summary>
    internal sealed class SpecTextReadResult
    {
        internal SpecTextReadResult(JsonNode? root, SourceMap map, IReadOnlyList<SpecTextProblem> problems)
        {
            Root = root;
            Map = map;
            Problems = problems;
        }

        /// <summary>The document's root; null when the text is empty, is a lone null, or a fatal problem stopped reading.</summary>
        public JsonNode? Root { get; }

        /// <summary>Source positions of the nodes under <see cref="Root"/>.</summary>
        public SourceMap Map { get; }

        /// <summary>
        /// Problems in text order. <see cref="SpecProblemKind.DuplicateKey"/> is a warning; any other kind is fatal
        /// and leaves <see cref="Root"/> null.
        /// </summary>
        public IReadOnlyList<SpecTextProblem> Problems { get; }
    }
}

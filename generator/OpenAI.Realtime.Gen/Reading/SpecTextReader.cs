using System;
using System.Collections.Generic;
using System.Threading;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// Turns OpenAPI spec text (YAML or JSON) into a <see cref="System.Text.Json.Nodes.JsonNode"/> tree with source
    /// positions, safely: no recursion, bounded by <see cref="SpecTextLimits"/>, and no exception but
    /// <see cref="OperationCanceledException"/> ever escapes.
    /// </summary>
    internal static class SpecTextReader
    {
        /// <summary>
        /// Reads <paramref name="text"/> as JSON when its first non-whitespace char (after an optional byte order mark)
        /// is <c>{</c> or <c>[</c>, as YAML otherwise.
        /// </summary>
        public static SpecTextReadResult Read(string text, SpecTextLimits limits, CancellationToken cancellationToken)
            => Read(text, limits, (SchemaDemand?)null, cancellationToken);

        /// <summary>
        /// Reads <paramref name="text"/>, building nodes only for the version, the info and the component schemas
        /// <paramref name="rootPatterns"/> reach (all of the document when it is null). Most of a 3 MB official spec is
        /// operations and examples a Realtime model does not use: in YAML that rest is never parsed (see
        /// <see cref="YamlOutline"/>), in JSON it is skipped by the reader (which still checks its syntax).
        /// </summary>
        public static SpecTextReadResult Read(string text, SpecTextLimits limits, IReadOnlyCollection<string>? rootPatterns, CancellationToken cancellationToken)
            => Read(text, limits, rootPatterns is null ? null : new SchemaDemand(rootPatterns), cancellationToken);

        /// <summary>
        /// Reads <paramref name="text"/>, building nodes only for the version, the info and the component schemas
        /// <paramref name="demand"/> selects (all of the document when it is null).
        /// </summary>
        public static SpecTextReadResult Read(string text, SpecTextLimits limits, SchemaDemand? demand, CancellationToken cancellationToken)
        {
            text ??= string.Empty;
            limits ??= SpecTextLimits.Default;
            try
            {
                return LooksLikeJson(text)
                    ? JsonTreeBuilder.Read(text, limits, demand, cancellationToken)
                    : YamlTreeBuilder.Read(text, limits, demand, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
#pragma warning disable CA1031 // A reader bug must become a diagnostic, never crash the compiler.
            catch (Exception error)
#pragma warning restore CA1031
            {
                var problem = new SpecTextProblem(
                    SpecProblemKind.Syntax,
                    "Unexpected " + error.GetType().Name + " while reading the spec: " + error.Message,
                    default);
                return new SpecTextReadResult(null, new SourceMap(0), new[] { problem });
            }
        }

        private static bool LooksLikeJson(string text)
        {
            for (int i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c is not (' ' or '\t' or '\r' or '\n'))
                {
                    return c is '{' or '[';
                }
            }

            return false;
        }
    }
}

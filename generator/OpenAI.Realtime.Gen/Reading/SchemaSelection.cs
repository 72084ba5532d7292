using System;
using System.Collections.Generic;
using OpenAI.Realtime.Gen.Configuration;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// Which component schemas a reader must build: those matching the root patterns and every schema they reach through
    /// the references each schema makes (<c>$ref</c>s, discriminator mappings, YAML aliases). Shared by the YAML and JSON
    /// readers, which collect the references in a cheap first pass.
    /// </summary>
    internal static class SchemaSelection
    {
        /// <summary>How a local reference to a component schema starts.</summary>
        public const string SchemaPrefix = "#/components/schemas/";

        /// <summary>The names reached from <paramref name="rootPatterns"/> over <paramref name="references"/> (schema name -> names it needs).</summary>
        public static HashSet<string> Reached(IReadOnlyDictionary<string, List<string>> references, IEnumerable<string> rootPatterns)
            => Reached(references.Keys, references.ContainsKey, name => references[name], rootPatterns);

        /// <summary>
        /// The schemas matching <paramref name="rootPatterns"/> and every schema they reach, breadth first. The references
        /// of a schema are asked for once, and only for reached schemas; names that are not schemas are ignored.
        /// </summary>
        public static HashSet<string> Reached(IEnumerable<string> names, Func<string, bool> isSchema, Func<string, IEnumerable<string>> referencesOf, IEnumerable<string> rootPatterns)
        {
            var reached = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<string>();
            foreach (string pattern in rootPatterns)
            {
                foreach (string name in names)
                {
                    if (GlobPattern.IsMatch(pattern, name) && reached.Add(name))
                    {
                        queue.Enqueue(name);
                    }
                }
            }

            while (queue.Count > 0)
            {
                foreach (string target in referencesOf(queue.Dequeue()))
                {
                    if (isSchema(target) && reached.Add(target))
                    {
                        queue.Enqueue(target);
                    }
                }
            }

            return reached;
        }

        /// <summary>The schema name of a local <c>#/components/schemas/...</c> reference, or null.</summary>
        public static string? Target(string reference)
        {
            if (!reference.StartsWith(SchemaPrefix, StringComparison.Ordinal))
            {
                return null;
            }

            string name = reference.Substring(SchemaPrefix.Length);
            return name.IndexOf('/') >= 0 ? null : name.Replace("~1", "/").Replace("~0", "~");
        }

        /// <summary>Whether a top-level member of the document is needed at all.</summary>
        public static bool KeepsTopLevel(string name) => name is "openapi" or "swagger" or "info" or "components";
    }
}

using System;
using System.Collections.Generic;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// What a sliced read must build: the schemas the root patterns reach, where the references of a schema include the
    /// ones overlays will add to it (<see cref="AddedReferences"/>, so a <c>$ref</c> an overlay adds pulls its target in),
    /// plus the schemas overlays touch (<see cref="Touched"/>, so an overlay finds what it patches and a target that
    /// selects nothing is known to select nothing). The exact set is computed again after the overlays apply.
    /// </summary>
    internal sealed class SchemaDemand
    {
        private static readonly Dictionary<string, List<string>> NoReferences = new(StringComparer.Ordinal);

        public SchemaDemand(IReadOnlyCollection<string> rootPatterns, IReadOnlyDictionary<string, List<string>>? addedReferences = null, IReadOnlyCollection<string>? touched = null)
        {
            RootPatterns = rootPatterns;
            AddedReferences = addedReferences ?? NoReferences;
            Touched = touched ?? Array.Empty<string>();
        }

        public IReadOnlyCollection<string> RootPatterns { get; }

        /// <summary>Schema name to the schema names overlays add references to (the name may be one an overlay creates).</summary>
        public IReadOnlyDictionary<string, List<string>> AddedReferences { get; }

        /// <summary>Schemas an overlay action targets (built when the document has them).</summary>
        public IReadOnlyCollection<string> Touched { get; }

        /// <summary>
        /// The document's schemas to build, from <paramref name="references"/> (each document schema to the names it
        /// refers to): those reached from the roots over the document's and the overlays' references, and the touched ones.
        /// </summary>
        public HashSet<string> Select(IReadOnlyDictionary<string, List<string>> references)
        {
            if (AddedReferences.Count == 0 && Touched.Count == 0)
            {
                return SchemaSelection.Reached(references, RootPatterns);
            }

            var names = new List<string>(references.Keys);
            foreach (string added in AddedReferences.Keys)
            {
                if (!references.ContainsKey(added))
                {
                    names.Add(added);
                }
            }

            IEnumerable<string> ReferencesOf(string name)
            {
                if (references.TryGetValue(name, out List<string>? own))
                {
                    foreach (string target in own)
                    {
                        yield return target;
                    }
                }

                if (AddedReferences.TryGetValue(name, out List<string>? added))
                {
                    foreach (string target in added)
                    {
                        yield return target;
                    }
                }
            }

            HashSet<string> reached = SchemaSelection.Reached(names, name => references.ContainsKey(name) || AddedReferences.ContainsKey(name), ReferencesOf, RootPatterns);
            foreach (string touched in Touched)
            {
                reached.Add(touched);
            }

            reached.RemoveWhere(name => !references.ContainsKey(name));
            return reached;
        }
    }
}

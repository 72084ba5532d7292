using System;
using System.Collections.Generic;
using YamlDotNet.Core.Events;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// Decides, from the recorded parser events of a whole document, which parts the tree needs, so that only those become
    /// <c>JsonNode</c>s: the <c>openapi</c>/<c>swagger</c> version, <c>info</c>, and the component schemas the root patterns
    /// reach through <c>$ref</c>s and discriminator mappings. Paths, examples of other operations and the ~95% of schemas
    /// a Realtime model does not use are skipped. A YAML alias in a kept schema keeps the schema that defines its anchor.
    /// Iterative; when the document is not shaped as expected, or a kept alias names an anchor outside the schemas, it
    /// selects nothing and the whole tree is built.
    /// </summary>
    internal static class YamlEventSelection
    {
        /// <summary>
        /// Event index ranges to skip (start index -> last index, inclusive), or null to build everything.
        /// </summary>
        public static Dictionary<int, int>? SkippedRanges(List<ParsingEvent> events, IReadOnlyCollection<string> rootPatterns)
        {
            int[]? ends = SubtreeEnds(events);
            int root = FirstNode(events);
            if (ends is null || root < 0 || events[root] is not MappingStart)
            {
                return null;
            }

            var skip = new Dictionary<int, int>();
            int schemasStart = -1;
            foreach (var (name, key, value) in Members(events, ends, root))
            {
                if (name != "components" && SchemaSelection.KeepsTopLevel(name))
                {
                    continue;
                }

                if (name == "components" && events[value] is MappingStart)
                {
                    foreach (var (component, componentKey, componentValue) in Members(events, ends, value))
                    {
                        if (component == "schemas" && events[componentValue] is MappingStart)
                        {
                            schemasStart = componentValue;
                        }
                        else
                        {
                            skip[componentKey] = ends[componentValue];
                        }
                    }

                    continue;
                }

                skip[key] = ends[value];
            }

            if (schemasStart < 0)
            {
                return skip;
            }

            // Each schema, with the schemas it names; YAML anchors it defines are owned by it.
            var schemas = new Dictionary<string, (int Key, int End, List<string> Refs)>(StringComparer.Ordinal);
            var anchorOwners = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, key, value) in Members(events, ends, schemasStart))
            {
                schemas[name] = (key, ends[value], References(events, value, ends[value]));
                foreach (string anchor in Anchors(events, value, ends[value]))
                {
                    anchorOwners[anchor] = name;
                }
            }

            // An alias stands for its anchored node: it needs the schema defining the anchor, like a $ref.
            foreach (var entry in schemas)
            {
                for (int i = entry.Value.Key; i <= entry.Value.End; i++)
                {
                    if (events[i] is AnchorAlias alias)
                    {
                        if (!anchorOwners.TryGetValue(alias.Value.Value, out string? owner))
                        {
                            return null;
                        }

                        entry.Value.Refs.Add(owner);
                    }
                }
            }

            var references = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var entry in schemas)
            {
                references[entry.Key] = entry.Value.Refs;
            }

            HashSet<string> reached = SchemaSelection.Reached(references, rootPatterns);
            foreach (var entry in schemas)
            {
                if (!reached.Contains(entry.Key))
                {
                    skip[entry.Value.Key] = entry.Value.End;
                }
            }

            return skip;
        }

        /// <summary>For every container start event, the index of its end event (others map to themselves).</summary>
        private static int[]? SubtreeEnds(List<ParsingEvent> events)
        {
            var ends = new int[events.Count];
            var open = new Stack<int>();
            for (int i = 0; i < events.Count; i++)
            {
                switch (events[i])
                {
                    case MappingStart or SequenceStart:
                        open.Push(i);
                        break;
                    case MappingEnd or SequenceEnd:
                        if (open.Count == 0)
                        {
                            return null;
                        }

                        ends[open.Pop()] = i;
                        ends[i] = i;
                        break;
                    default:
                        ends[i] = i;
                        break;
                }
            }

            return open.Count == 0 ? ends : null;
        }

        private static int FirstNode(List<ParsingEvent> events)
        {
            for (int i = 0; i < events.Count; i++)
            {
                if (events[i] is MappingStart or SequenceStart or Scalar)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The members of the mapping starting at <paramref name="mapping"/>: name, key index, value index.</summary>
        private static IEnumerable<(string Name, int Key, int Value)> Members(List<ParsingEvent> events, int[] ends, int mapping)
        {
            int i = mapping + 1;
            while (i < ends[mapping])
            {
                if (events[i] is not Scalar key)
                {
                    yield break;
                }

                int value = i + 1;
                yield return (key.Value, i, value);
                i = ends[value] + 1;
            }
        }

        /// <summary>The schema names a schema refers to: <c>$ref</c> values, and the values of discriminator <c>mapping</c>s.</summary>
        private static List<string> References(List<ParsingEvent> events, int start, int end)
        {
            var found = new List<string>();
            var frames = new Stack<Frame>();
            for (int i = start; i <= end; i++)
            {
                ParsingEvent current = events[i];
                bool inMapping = frames.Count > 0 && frames.Peek().IsMapping;
                switch (current)
                {
                    case Scalar scalar when inMapping && frames.Peek().ExpectsKey:
                        Frame top = frames.Pop();
                        frames.Push(top with { ExpectsKey = false, Key = scalar.Value });
                        break;
                    case Scalar scalar:
                        if (inMapping)
                        {
                            Frame parent = frames.Pop();
                            if ((parent.Key == "$ref" || parent.UnderKey == "mapping") && SchemaSelection.Target(scalar.Value) is string target)
                            {
                                found.Add(target);
                            }

                            frames.Push(parent with { ExpectsKey = true });
                        }

                        break;
                    case MappingStart or SequenceStart:
                        frames.Push(new Frame(current is MappingStart, true, null, inMapping ? frames.Peek().Key : null));
                        break;
                    case MappingEnd or SequenceEnd:
                        frames.Pop();
                        if (frames.Count > 0 && frames.Peek().IsMapping)
                        {
                            Frame owner = frames.Pop();
                            frames.Push(owner with { ExpectsKey = true });
                        }

                        break;
                }
            }

            return found;
        }

        private static IEnumerable<string> Anchors(List<ParsingEvent> events, int start, int end)
        {
            for (int i = start; i <= end; i++)
            {
                if (events[i] is NodeEvent node && !node.Anchor.IsEmpty)
                {
                    yield return node.Anchor.Value;
                }
            }
        }

        /// <summary>An open container while scanning for references; <see cref="UnderKey"/> is the key it is the value of.</summary>
        private readonly record struct Frame(bool IsMapping, bool ExpectsKey, string? Key, string? UnderKey);
    }
}

using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenAI.Realtime.Gen.Overlays.JsonPath;
using OpenAI.Realtime.Gen.Reading;

namespace OpenAI.Realtime.Gen.Overlays
{
    /// <summary>
    /// What of a spec the overlays can touch, found from their targets alone, so that the sliced read stays sliced. A
    /// target whose leading segments name one component schema (<c>$.components.schemas.X...</c>, dotted or bracketed)
    /// touches only that schema, and the <c>$ref</c>s of its <c>update</c> become references of that schema; the target
    /// <c>$.components.schemas</c> with an update touches the schemas the update names; targets under <c>$.info</c> and
    /// <c>$.openapi</c> touch what the sliced read always builds. Any other target (a wildcard or filter over the
    /// schemas, <c>$..x</c>, <c>$.paths</c>, a filter that queries the root) may touch anything: the whole document is read.
    /// </summary>
    internal static class OverlayFootprint
    {
        /// <summary>The demand for a sliced read with these overlays, or null when the whole document must be read.</summary>
        public static SchemaDemand? Plan(IReadOnlyList<OverlayDocument> overlays, IReadOnlyCollection<string> rootPatterns)
        {
            var added = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var touched = new HashSet<string>(StringComparer.Ordinal);
            foreach (OverlayDocument overlay in overlays)
            {
                foreach (OverlayAction action in overlay.Actions)
                {
                    if (action.Query is null || (!action.Remove && !action.HasUpdate))
                    {
                        continue;
                    }

                    if (!TryConfine(action, added, touched))
                    {
                        return null;
                    }
                }
            }

            return new SchemaDemand(rootPatterns, added, touched);
        }

        private static bool TryConfine(OverlayAction action, Dictionary<string, List<string>> added, HashSet<string> touched)
        {
            IReadOnlyList<Segment> segments = action.Query!.Segments;
            if (QueriesTheRoot(segments))
            {
                return false;
            }

            var names = new List<string>();
            foreach (Segment segment in segments)
            {
                if (segment.IsDescendant || segment.Selectors.Length != 1 || segment.Selectors[0] is not NameSelector name)
                {
                    break;
                }

                names.Add(name.Name);
            }

            if (names.Count >= 1 && (names[0] is "info" or "openapi") && !(names.Count == 1 && action.Remove))
            {
                return true;
            }

            if (names.Count < 2 || names[0] != "components" || names[1] != "schemas")
            {
                return false;
            }

            if (names.Count == 2)
            {
                // The schema map itself: an update names the schemas it adds or merges into; a removal empties it.
                if (action.Remove || action.Update is not JsonObject schemas || segments.Count != 2)
                {
                    return false;
                }

                foreach (KeyValuePair<string, JsonNode?> schema in schemas)
                {
                    touched.Add(schema.Key);
                    AddReferences(schema.Key, schema.Value, added);
                }

                return true;
            }

            touched.Add(names[2]);
            if (!action.Remove)
            {
                AddReferences(names[2], action.Update, added);
            }

            return true;
        }

        /// <summary>Every string of an update that is a local schema reference, over-approximated (the exact set is computed after the overlays apply).</summary>
        private static void AddReferences(string schema, JsonNode? update, Dictionary<string, List<string>> added)
        {
            var stack = new Stack<JsonNode?>();
            stack.Push(update);
            while (stack.Count > 0)
            {
                switch (stack.Pop())
                {
                    case JsonObject obj:
                        foreach (KeyValuePair<string, JsonNode?> member in obj)
                        {
                            stack.Push(member.Value);
                        }

                        break;
                    case JsonArray array:
                        foreach (JsonNode? item in array)
                        {
                            stack.Push(item);
                        }

                        break;
                    case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                        if (SchemaSelection.Target(value.GetValue<string>()) is string target)
                        {
                            if (!added.TryGetValue(schema, out List<string>? targets))
                            {
                                added[schema] = targets = new List<string>();
                            }

                            targets.Add(target);
                        }

                        break;
                }
            }
        }

        /// <summary>Whether a filter anywhere in the query holds an absolute query (<c>$...</c>), which can read the whole document.</summary>
        private static bool QueriesTheRoot(IReadOnlyList<Segment> segments)
        {
            var pending = new Stack<object>();
            foreach (Segment segment in segments)
            {
                pending.Push(segment);
            }

            while (pending.Count > 0)
            {
                switch (pending.Pop())
                {
                    case Segment segment:
                        foreach (Selector selector in segment.Selectors)
                        {
                            if (selector is FilterSelector filter)
                            {
                                pending.Push(filter.Expression);
                            }
                        }

                        break;
                    case OrExpression or:
                        or.Operands.ForEach(pending.Push);
                        break;
                    case AndExpression and:
                        and.Operands.ForEach(pending.Push);
                        break;
                    case NotExpression not:
                        pending.Push(not.Operand);
                        break;
                    case ExistsExpression exists:
                        pending.Push(exists.Query);
                        break;
                    case LogicalFunctionExpression function:
                        pending.Push(function.Call);
                        break;
                    case ComparisonExpression comparison:
                        pending.Push(comparison.Left);
                        pending.Push(comparison.Right);
                        break;
                    case FunctionCall call:
                        call.Arguments.ForEach(pending.Push);
                        break;
                    case LogicalArgument argument:
                        pending.Push(argument.Expression);
                        break;
                    case FilterQuery query:
                        if (!query.IsRelative)
                        {
                            return true;
                        }

                        foreach (Segment inner in query.Segments)
                        {
                            pending.Push(inner);
                        }

                        break;
                }
            }

            return false;
        }
    }
}

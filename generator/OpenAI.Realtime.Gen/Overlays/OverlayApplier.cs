using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading;
using OpenAI.Realtime.Gen.Overlays.JsonPath;
using OpenAI.Realtime.Gen.Reading;

namespace OpenAI.Realtime.Gen.Overlays
{
    /// <summary>What applying one action found: nothing selected, an update of the wrong kind, or a limit reached.</summary>
    internal enum OverlayOutcomeKind
    {
        NothingSelected,
        UpdateNotAnObject,
        LimitExceeded,
        Unsupported,
    }

    /// <summary>A finding of <see cref="OverlayApplier"/> about one action.</summary>
    internal sealed record OverlayOutcome(OverlayOutcomeKind Kind, OverlayAction Action, string Detail);

    /// <summary>
    /// Applies the actions of an Overlay document to a JSON tree, in order (Overlay 1.0.0, section 4.4):
    /// <list type="bullet">
    /// <item><c>remove: true</c> removes every selected node from its parent (the root cannot be removed).</item>
    /// <item><c>update</c> on a selected object must be an object and is merged into it: members of both that are objects
    /// are merged recursively, a list in both gets the update's items appended, any other value replaces the target's.</item>
    /// <item><c>update</c> on a selected list appends the value (a list's items, one by one).</item>
    /// <item><c>update</c> on a selected scalar or null replaces it (as Overlay 1.1 specifies).</item>
    /// </list>
    /// Update values are copied for each selected node. The nodes an overlay adds are bounded (<see cref="MaxAddedNodes"/>)
    /// and so is the depth of the result, so no overlay can make the tree grow without bound. Iterative.
    /// </summary>
    internal static class OverlayApplier
    {
        public const int MaxAddedNodes = 2_000_000;

        /// <summary>
        /// Applies <paramref name="overlay"/> to <paramref name="root"/> and returns the findings. <paramref name="afterAction"/>
        /// is called after each action that changed something; returning false stops the overlay there.
        /// </summary>
        public static List<OverlayOutcome> Apply(OverlayDocument overlay, JsonNode root, Func<OverlayAction, bool>? afterAction, CancellationToken cancellationToken)
        {
            var outcomes = new List<OverlayOutcome>();
            long added = 0;
            foreach (OverlayAction action in overlay.Actions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (action.Query is null)
                {
                    continue;
                }

                List<PathNode> selected;
                try
                {
                    selected = action.Query.Select(root, cancellationToken);
                }
                catch (JsonPathException error)
                {
                    outcomes.Add(new OverlayOutcome(OverlayOutcomeKind.Unsupported, action, error.Message));
                    continue;
                }

                if (selected.Count == 0)
                {
                    outcomes.Add(new OverlayOutcome(OverlayOutcomeKind.NothingSelected, action, string.Empty));
                    continue;
                }

                if (action.Remove)
                {
                    RemoveAll(selected);
                }
                else if (action.HasUpdate)
                {
                    int size = Measure(action.Update, out int height);
                    if (added + ((long)size * selected.Count) > MaxAddedNodes)
                    {
                        // Refused before anything is copied.
                        outcomes.Add(new OverlayOutcome(OverlayOutcomeKind.LimitExceeded, action, string.Format(CultureInfo.InvariantCulture, "the overlay would add more than {0} nodes ({1} selected nodes times {2})", MaxAddedNodes, selected.Count, size)));
                        return outcomes;
                    }

                    foreach (PathNode node in selected)
                    {
                        if (node.Value is JsonObject && action.Update is not JsonObject)
                        {
                            outcomes.Add(new OverlayOutcome(OverlayOutcomeKind.UpdateNotAnObject, action, OverlayReader.Describe(action.Update)));
                            continue;
                        }

                        added += size;
                        if (added > MaxAddedNodes || Depth(node) + height > SpecTextLimits.Default.MaxDepth)
                        {
                            outcomes.Add(new OverlayOutcome(
                                OverlayOutcomeKind.LimitExceeded,
                                action,
                                added > MaxAddedNodes
                                    ? string.Format(CultureInfo.InvariantCulture, "the overlay adds more than {0} nodes", MaxAddedNodes)
                                    : string.Format(CultureInfo.InvariantCulture, "the result would nest deeper than {0} levels", SpecTextLimits.Default.MaxDepth)));
                            return outcomes;
                        }

                        Update(node, action.Update);
                    }
                }
                else
                {
                    // An action with neither update nor remove changes nothing.
                    continue;
                }

                if (afterAction is not null && !afterAction(action))
                {
                    break;
                }
            }

            return outcomes;
        }

        private static void RemoveAll(List<PathNode> selected)
        {
            // Array items are removed by index, highest first, so the other indexes stay right.
            var fromArrays = new List<PathNode>();
            foreach (PathNode node in selected)
            {
                if (node.Parent is JsonObject obj && node.Name is not null)
                {
                    obj.Remove(node.Name);
                }
                else if (node.Parent is JsonArray)
                {
                    fromArrays.Add(node);
                }
            }

            fromArrays.Sort((a, b) => b.Index.CompareTo(a.Index));
            var removed = new HashSet<(JsonNode, int)>();
            foreach (PathNode node in fromArrays)
            {
                var array = (JsonArray)node.Parent!;
                if (removed.Add((array, node.Index)) && node.Index < array.Count && ReferenceEquals(array[node.Index], node.Value))
                {
                    array.RemoveAt(node.Index);
                }
            }
        }

        private static void Update(PathNode node, JsonNode? update)
        {
            switch (node.Value)
            {
                case JsonObject target:
                    Merge(target, (JsonObject)update!);
                    break;
                case JsonArray list:
                    Append(list, update);
                    break;
                default:
                    Replace(node, update?.DeepClone());
                    break;
            }
        }

        private static void Replace(PathNode node, JsonNode? value)
        {
            if (node.Parent is JsonObject obj && node.Name is not null)
            {
                obj[node.Name] = value;
            }
            else if (node.Parent is JsonArray array && node.Index < array.Count && ReferenceEquals(array[node.Index], node.Value))
            {
                array[node.Index] = value;
            }
        }

        private static void Append(JsonArray list, JsonNode? update)
        {
            if (update is JsonArray items)
            {
                foreach (JsonNode? item in items)
                {
                    list.Add(item?.DeepClone());
                }
            }
            else
            {
                list.Add(update?.DeepClone());
            }
        }

        private static void Merge(JsonObject target, JsonObject update)
        {
            var pending = new Stack<(JsonObject Target, JsonObject Update)>();
            pending.Push((target, update));
            while (pending.Count > 0)
            {
                var (into, from) = pending.Pop();
                foreach (KeyValuePair<string, JsonNode?> member in from)
                {
                    into.TryGetPropertyValue(member.Key, out JsonNode? existing);
                    if (existing is JsonObject existingObject && member.Value is JsonObject updateObject)
                    {
                        pending.Push((existingObject, updateObject));
                    }
                    else if (existing is JsonArray existingList && member.Value is JsonArray updateList)
                    {
                        Append(existingList, updateList);
                    }
                    else
                    {
                        into[member.Key] = member.Value?.DeepClone();
                    }
                }
            }
        }

        /// <summary>The nodes of a value and its height in containers.</summary>
        private static int Measure(JsonNode? value, out int height)
        {
            height = 0;
            int count = 0;
            var stack = new Stack<(JsonNode? Node, int Depth)>();
            stack.Push((value, 0));
            while (stack.Count > 0)
            {
                var (node, depth) = stack.Pop();
                count++;
                if (node is JsonObject obj)
                {
                    height = Math.Max(height, depth + 1);
                    foreach (KeyValuePair<string, JsonNode?> member in obj)
                    {
                        stack.Push((member.Value, depth + 1));
                    }
                }
                else if (node is JsonArray array)
                {
                    height = Math.Max(height, depth + 1);
                    foreach (JsonNode? item in array)
                    {
                        stack.Push((item, depth + 1));
                    }
                }
            }

            return count;
        }

        private static int Depth(PathNode node)
        {
            int depth = 0;
            for (JsonNode? at = node.Value ?? node.Parent; at is not null; at = at.Parent)
            {
                depth++;
            }

            return depth;
        }
    }
}

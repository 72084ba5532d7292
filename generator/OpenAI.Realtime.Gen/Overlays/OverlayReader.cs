using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using OpenAI.Realtime.Gen.Overlays.JsonPath;
using OpenAI.Realtime.Gen.Reading;

namespace OpenAI.Realtime.Gen.Overlays
{
    /// <summary>The kinds of problem an overlay document can have, each reported with its own diagnostic.</summary>
    internal enum OverlayProblemKind
    {
        /// <summary>Not YAML/JSON, or not the structure of an Overlay document (an error: the overlay is not applied).</summary>
        Invalid,

        /// <summary>A duplicate key (a warning, the later value wins).</summary>
        DuplicateKey,

        /// <summary>An <c>overlay</c> version this generator does not apply (an error: the overlay is not applied).</summary>
        UnsupportedVersion,

        /// <summary>A target that is not RFC 9535 JSONPath (an error: the action is skipped).</summary>
        InvalidTarget,

        /// <summary>A target or action outside what this generator supports (an error: the action is skipped).</summary>
        UnsupportedTarget,
    }

    /// <summary>A problem of an overlay document and where it is (a JSON pointer into the overlay, or a span).</summary>
    internal sealed record OverlayProblem(OverlayProblemKind Kind, string Message, SourceSpan Span);

    /// <summary>
    /// Reads an Overlay 1.0.x (or 1.1.x) document: YAML or JSON through <see cref="SpecTextReader"/> (same limits, no
    /// recursion), then checks the structure the Overlay JSON Schema gives (required <c>overlay</c>, <c>info</c> with
    /// <c>title</c> and <c>version</c>, at least one action, unique actions, <c>x-</c> extensions only) and parses each
    /// target. Never throws but for cancellation.
    /// </summary>
    internal static class OverlayReader
    {
        private static readonly Regex SupportedVersion = new Regex(@"^1\.[01]\.\d+$", RegexOptions.CultureInvariant);
        private static readonly Regex AnyVersion = new Regex(@"^\d+\.\d+\.\d+$", RegexOptions.CultureInvariant);

        /// <summary>The document (null when it cannot be applied at all) and every problem found, in document order.</summary>
        public static OverlayDocument? Read(string path, string text, List<OverlayProblem> problems, out SourceMap? map, out JsonNode? root, CancellationToken cancellationToken)
        {
            SpecTextReadResult read = SpecTextReader.Read(text ?? string.Empty, SpecTextLimits.Default, cancellationToken);
            map = read.Map;
            root = read.Root;
            foreach (SpecTextProblem problem in read.Problems)
            {
                problems.Add(new OverlayProblem(problem.Kind == SpecProblemKind.DuplicateKey ? OverlayProblemKind.DuplicateKey : OverlayProblemKind.Invalid, problem.Message, problem.Span));
            }

            if (read.Root is null)
            {
                if (read.Problems.Count == 0)
                {
                    problems.Add(new OverlayProblem(OverlayProblemKind.Invalid, "the file is empty", default));
                }

                return null;
            }

            SourceMap sourceMap = read.Map;
            JsonNode treeRoot = read.Root;
            void Fail(OverlayProblemKind kind, string pointer, string message)
            {
                problems.Add(new OverlayProblem(kind, message, sourceMap.Locate(treeRoot, pointer)));
            }

            if (read.Root is not JsonObject document)
            {
                Fail(OverlayProblemKind.Invalid, string.Empty, "the top level must be a mapping");
                return null;
            }

            string? version = null;
            if (!document.TryGetPropertyValue("overlay", out JsonNode? versionNode))
            {
                Fail(OverlayProblemKind.Invalid, string.Empty, "the 'overlay' version field is missing");
            }
            else if (!IsString(versionNode, out version))
            {
                Fail(OverlayProblemKind.Invalid, "/overlay", "'overlay' must be a version string such as 1.0.0, not " + Describe(versionNode));
            }
            else if (!SupportedVersion.IsMatch(version!))
            {
                Fail(AnyVersion.IsMatch(version!) ? OverlayProblemKind.UnsupportedVersion : OverlayProblemKind.Invalid, "/overlay", "the overlay version '" + version + "' is not supported; this generator applies Overlay 1.0.x and 1.1.x documents");
            }

            bool isV11 = version is not null && version.StartsWith("1.1.", StringComparison.Ordinal);
            if (!document.TryGetPropertyValue("info", out JsonNode? info))
            {
                Fail(OverlayProblemKind.Invalid, string.Empty, "the 'info' object is missing");
            }
            else if (info is not JsonObject infoObject)
            {
                Fail(OverlayProblemKind.Invalid, "/info", "'info' must be a mapping with 'title' and 'version', not " + Describe(info));
            }
            else
            {
                foreach (string required in new[] { "title", "version" })
                {
                    if (!infoObject.TryGetPropertyValue(required, out JsonNode? value))
                    {
                        Fail(OverlayProblemKind.Invalid, "/info", "'info." + required + "' is missing");
                    }
                    else if (!IsString(value, out _))
                    {
                        Fail(OverlayProblemKind.Invalid, "/info/" + required, "'info." + required + "' must be a string, not " + Describe(value));
                    }
                }

                foreach (KeyValuePair<string, JsonNode?> member in infoObject)
                {
                    if (member.Key is not ("title" or "version") && !(isV11 && member.Key == "description") && !IsExtension(member.Key))
                    {
                        Fail(OverlayProblemKind.Invalid, "/info/" + Escape(member.Key), "'info' has the unknown field '" + member.Key + "' (only title, version" + (isV11 ? ", description" : string.Empty) + " and x- extensions are allowed)");
                    }
                    else if (member.Key == "description" && !IsString(member.Value, out _))
                    {
                        Fail(OverlayProblemKind.Invalid, "/info/description", "'info.description' must be a string");
                    }
                }
            }

            string? extends = null;
            if (document.TryGetPropertyValue("extends", out JsonNode? extendsNode) && !IsString(extendsNode, out extends))
            {
                Fail(OverlayProblemKind.Invalid, "/extends", "'extends' must be a URI reference string, not " + Describe(extendsNode));
            }

            foreach (KeyValuePair<string, JsonNode?> member in document)
            {
                if (member.Key is not ("overlay" or "info" or "extends" or "actions") && !IsExtension(member.Key))
                {
                    Fail(OverlayProblemKind.Invalid, "/" + Escape(member.Key), "the unknown top-level field '" + member.Key + "' (only overlay, info, extends, actions and x- extensions are allowed)");
                }
            }

            var actions = new List<OverlayAction>();
            if (!document.TryGetPropertyValue("actions", out JsonNode? actionsNode))
            {
                Fail(OverlayProblemKind.Invalid, string.Empty, "the 'actions' list is missing");
            }
            else if (actionsNode is not JsonArray actionList)
            {
                Fail(OverlayProblemKind.Invalid, "/actions", "'actions' must be a list of actions, not " + Describe(actionsNode));
            }
            else if (actionList.Count == 0)
            {
                Fail(OverlayProblemKind.Invalid, "/actions", "'actions' must hold at least one action");
            }
            else
            {
                for (int i = 0; i < actionList.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    string pointer = "/actions/" + i.ToString(CultureInfo.InvariantCulture);
                    if (actionList[i] is not JsonObject action)
                    {
                        Fail(OverlayProblemKind.Invalid, pointer, "an action must be a mapping with a 'target', not " + Describe(actionList[i]));
                        continue;
                    }

                    for (int j = 0; j < i; j++)
                    {
                        if (JsonValues.DeepEquals(actionList[j], action))
                        {
                            Fail(OverlayProblemKind.Invalid, pointer, "this action repeats action " + j.ToString(CultureInfo.InvariantCulture) + " (actions must be unique)");
                            break;
                        }
                    }

                    bool valid = true;
                    foreach (KeyValuePair<string, JsonNode?> member in action)
                    {
                        if (member.Key == "copy" && isV11)
                        {
                            Fail(OverlayProblemKind.UnsupportedTarget, pointer + "/copy", "the 'copy' action of Overlay 1.1 is not supported");
                            valid = false;
                        }
                        else if (member.Key is not ("target" or "description" or "update" or "remove") && !IsExtension(member.Key))
                        {
                            Fail(OverlayProblemKind.Invalid, pointer + "/" + Escape(member.Key), "an action has the unknown field '" + member.Key + "' (only target, description, update, remove and x- extensions are allowed)");
                            valid = false;
                        }
                    }

                    if (action.TryGetPropertyValue("description", out JsonNode? description) && !IsString(description, out _))
                    {
                        Fail(OverlayProblemKind.Invalid, pointer + "/description", "an action's 'description' must be a string, not " + Describe(description));
                    }

                    bool remove = false;
                    if (action.TryGetPropertyValue("remove", out JsonNode? removeNode))
                    {
                        if (removeNode is JsonValue flag && flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                        {
                            remove = flag.GetValueKind() == JsonValueKind.True;
                        }
                        else
                        {
                            Fail(OverlayProblemKind.Invalid, pointer + "/remove", "'remove' must be true or false, not " + Describe(removeNode));
                            valid = false;
                        }
                    }

                    bool hasUpdate = action.TryGetPropertyValue("update", out JsonNode? update);
                    if (!action.TryGetPropertyValue("target", out JsonNode? targetNode))
                    {
                        Fail(OverlayProblemKind.Invalid, pointer, "an action needs a 'target' (a JSONPath query)");
                        continue;
                    }

                    if (!IsString(targetNode, out string? target))
                    {
                        Fail(OverlayProblemKind.Invalid, pointer + "/target", "'target' must be a JSONPath query string, not " + Describe(targetNode));
                        continue;
                    }

                    JsonPathQuery? query = null;
                    if (!target!.StartsWith("$", StringComparison.Ordinal))
                    {
                        Fail(OverlayProblemKind.Invalid, pointer + "/target", "the target '" + target + "' is not a JSONPath query: it must start with '$'");
                        continue;
                    }

                    try
                    {
                        query = JsonPathParser.Parse(target);
                    }
                    catch (JsonPathException error)
                    {
                        Fail(error.NotSupported ? OverlayProblemKind.UnsupportedTarget : OverlayProblemKind.InvalidTarget, pointer + "/target", "the target '" + target + "' " + (error.NotSupported ? "uses JSONPath this generator does not support: " : "is not valid JSONPath (RFC 9535): ") + error.Message);
                    }

                    actions.Add(new OverlayAction(i, target, valid ? query : null, hasUpdate, update, remove));
                }
            }

            bool unusable = problems.Exists(p => p.Kind is OverlayProblemKind.Invalid or OverlayProblemKind.UnsupportedVersion);
            return unusable || version is null ? null : new OverlayDocument(path, version, extends, actions, document, sourceMap);
        }

        private static bool IsExtension(string key) => key.StartsWith("x-", StringComparison.Ordinal);

        private static bool IsString(JsonNode? node, out string? value)
        {
            value = null;
            return node is JsonValue v && v.GetValueKind() == JsonValueKind.String && (value = v.GetValue<string>()) is not null;
        }

        private static string Escape(string key) => key.Replace("~", "~0").Replace("/", "~1");

        /// <summary>How a value is named in a message: its JSON kind, and a short form of a scalar.</summary>
        internal static string Describe(JsonNode? node)
        {
            switch (JsonValues.Kind(node))
            {
                case JsonValueKind.Object: return "a mapping";
                case JsonValueKind.Array: return "a list";
                case JsonValueKind.Null: return "null";
                case JsonValueKind.String: return "the string '" + Shorten(node!.GetValue<string>()) + "'";
                case JsonValueKind.Number: return "the number " + Shorten(node!.ToJsonString());
                default: return "the boolean " + node!.ToJsonString();
            }
        }

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";
    }
}

using System.Collections.Generic;
using System.Text.Json.Nodes;
using OpenAI.Realtime.Gen.Overlays.JsonPath;
using OpenAI.Realtime.Gen.Reading;

namespace OpenAI.Realtime.Gen.Overlays
{
    /// <summary>
    /// An Overlay document read and checked by <see cref="OverlayReader"/>: its version, <c>extends</c> and actions in
    /// order, with the tree and source map it was read from (to place diagnostics at its lines). Lives only inside the
    /// parse step: it holds JSON trees, so it is never part of a pipeline model.
    /// </summary>
    internal sealed class OverlayDocument
    {
        public OverlayDocument(string path, string version, string? extends, IReadOnlyList<OverlayAction> actions, JsonNode root, SourceMap map)
        {
            Path = path;
            Version = version;
            Extends = extends;
            Actions = actions;
            Root = root;
            Map = map;
        }

        public string Path { get; }

        public string Version { get; }

        public string? Extends { get; }

        public IReadOnlyList<OverlayAction> Actions { get; }

        public JsonNode Root { get; }

        public SourceMap Map { get; }
    }

    /// <summary>
    /// One action: its target query (null when it did not parse or is not supported: the action is skipped), the
    /// <c>update</c> value when there is one, and <c>remove</c>. <see cref="Pointer"/> is its place in the overlay
    /// (<c>/actions/3</c>).
    /// </summary>
    internal sealed class OverlayAction
    {
        public OverlayAction(int index, string target, JsonPathQuery? query, bool hasUpdate, JsonNode? update, bool remove)
        {
            Index = index;
            Target = target;
            Query = query;
            HasUpdate = hasUpdate;
            Update = update;
            Remove = remove;
        }

        public int Index { get; }

        public string Pointer => "/actions/" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public string Target { get; }

        public JsonPathQuery? Query { get; }

        public bool HasUpdate { get; }

        public JsonNode? Update { get; }

        public bool Remove { get; }
    }
}

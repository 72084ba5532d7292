using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Configuration
{
    /// <summary>
    /// A spec file and the overlays that apply to it, in the order they apply. Immutable, value-equal: editing an overlay
    /// changes only the items of the specs it applies to.
    /// </summary>
    internal sealed record SpecWithOverlays(SpecFileInput Spec, EquatableArray<OverlayFileInput> Overlays)
    {
        /// <summary>
        /// The overlays for <paramref name="spec"/>, ordered by <c>OpenAIRealtimeOverlayOrder</c> (ascending, default 0),
        /// then by path (ordinal). An overlay applies to a spec when
        /// <list type="number">
        /// <item>its item's <c>OpenAIRealtimeOverlayFor</c> names the spec, when it has that metadata; else</item>
        /// <item>its <c>extends</c> names the spec, when it names any spec of the project (the spec's path ends with it); else</item>
        /// <item>always.</item>
        /// </list>
        /// A spec with <c>OpenAIRealtimeApplyOverlays=false</c> gets none.
        /// </summary>
        public static SpecWithOverlays Create(SpecFileInput spec, ImmutableArray<OverlayFileInput> overlays, ImmutableArray<string> specPaths)
        {
            if (!spec.AcceptsOverlays || overlays.IsDefaultOrEmpty)
            {
                return new SpecWithOverlays(spec, EquatableArray<OverlayFileInput>.Empty);
            }

            return new SpecWithOverlays(
                spec,
                overlays
                    .Where(overlay => AppliesTo(overlay, spec.Path, specPaths))
                    .OrderBy(overlay => overlay.Order)
                    .ThenBy(overlay => overlay.Path, StringComparer.Ordinal)
                    .ToEquatableArray());
        }

        internal static bool AppliesTo(OverlayFileInput overlay, string specPath, ImmutableArray<string> specPaths)
        {
            if (overlay.AppliesTo.Count > 0)
            {
                return overlay.AppliesTo.Any(pattern => Names(pattern, specPath));
            }

            if (overlay.Extends is string extends && !IsUrl(extends) && specPaths.Any(path => Names(extends, path)))
            {
                return Names(extends, specPath);
            }

            return true;
        }

        /// <summary>
        /// Whether <paramref name="reference"/> (a file name, a relative path or a glob, with <c>/</c> or <c>\</c>) names
        /// <paramref name="path"/>: the path ends with it at a folder boundary. <c>./</c> and a leading <c>/</c> are ignored.
        /// </summary>
        internal static bool Names(string reference, string path)
        {
            string wanted = Normalize(reference);
            while (wanted.StartsWith("./", StringComparison.Ordinal))
            {
                wanted = wanted.Substring(2);
            }

            wanted = wanted.TrimStart('/');
            if (wanted.Length == 0)
            {
                return false;
            }

            string full = Normalize(path);
            int wantedSegments = wanted.Split('/').Length;
            string[] segments = full.Split('/');
            if (segments.Length < wantedSegments)
            {
                return false;
            }

            string tail = string.Join("/", segments.Skip(segments.Length - wantedSegments));
            return GlobPattern.IsMatch(wanted, tail);
        }

        private static string Normalize(string path) => path.Replace('\\', '/');

        private static bool IsUrl(string reference)
        {
            int colon = reference.IndexOf(':');
            return colon > 1 && reference.IndexOf('/') > colon;
        }
    }
}

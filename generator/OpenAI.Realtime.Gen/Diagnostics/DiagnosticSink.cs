using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Diagnostics
{
    /// <summary>
    /// Collects diagnostics as data while a spec is read and modelled. Locations are found from JSON pointers through
    /// <see cref="Locate"/>, so every diagnostic about a schema lands on its line in the YAML or JSON file.
    /// </summary>
    internal sealed class DiagnosticSink
    {
        private readonly List<DiagnosticInfo> _items = new List<DiagnosticInfo>();
        private readonly HashSet<DiagnosticInfo> _seen = new HashSet<DiagnosticInfo>();
        private readonly Func<string, LocationInfo?> _locate;

        public DiagnosticSink(Func<string, LocationInfo?> locate) => _locate = locate;

        public IReadOnlyList<DiagnosticInfo> Items => _items;

        public bool HasErrors { get; private set; }

        /// <summary>Where the JSON pointer points in the spec file (the file start when it cannot be found).</summary>
        public LocationInfo? Locate(string pointer) => _locate(pointer);

        /// <summary>Adds a diagnostic at the node a JSON pointer names.</summary>
        public void Report(DiagnosticDescriptor descriptor, string pointer, params string[] arguments)
            => Add(descriptor, _locate(pointer), arguments);

        /// <summary>Adds a diagnostic at a known location.</summary>
        public void Add(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments)
        {
            var info = new DiagnosticInfo(descriptor.Id, arguments.ToEquatableArray(), location);
            if (_seen.Add(info))
            {
                _items.Add(info);
                HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
            }
        }
    }
}

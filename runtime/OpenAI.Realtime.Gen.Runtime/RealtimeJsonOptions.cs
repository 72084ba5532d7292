using System;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// The one place to get <see cref="JsonSerializerOptions"/> for generated models. The generated
    /// <c>RealtimeJsonContext</c> (one per generated namespace) uses it; pass that context's resolver to get trim-safe
    /// options, or use the context's <c>Default</c> / <c>Requests</c> instances directly.
    /// </summary>
    public static class RealtimeJsonOptions
    {
        private static ModeCacheEntry? s_lastLookup;

        /// <summary>
        /// Creates options for the generated models: relaxed escaping (non-ASCII text stays readable), no indentation,
        /// and the given write mode.
        /// </summary>
        /// <param name="resolver">A resolver that knows the generated types, normally a generated <c>RealtimeJsonContext</c>; <see langword="null"/> leaves the resolver unset.</param>
        /// <param name="mode">What the generated converters write.</param>
        /// <param name="writeIndented">Whether to indent the JSON.</param>
        public static JsonSerializerOptions Create(IJsonTypeInfoResolver? resolver, RealtimeJsonWriteMode mode = RealtimeJsonWriteMode.RoundTrip, bool writeIndented = false)
        {
            var options = new JsonSerializerOptions
            {
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                WriteIndented = writeIndented,
                TypeInfoResolver = resolver,
            };
            if (mode != RealtimeJsonWriteMode.RoundTrip)
            {
                options.Converters.Add(new WriteModeMarker(mode));
            }

            return options;
        }

        /// <summary>Creates a copy of <paramref name="options"/> that writes in <paramref name="mode"/>.</summary>
        public static JsonSerializerOptions WithWriteMode(JsonSerializerOptions options, RealtimeJsonWriteMode mode)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            var copy = new JsonSerializerOptions(options);
            for (int i = copy.Converters.Count - 1; i >= 0; i--)
            {
                if (copy.Converters[i] is WriteModeMarker)
                {
                    copy.Converters.RemoveAt(i);
                }
            }

            if (mode != RealtimeJsonWriteMode.RoundTrip)
            {
                copy.Converters.Add(new WriteModeMarker(mode));
            }

            return copy;
        }

        /// <summary>The write mode carried by <paramref name="options"/> (<see cref="RealtimeJsonWriteMode.RoundTrip"/> when none).</summary>
        public static RealtimeJsonWriteMode GetWriteMode(JsonSerializerOptions? options)
        {
            if (options is null)
            {
                return RealtimeJsonWriteMode.RoundTrip;
            }

            ModeCacheEntry? last = s_lastLookup;
            if (last is not null && ReferenceEquals(last.Options, options))
            {
                return last.Mode;
            }

            RealtimeJsonWriteMode mode = RealtimeJsonWriteMode.RoundTrip;
            IList<JsonConverter> converters = options.Converters;
            for (int i = 0; i < converters.Count; i++)
            {
                if (converters[i] is WriteModeMarker marker)
                {
                    mode = marker.Mode;
                }
            }

            // Only cache options that can no longer change.
            if (options.IsReadOnly)
            {
                s_lastLookup = new ModeCacheEntry(options, mode);
            }

            return mode;
        }

        private sealed class ModeCacheEntry
        {
            public ModeCacheEntry(JsonSerializerOptions options, RealtimeJsonWriteMode mode)
            {
                Options = options;
                Mode = mode;
            }

            public JsonSerializerOptions Options { get; }

            public RealtimeJsonWriteMode Mode { get; }
        }

        /// <summary>Carries the write mode inside <see cref="JsonSerializerOptions.Converters"/>; it converts nothing.</summary>
        private sealed class WriteModeMarker : JsonConverter<object>
        {
            public WriteModeMarker(RealtimeJsonWriteMode mode) => Mode = mode;

            public RealtimeJsonWriteMode Mode { get; }

            public override bool CanConvert(Type typeToConvert) => false;

            public override object Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

            public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options) => throw new NotSupportedException();
        }
    }
}

using System;
using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// Reads and writes generated models straight from and to UTF-8 buffers, the way WebSocket messages arrive and leave:
    /// no intermediate string, no serializer lookup per call. Pass the type's metadata from the generated context, e.g.
    /// <c>RealtimeJson.Read(message, RealtimeJsonContext.Default.RealtimeServerEvent)</c>.
    /// </summary>
    public static class RealtimeJson
    {
        [ThreadStatic]
        private static Utf8JsonWriter? t_writer;

        /// <summary>Reads one JSON value (one event) from <paramref name="utf8Json"/>.</summary>
        /// <exception cref="JsonException">The JSON is malformed, of the wrong kind, or followed by more data.</exception>
        public static T Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo)
        {
            if (typeInfo is null)
            {
                throw new ArgumentNullException(nameof(typeInfo));
            }

            var reader = new Utf8JsonReader(utf8Json, ReaderOptions(typeInfo.Options));
            return ReadWhole(ref reader, typeInfo);
        }

        /// <summary>Reads one JSON value from a message that arrived in several segments.</summary>
        /// <exception cref="JsonException">The JSON is malformed, of the wrong kind, or followed by more data.</exception>
        public static T Read<T>(in ReadOnlySequence<byte> utf8Json, JsonTypeInfo<T> typeInfo)
        {
            if (typeInfo is null)
            {
                throw new ArgumentNullException(nameof(typeInfo));
            }

            var reader = new Utf8JsonReader(utf8Json, ReaderOptions(typeInfo.Options));
            return ReadWhole(ref reader, typeInfo);
        }

        /// <summary>
        /// Writes <paramref name="value"/> as UTF-8 JSON into <paramref name="destination"/> (an <c>ArrayBufferWriter</c>,
        /// a pipe, ...), in the write mode of the type's options (<c>RealtimeJsonContext.Requests</c> for what a client sends).
        /// </summary>
        public static void Write<T>(IBufferWriter<byte> destination, T value, JsonTypeInfo<T> typeInfo)
        {
            if (destination is null)
            {
                throw new ArgumentNullException(nameof(destination));
            }

            if (typeInfo is null)
            {
                throw new ArgumentNullException(nameof(typeInfo));
            }

            JsonSerializerOptions options = typeInfo.Options;
            Utf8JsonWriter? writer = t_writer;
            if (writer is null || writer.Options.Indented != options.WriteIndented || !ReferenceEquals(writer.Options.Encoder, options.Encoder))
            {
                // The generated writers always produce well-formed JSON: the writer's own structure checks are skipped.
                writer = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = options.WriteIndented, Encoder = options.Encoder, MaxDepth = options.MaxDepth, SkipValidation = true });
                t_writer = writer;
            }
            else
            {
                writer.Reset(destination);
            }

            try
            {
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    ((JsonConverter<T>)typeInfo.Converter).Write(writer, value, options);
                }

                writer.Flush();
            }
            finally
            {
                writer.Reset(NullBufferWriter.Instance);
            }
        }

        private static T ReadWhole<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> typeInfo)
        {
            try
            {
                if (!reader.Read())
                {
                    throw JsonModelReader.Error("The JSON data is empty.");
                }

                T value = ((JsonConverter<T>)typeInfo.Converter).Read(ref reader, typeof(T), typeInfo.Options)!;
                if (reader.Read())
                {
                    throw JsonModelReader.Error("The JSON value is followed by more data (" + reader.TokenType + ").");
                }

                return value;
            }
            catch (JsonException exception) when (exception.Path is null)
            {
                // The reader's own errors (malformed JSON) carry a line and position but no path.
                throw JsonModelReader.AtRoot(exception);
            }
        }

        private static JsonReaderOptions ReaderOptions(JsonSerializerOptions options)
            => new JsonReaderOptions { MaxDepth = options.MaxDepth, CommentHandling = options.ReadCommentHandling, AllowTrailingCommas = options.AllowTrailingCommas };

        /// <summary>Where the cached writer points between calls, so it does not keep a user's buffer alive.</summary>
        private sealed class NullBufferWriter : IBufferWriter<byte>
        {
            public static readonly NullBufferWriter Instance = new NullBufferWriter();

            public void Advance(int count)
            {
            }

            public Memory<byte> GetMemory(int sizeHint = 0) => Array.Empty<byte>();

            public Span<byte> GetSpan(int sizeHint = 0) => Array.Empty<byte>();
        }
    }
}

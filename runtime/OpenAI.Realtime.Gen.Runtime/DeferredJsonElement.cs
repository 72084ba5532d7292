using System;
using System.ComponentModel;
#if NET
using System.Runtime.InteropServices;
#endif
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// The backing field of a generated free-form member (a <see cref="JsonElement"/> such as a tool's
    /// <c>parameters</c> schema). An object or array read from JSON is kept as its UTF-8 text and parsed into a
    /// <see cref="JsonElement"/> the first time the member is read; written back unread, its bytes are copied out when they
    /// are what writing the parsed element would produce (compact, nothing to escape), and it is parsed and written otherwise.
    /// Reading a message therefore costs a copy of such a value, not a <see cref="JsonDocument"/>.
    /// </summary>
    /// <remarks>
    /// Safe to read from several threads: each may parse the text once, and all see equal elements. Assigning is as
    /// thread-safe as assigning any field.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public struct DeferredJsonElement
    {
        // null: no value; byte[]: an object or array as read, not parsed yet; otherwise a boxed JsonElement.
        private object? _value;

        // What the deferred parse allows; values read under a deeper limit are parsed at once.
        private const int DefaultMaxDepth = 64;

        private DeferredJsonElement(object? value) => _value = value;

        /// <summary>The value, parsed on first use; null when there is none.</summary>
        public JsonElement? Value
        {
            get
            {
                object? value = _value;
                if (value is byte[] utf8)
                {
                    JsonElement parsed = Parse(utf8);
                    _value = parsed;
                    return parsed;
                }

                return value is null ? (JsonElement?)null : (JsonElement)value;
            }
        }

        /// <summary>Whether there is a value (checked without parsing).</summary>
        public readonly bool HasValue => _value is not null;

        /// <summary>Holds <paramref name="value"/> (null for none).</summary>
        public static implicit operator DeferredJsonElement(JsonElement? value)
            => new DeferredJsonElement(value.HasValue ? value.GetValueOrDefault() : (object?)null);

        /// <summary>
        /// Reads the value the reader stands on: JSON null is no value; an object or array is copied as text when the reader
        /// reads one contiguous buffer with strict JSON (no comments, no trailing commas, the default depth limit), and
        /// parsed at once otherwise.
        /// </summary>
        public static DeferredJsonElement Read(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return default;
            }
#if NET
            JsonReaderOptions options = reader.CurrentState.Options;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                && reader.Position.GetObject() is null
                && options.CommentHandling == JsonCommentHandling.Disallow
                && !options.AllowTrailingCommas
                && options.MaxDepth <= DefaultMaxDepth)
            {
                // A reader over one span (Position has no segment): the value's bytes are contiguous from its first token to
                // the last one SkipValue stands on (it checks the strings, and works on the partial buffers a stream gives).
                long start = reader.TokenStartIndex;
                ref byte first = ref MemoryMarshal.GetReference(reader.ValueSpan);
                JsonModelReader.SkipValue(ref reader);
                int length = checked((int)(reader.BytesConsumed - start));
                return new DeferredJsonElement(MemoryMarshal.CreateReadOnlySpan(ref first, length).ToArray());
            }
#endif

            return new DeferredJsonElement(JsonModelReader.ReadElement(ref reader));
        }

        /// <summary>Writes the value, or JSON null when there is none.</summary>
        public void Write(Utf8JsonWriter writer, RealtimeJsonWriteMode mode)
        {
            object? value = _value;
            if (value is byte[] utf8 && WritesAsIs(writer, utf8))
            {
                // Read from JSON, never parsed, and already written as the writer would write it: the bytes go back out.
                writer.WriteRawValue(utf8, skipInputValidation: true);
            }
            else if (Value is JsonElement element)
            {
                JsonModelWriter.WriteElement(writer, element, mode);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        /// <summary>
        /// Whether <paramref name="writer"/> would write the element parsed from <paramref name="utf8"/> as exactly these
        /// bytes: it does not indent, and the text has no whitespace between tokens and, inside strings, only printable
        /// ASCII that neither the default nor the relaxed encoder escapes (no escape sequences either).
        /// </summary>
        private static bool WritesAsIs(Utf8JsonWriter writer, byte[] utf8)
        {
            JsonWriterOptions options = writer.Options;
            if (options.Indented
                || !(options.Encoder is null || ReferenceEquals(options.Encoder, JavaScriptEncoder.Default) || ReferenceEquals(options.Encoder, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)))
            {
                return false;
            }

            bool inString = false;
            foreach (byte b in utf8)
            {
                if (inString)
                {
                    if (b == (byte)'"')
                    {
                        inString = false;
                    }
                    else if (b < 0x20 || b > 0x7E || b is (byte)'\\' or (byte)'<' or (byte)'>' or (byte)'&' or (byte)'\'' or (byte)'+' or (byte)'`')
                    {
                        return false;
                    }
                }
                else if (b == (byte)'"')
                {
                    inString = true;
                }
                else if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                {
                    return false;
                }
            }

            return true;
        }

        private static JsonElement Parse(byte[] utf8)
        {
            var reader = new Utf8JsonReader(utf8);
            reader.Read();
            return JsonElement.ParseValue(ref reader);
        }
    }
}

using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>Writing primitives shared by the generated converters; each matches <see cref="JsonValueWriter{T}"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class JsonModelWriter
    {
        /// <summary>Writes a string.</summary>
        public static void WriteString(Utf8JsonWriter writer, string value, RealtimeJsonWriteMode mode) => writer.WriteStringValue(value);

        /// <summary>Writes a boolean.</summary>
        public static void WriteBoolean(Utf8JsonWriter writer, bool value, RealtimeJsonWriteMode mode) => writer.WriteBooleanValue(value);

        /// <summary>Writes a 32-bit integer.</summary>
        public static void WriteInt32(Utf8JsonWriter writer, int value, RealtimeJsonWriteMode mode) => writer.WriteNumberValue(value);

        /// <summary>Writes a 64-bit integer.</summary>
        public static void WriteInt64(Utf8JsonWriter writer, long value, RealtimeJsonWriteMode mode) => writer.WriteNumberValue(value);

        /// <summary>Writes a double.</summary>
        public static void WriteDouble(Utf8JsonWriter writer, double value, RealtimeJsonWriteMode mode) => writer.WriteNumberValue(value);

        /// <summary>Writes a float.</summary>
        public static void WriteSingle(Utf8JsonWriter writer, float value, RealtimeJsonWriteMode mode) => writer.WriteNumberValue(value);

        /// <summary>Writes raw JSON; an uninitialized element is written as null.</summary>
        public static void WriteElement(Utf8JsonWriter writer, JsonElement value, RealtimeJsonWriteMode mode)
        {
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer);
            }
        }

        /// <summary>Writes a member's value, or JSON null.</summary>
        public static void WriteValue(Utf8JsonWriter writer, bool? value)
        {
            if (value.HasValue) writer.WriteBooleanValue(value.GetValueOrDefault());
            else writer.WriteNullValue();
        }

        /// <summary>Writes a member's value, or JSON null.</summary>
        public static void WriteValue(Utf8JsonWriter writer, int? value)
        {
            if (value.HasValue) writer.WriteNumberValue(value.GetValueOrDefault());
            else writer.WriteNullValue();
        }

        /// <summary>Writes a member's value, or JSON null.</summary>
        public static void WriteValue(Utf8JsonWriter writer, long? value)
        {
            if (value.HasValue) writer.WriteNumberValue(value.GetValueOrDefault());
            else writer.WriteNullValue();
        }

        /// <summary>Writes a member's value, or JSON null.</summary>
        public static void WriteValue(Utf8JsonWriter writer, double? value)
        {
            if (value.HasValue) writer.WriteNumberValue(value.GetValueOrDefault());
            else writer.WriteNullValue();
        }

        /// <summary>Writes a member's value, or JSON null.</summary>
        public static void WriteValue(Utf8JsonWriter writer, float? value)
        {
            if (value.HasValue) writer.WriteNumberValue(value.GetValueOrDefault());
            else writer.WriteNullValue();
        }

        /// <summary>Writes a list; null items are written as JSON null.</summary>
        public static void WriteList<T>(Utf8JsonWriter writer, IList<T> list, JsonValueWriter<T> writeItem, RealtimeJsonWriteMode mode)
        {
            writer.WriteStartArray();
            for (int i = 0; i < list.Count; i++)
            {
                T item = list[i];
                if (item is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    writeItem(writer, item, mode);
                }
            }

            writer.WriteEndArray();
        }

        /// <summary>Writes a map as a JSON object; null values are written as JSON null.</summary>
        public static void WriteMap<T>(Utf8JsonWriter writer, IDictionary<string, T> map, JsonValueWriter<T> writeValue, RealtimeJsonWriteMode mode)
        {
            writer.WriteStartObject();
            foreach (KeyValuePair<string, T> pair in map)
            {
                writer.WritePropertyName(pair.Key);
                if (pair.Value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    writeValue(writer, pair.Value, mode);
                }
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes the members a model kept from the wire without knowing them.</summary>
        public static void WriteAdditionalProperties(Utf8JsonWriter writer, Dictionary<string, JsonElement>? members, RealtimeJsonWriteMode mode)
        {
            if (members is null || (mode & RealtimeJsonWriteMode.OmitUnknownMembers) != 0)
            {
                return;
            }

            foreach (KeyValuePair<string, JsonElement> pair in members)
            {
                writer.WritePropertyName(pair.Key);
                WriteElement(writer, pair.Value, mode);
            }
        }

        /// <summary>The error for a value of a type the union's converter cannot write.</summary>
        public static JsonException NotACase(object value, string unionName)
            => new JsonException("A " + value.GetType().FullName + " is not a case of " + unionName + " that can be written; use one of the generated case types.");
    }
}

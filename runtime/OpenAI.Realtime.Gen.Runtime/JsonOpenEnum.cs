using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// Implemented (explicitly) by a generated extensible enumeration, a readonly struct over its string, so that
    /// <see cref="JsonOpenEnumConverter{T}"/> reads and writes it without reflection or boxing: the members are called
    /// through the struct constraint, <see cref="Read"/> on <c>default(T)</c>.
    /// </summary>
    /// <typeparam name="T">The enumeration itself.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public interface IJsonOpenEnum<T> : IJsonOpenEnum, IEquatable<T>
        where T : struct, IJsonOpenEnum<T>
    {
        /// <summary>
        /// Reads the JSON string the reader stands on (the instance is ignored: called on <c>default(T)</c>); see
        /// <see cref="JsonOpenEnumTable.Read"/>.
        /// </summary>
        T Read(ref Utf8JsonReader reader);

        /// <summary>Writes this value; see <see cref="JsonOpenEnumTable.Write"/>.</summary>
        void Write(Utf8JsonWriter writer);
    }

    /// <summary>
    /// What every generated extensible enumeration answers without its type being known: the validator checks a value of
    /// a closed enumeration through it.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public interface IJsonOpenEnum
    {
        /// <summary>Whether the spec lists this value.</summary>
        bool IsKnown { get; }

        /// <summary>The table of the listed values (the instance is ignored).</summary>
        JsonOpenEnumTable Table { get; }
    }

    /// <summary>Reads and writes generated extensible enumerations: the readers and writers generated code names.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class JsonOpenEnum
    {
        /// <summary>Reads an enumeration value from the JSON string the reader stands on.</summary>
        public static T Read<T>(ref Utf8JsonReader reader)
            where T : struct, IJsonOpenEnum<T>
            => default(T).Read(ref reader);

        /// <summary>Writes an enumeration value (<c>default</c> as JSON null).</summary>
        public static void Write<T>(Utf8JsonWriter writer, T value, RealtimeJsonWriteMode mode)
            where T : struct, IJsonOpenEnum<T>
            => value.Write(writer);
    }

    /// <summary>
    /// The values a generated extensible enumeration lists, and the logic all of them share, built once per type from the
    /// string literals of its static members: matching JSON text to a listed value without allocating, <see cref="IsKnown"/>,
    /// writing a listed value pre-encoded.
    /// </summary>
    /// <remarks>
    /// The enumeration holds its string; a listed value read from JSON holds the very string instance of the table (the
    /// literal of its static member), so reading it allocates nothing and writing it is found by reference.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonOpenEnumTable
    {
        private readonly string _typeName;

        // The listed strings, in order.
        private readonly string[] _texts;

        // The raw UTF-8 of each listed string, as a reader's (unescaped) text is compared with.
        private readonly byte[][] _utf8;

        // Each listed string pre-encoded, and the strings that are written that way: those the default encoder leaves as
        // they are (null for the others, which go through the writer's own encoder like any other string).
        private readonly JsonEncodedText[] _encoded;
        private readonly string?[] _preEncoded;
        private string? _allowedValuesText;

        /// <summary>Builds the table of <paramref name="values"/>, in the spec's order.</summary>
        /// <param name="typeName">The enumeration's name, for error messages.</param>
        /// <param name="values">The listed values: the string literals of the enumeration's static members.</param>
        public JsonOpenEnumTable(string typeName, params string[] values)
        {
            _typeName = typeName ?? throw new ArgumentNullException(nameof(typeName));
            if (values is null)
            {
                throw new ArgumentNullException(nameof(values));
            }

            int count = values.Length;
            _texts = new string[count];
            _utf8 = new byte[count][];
            _encoded = new JsonEncodedText[count];
            _preEncoded = new string?[count];
            for (int i = 0; i < count; i++)
            {
                string text = values[i] ?? throw new ArgumentException("A listed value cannot be null.", nameof(values));
                _texts[i] = text;
                _utf8[i] = Encoding.UTF8.GetBytes(text);
                _encoded[i] = JsonEncodedText.Encode(_utf8[i]);
                if (_encoded[i].EncodedUtf8Bytes.SequenceEqual(_utf8[i]))
                {
                    _preEncoded[i] = text;
                }
            }
        }

        /// <summary>The number of listed values.</summary>
        public int Count => _texts.Length;

        /// <summary>Listed value <paramref name="index"/>.</summary>
        public string this[int index] => _texts[index];

        /// <summary>The listed values quoted and separated by commas (<c>'a', 'b'</c>), for validation messages.</summary>
        public string AllowedValuesText => _allowedValuesText ??= BuildAllowedValuesText();

        /// <summary>Whether <paramref name="value"/> is listed (compared ordinally; null is not).</summary>
        public bool IsKnown(string? value)
        {
            if (value is null)
            {
                return false;
            }

            string[] texts = _texts;

            // A listed value read from JSON or taken from a static member holds the very string of the table.
            for (int i = 0; i < texts.Length; i++)
            {
                if ((object)texts[i] == value)
                {
                    return true;
                }
            }

            for (int i = 0; i < texts.Length; i++)
            {
                if (string.Equals(texts[i], value))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The index of the listed value the JSON string the reader stands on is (escaped or not), or -1; allocation-free.
        /// </summary>
        /// <exception cref="JsonException">The token is not a string, or the string is not valid Unicode.</exception>
        public int Match(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw JsonModelReader.UnexpectedToken(ref reader, "a string", _typeName);
            }

            return JsonModelReader.MatchString(ref reader, _utf8);
        }

        /// <summary>
        /// Reads the JSON string the reader stands on: a listed value is the table's own string (no allocation, escaped text
        /// included), any other string is read and kept.
        /// </summary>
        /// <exception cref="JsonException">The token is not a string, or the string is not valid Unicode.</exception>
        public string Read(ref Utf8JsonReader reader)
        {
            int index = Match(ref reader);
            return index >= 0 ? _texts[index] : JsonModelReader.ReadString(ref reader);
        }

        /// <summary>
        /// Writes an enumeration's string: JSON null for <c>default</c> (null), a listed value pre-encoded, any other
        /// string as it is.
        /// </summary>
        public void Write(Utf8JsonWriter writer, string? value)
        {
            if (value is null)
            {
                writer.WriteNullValue();
                return;
            }

            // By reference, like the value a reader returns: a listed string built at run time is written as any string.
            string?[] preEncoded = _preEncoded;
            for (int i = 0; i < preEncoded.Length; i++)
            {
                if ((object?)preEncoded[i] == value)
                {
                    writer.WriteStringValue(_encoded[i]);
                    return;
                }
            }

            writer.WriteStringValue(value);
        }

        private string BuildAllowedValuesText()
        {
            var builder = new StringBuilder();
            for (int i = 0; i < _texts.Length; i++)
            {
                builder.Append(i == 0 ? "'" : ", '").Append(_texts[i]).Append('\'');
            }

            return builder.ToString();
        }
    }

    /// <summary>
    /// The <see cref="JsonConverter{T}"/> of every generated extensible enumeration, named in its <c>[JsonConverter]</c>
    /// attribute and created by the generated JSON context.
    /// </summary>
    /// <typeparam name="T">The enumeration.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonOpenEnumConverter<T> : JsonConverter<T>
        where T : struct, IJsonOpenEnum<T>
    {
        /// <inheritdoc/>
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => default(T).Read(ref reader);

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
            => value.Write(writer);
    }
}

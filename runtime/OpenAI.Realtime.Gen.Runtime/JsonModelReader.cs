using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// Reading primitives shared by the generated converters. Every failure is a <see cref="JsonException"/> that names the
    /// JSON path; wrong token kinds never surface as <see cref="InvalidOperationException"/> or <see cref="InvalidCastException"/>.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class JsonModelReader
    {
        /// <summary>Throws unless the reader stands on <paramref name="expected"/>.</summary>
        public static void Expect(ref Utf8JsonReader reader, JsonTokenType expected, string typeName)
        {
            if (reader.TokenType != expected)
            {
                throw UnexpectedToken(ref reader, Describe(expected), typeName);
            }
        }

        /// <summary>Moves to the next token; throws on end of data.</summary>
        public static void Advance(ref Utf8JsonReader reader)
        {
            if (!reader.Read())
            {
                throw Error("Unexpected end of JSON data.");
            }
        }

        /// <summary>Moves to a member's value (throws on end of data); whether the value is not JSON null.</summary>
        public static bool AdvanceToValue(ref Utf8JsonReader reader)
        {
            Advance(ref reader);
            return reader.TokenType != JsonTokenType.Null;
        }

        /// <summary>Reads a JSON string.</summary>
        public static string ReadString(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw UnexpectedToken(ref reader, "a string", "string");
            }

            return reader.GetString()!;
        }

        /// <summary>
        /// Reads a JSON string that is usually <paramref name="expected"/> (a member's constant or discriminator value):
        /// that value is returned without allocating a new string; any other string is read as usual.
        /// </summary>
        public static string ReadString(ref Utf8JsonReader reader, byte[] expectedUtf8, string expected)
        {
            if (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(expectedUtf8))
            {
                return expected;
            }

            return ReadString(ref reader);
        }

        /// <summary>Reads a JSON boolean.</summary>
        public static bool ReadBoolean(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.True:
                    return true;
                case JsonTokenType.False:
                    return false;
                default:
                    throw UnexpectedToken(ref reader, "true or false", "bool");
            }
        }

        /// <summary>Reads a JSON number that must be an integer fitting <see cref="int"/>.</summary>
        public static int ReadInt32(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                throw UnexpectedToken(ref reader, "an integer", "int");
            }

            if (reader.TryGetInt32(out int value))
            {
                return value;
            }

            // JSON Schema counts 3.0 as an integer too.
            if (TryGetIntegral(ref reader, out double integral) && integral >= int.MinValue && integral <= int.MaxValue)
            {
                return (int)integral;
            }

            throw Error("The number " + RawText(ref reader) + " is not an integer in the range of a 32-bit integer.");
        }

        /// <summary>Reads a JSON number that must be an integer fitting <see cref="long"/>.</summary>
        public static long ReadInt64(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                throw UnexpectedToken(ref reader, "an integer", "long");
            }

            if (reader.TryGetInt64(out long value))
            {
                return value;
            }

            // JSON Schema counts 3.0 as an integer too; 2^63 itself is out of range, hence the strict bound.
            if (TryGetIntegral(ref reader, out double integral) && integral >= long.MinValue && integral < 9.2233720368547758E18)
            {
                return (long)integral;
            }

            throw Error("The number " + RawText(ref reader) + " is not an integer in the range of a 64-bit integer.");
        }

        /// <summary>Reads a JSON number as <see cref="double"/>.</summary>
        public static double ReadDouble(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                throw UnexpectedToken(ref reader, "a number", "double");
            }

            if (!reader.TryGetDouble(out double value) || double.IsInfinity(value))
            {
                throw Error("The number " + RawText(ref reader) + " does not fit a double.");
            }

            return value;
        }

        /// <summary>Reads a JSON number as <see cref="float"/>.</summary>
        public static float ReadSingle(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                throw UnexpectedToken(ref reader, "a number", "float");
            }

            if (!reader.TryGetSingle(out float value) || float.IsInfinity(value))
            {
                throw Error("The number " + RawText(ref reader) + " does not fit a float.");
            }

            return value;
        }

        /// <summary>Reads any JSON value (object, array, scalar, null) into a self-contained <see cref="JsonElement"/>.</summary>
        public static JsonElement ReadElement(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

        /// <summary>Reads the current property name (for members the model does not know).</summary>
        public static string ReadPropertyName(ref Utf8JsonReader reader) => reader.GetString()!;

        /// <summary>
        /// Looks ahead, without moving <paramref name="reader"/>, and tells which of <paramref name="utf8Names"/> the object
        /// the reader stands on has as top-level members (bit i set for <c>utf8Names[i]</c>).
        /// </summary>
        public static ulong PeekPropertyNames(ref Utf8JsonReader reader, byte[][] utf8Names)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return 0;
            }

            Utf8JsonReader copy = reader;
            ulong found = 0;
            while (copy.Read() && copy.TokenType == JsonTokenType.PropertyName)
            {
                for (int i = 0; i < utf8Names.Length && i < 64; i++)
                {
                    if (copy.ValueTextEquals(utf8Names[i]))
                    {
                        found |= 1UL << i;
                        break;
                    }
                }

                if (!copy.Read())
                {
                    break;
                }

                if (copy.TokenType == JsonTokenType.StartObject || copy.TokenType == JsonTokenType.StartArray)
                {
                    copy.Skip();
                }
            }

            return found;
        }

        /// <summary>Reads a JSON array; <paramref name="allowNullItems"/> stores JSON null items as <c>default</c> (otherwise the item reader sees them).</summary>
        public static List<T> ReadList<T>(ref Utf8JsonReader reader, JsonValueReader<T> readItem, bool allowNullItems)
        {
            var list = new List<T>();
            ReadListInto(ref reader, list, readItem, allowNullItems);
            return list;
        }

        /// <summary>Reads a JSON array into <paramref name="list"/>.</summary>
        public static void ReadListInto<T>(ref Utf8JsonReader reader, IList<T> list, JsonValueReader<T> readItem, bool allowNullItems)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw UnexpectedToken(ref reader, "an array", "list");
            }

            int index = 0;
            try
            {
                while (true)
                {
                    Advance(ref reader);
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        return;
                    }

                    list.Add(allowNullItems && reader.TokenType == JsonTokenType.Null ? default! : readItem(ref reader));
                    index++;
                }
            }
            catch (JsonException exception)
            {
                throw WithIndex(exception, index);
            }
        }

        /// <summary>Reads a JSON object as a map into <paramref name="map"/>; the last of duplicate members wins.</summary>
        public static void ReadMapInto<T>(ref Utf8JsonReader reader, IDictionary<string, T> map, JsonValueReader<T> readValue, bool allowNullValues)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw UnexpectedToken(ref reader, "an object", "map");
            }

            string? key = null;
            try
            {
                while (true)
                {
                    Advance(ref reader);
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        return;
                    }

                    key = reader.GetString()!;
                    Advance(ref reader);
                    map[key] = allowNullValues && reader.TokenType == JsonTokenType.Null ? default! : readValue(ref reader);
                    key = null;
                }
            }
            catch (JsonException exception) when (key is not null)
            {
                throw WithProperty(exception, key);
            }
        }

        /// <summary>Reads a JSON object as a new map.</summary>
        public static Dictionary<string, T> ReadMap<T>(ref Utf8JsonReader reader, JsonValueReader<T> readValue, bool allowNullValues)
        {
            var map = new Dictionary<string, T>(StringComparer.Ordinal);
            ReadMapInto(ref reader, map, readValue, allowNullValues);
            return map;
        }

        /// <summary>
        /// The index in <paramref name="utf8Names"/> (raw, unescaped UTF-8) of the property name the reader stands on, or -1
        /// when the model does not know it. The search starts at <paramref name="next"/>, the member after the one matched
        /// last, and wraps around: members that arrive in the schema's order are found with one comparison each.
        /// </summary>
        public static int MatchMember(ref Utf8JsonReader reader, byte[][] utf8Names, ref int next)
        {
            int index = IndexOfText(ref reader, utf8Names, next);
            if (index >= 0)
            {
                next = index + 1;
            }

            return index;
        }

        /// <summary>Keeps a member the model does not know (the reader stands on its value).</summary>
        public static void ReadAdditionalProperty(ref Utf8JsonReader reader, ref Dictionary<string, JsonElement>? members, string name)
        {
            members ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            members[name] = JsonElement.ParseValue(ref reader);
        }

        /// <summary>
        /// Looks ahead, without moving <paramref name="reader"/>, for the top-level member <paramref name="utf8Name"/> of the
        /// object the reader stands on, and returns the index in <paramref name="utf8Values"/> of its string value; -1 when
        /// the member is missing, not a string, or has none of the values. The first such member decides. Names and values
        /// are raw (unescaped) UTF-8, as <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/> compares them.
        /// </summary>
        public static int PeekDiscriminator(ref Utf8JsonReader reader, byte[] utf8Name, byte[][] utf8Values)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return -1;
            }

            Utf8JsonReader copy = reader;
            while (copy.Read() && copy.TokenType == JsonTokenType.PropertyName)
            {
                bool match = copy.ValueTextEquals(utf8Name);
                if (!copy.Read())
                {
                    return -1;
                }

                if (match)
                {
                    if (copy.TokenType != JsonTokenType.String)
                    {
                        return -1;
                    }

                    return MatchString(ref copy, utf8Values);
                }

                if (copy.TokenType == JsonTokenType.StartObject || copy.TokenType == JsonTokenType.StartArray)
                {
                    copy.Skip();
                }
            }

            return -1;
        }

        /// <summary>
        /// The index in <paramref name="utf8Values"/> (raw, unescaped UTF-8) of the string the reader stands on, or -1 when it
        /// is none of them.
        /// </summary>
        public static int MatchString(ref Utf8JsonReader reader, byte[][] utf8Values) => IndexOfText(ref reader, utf8Values, 0);

        /// <summary>
        /// The index in <paramref name="utf8Texts"/> of the property name or string the reader stands on, or -1; the search
        /// starts at <paramref name="start"/> and wraps around.
        /// </summary>
        private static int IndexOfText(ref Utf8JsonReader reader, byte[][] utf8Texts, int start)
        {
            int count = utf8Texts.Length;
            bool direct = !reader.HasValueSequence && !reader.ValueIsEscaped;

            // The common case, compared directly: a type can have dozens of members, a discriminated union dozens of values.
            ReadOnlySpan<byte> text = direct ? reader.ValueSpan : default;
            int i = start;
            for (int n = 0; n < count; n++, i++)
            {
                if (i >= count)
                {
                    i = 0;
                }

                byte[] candidate = utf8Texts[i];
                if (direct ? candidate.Length == text.Length && text.SequenceEqual(candidate) : reader.ValueTextEquals(candidate))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// <see cref="PeekDiscriminator"/> for two members at once, in one scan: returns the index of the first member's
        /// value and sets <paramref name="second"/> to the second's (-1 when missing or unknown). The scan stops as soon as
        /// both are found, or when the first member's value index has its bit set in <paramref name="firstDecides"/> (no
        /// case needs the second member then, and it is left at -1).
        /// </summary>
        public static int PeekDiscriminators(ref Utf8JsonReader reader, byte[] utf8Name0, byte[][] utf8Values0, ulong firstDecides, byte[] utf8Name1, byte[][] utf8Values1, out int second)
        {
            second = -1;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return -1;
            }

            Utf8JsonReader copy = reader;
            int first = -1;
            bool foundFirst = false;
            bool foundSecond = false;
            while (copy.Read() && copy.TokenType == JsonTokenType.PropertyName)
            {
                int which = !foundFirst && copy.ValueTextEquals(utf8Name0) ? 0 : !foundSecond && copy.ValueTextEquals(utf8Name1) ? 1 : -1;
                if (!copy.Read())
                {
                    break;
                }

                if (which == 0)
                {
                    foundFirst = true;
                    first = copy.TokenType == JsonTokenType.String ? MatchString(ref copy, utf8Values0) : -1;
                    if (foundSecond || (first >= 0 && first < 64 && (firstDecides & (1UL << first)) != 0))
                    {
                        break;
                    }
                }
                else if (which == 1)
                {
                    foundSecond = true;
                    second = copy.TokenType == JsonTokenType.String ? MatchString(ref copy, utf8Values1) : -1;
                    if (foundFirst)
                    {
                        break;
                    }
                }
                else if (copy.TokenType == JsonTokenType.StartObject || copy.TokenType == JsonTokenType.StartArray)
                {
                    copy.Skip();
                }
            }

            if (first >= 0 && first < 64 && (firstDecides & (1UL << first)) != 0)
            {
                second = -1;
            }

            return first;
        }

        /// <summary>
        /// Looks ahead, without moving <paramref name="reader"/>, at the first item of the array the reader stands on, and
        /// returns its token type (<see cref="JsonTokenType.None"/> for an empty array). Used to pick between array cases of a
        /// union (an array of strings or an array of integers).
        /// </summary>
        public static JsonTokenType PeekFirstItem(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return JsonTokenType.None;
            }

            Utf8JsonReader copy = reader;
            return copy.Read() && copy.TokenType != JsonTokenType.EndArray ? copy.TokenType : JsonTokenType.None;
        }

        /// <summary>The string value of a member of a raw JSON object, or null.</summary>
        public static string? GetStringMember(JsonElement element, string name)
        {
            return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement member) && member.ValueKind == JsonValueKind.String
                ? member.GetString()
                : null;
        }

        /// <summary>
        /// Whether the number the reader stands on is an integer, as JSON Schema counts them: <c>3</c>, and also <c>3.0</c>
        /// or <c>3e2</c> (no fractional part).
        /// </summary>
        public static bool IsInteger(ref Utf8JsonReader reader)
            => reader.TokenType == JsonTokenType.Number && (reader.TryGetInt64(out _) || TryGetIntegral(ref reader, out _));

        private static bool TryGetIntegral(ref Utf8JsonReader reader, out double value)
            => reader.TryGetDouble(out value) && !double.IsInfinity(value) && Math.Floor(value) == value;

        /// <summary>An error for a token the model cannot take at this place.</summary>
        public static JsonException UnexpectedToken(ref Utf8JsonReader reader, string expected, string typeName)
        {
            return Error("Expected " + expected + " for " + typeName + " but found " + Describe(reader.TokenType) + ".");
        }

        /// <summary>An error for a union value whose JSON kind none of the union's cases accepts.</summary>
        public static JsonException NoUnionCase(ref Utf8JsonReader reader, string typeName, string accepted)
        {
            string found = Describe(reader.TokenType);
            return Error(char.ToUpperInvariant(found[0]) + found.Substring(1) + " is not a valid " + typeName + "; it accepts " + accepted + ".");
        }

        /// <summary>A <see cref="JsonException"/> at the root path.</summary>
        public static JsonException Error(string message) => Mark(new JsonException(message + " Path: $.", "$", null, null));

        /// <summary>
        /// Rewraps <paramref name="inner"/> with <paramref name="propertyName"/> in front of its path, as the error travels
        /// up from nested readers. Call it from a <c>catch</c> around a member read.
        /// </summary>
        public static JsonException WithProperty(JsonException inner, string? propertyName)
        {
            if (propertyName is null)
            {
                return inner;
            }

            return WithSegment(inner, NeedsBrackets(propertyName) ? "['" + propertyName.Replace("'", "\\'") + "']" : "." + propertyName);
        }

        /// <summary>Rewraps <paramref name="inner"/> with an array index in front of its path.</summary>
        public static JsonException WithIndex(JsonException inner, int index)
            => WithSegment(inner, "[" + index.ToString(CultureInfo.InvariantCulture) + "]");

        private static JsonException WithSegment(JsonException inner, string segment)
        {
            bool ours = IsOurs(inner);
            string innerPath = ours ? inner.Path ?? "$" : "$";
            string path = "$" + segment + innerPath.Substring(1);
            string message = inner.Message;
            if (ours)
            {
                int at = message.LastIndexOf(" Path: $", StringComparison.Ordinal);
                message = at >= 0 ? message.Substring(0, at) : message;
            }

            Exception? cause = ours ? inner.InnerException : inner;
            return Mark(new JsonException(message + " Path: " + path + ".", path, inner.LineNumber, inner.BytePositionInLine, cause));
        }

        private static JsonException Mark(JsonException exception)
        {
            exception.Data[MarkerKey] = true;
            return exception;
        }

        private static bool IsOurs(JsonException exception) => exception.Data.Contains(MarkerKey);

        private const string MarkerKey = "OpenAI.Realtime.Serialization.Path";

        private static bool NeedsBrackets(string name)
        {
            if (name.Length == 0 || char.IsDigit(name[0]))
            {
                return true;
            }

            foreach (char c in name)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return true;
                }
            }

            return false;
        }

        private static string RawText(ref Utf8JsonReader reader)
        {
            ReadOnlySpan<byte> span = reader.HasValueSequence ? default : reader.ValueSpan;
            return span.IsEmpty ? "value" : System.Text.Encoding.UTF8.GetString(span.ToArray());
        }

        private static string Describe(JsonTokenType type)
        {
            switch (type)
            {
                case JsonTokenType.StartObject:
                    return "an object";
                case JsonTokenType.StartArray:
                    return "an array";
                case JsonTokenType.String:
                    return "a string";
                case JsonTokenType.Number:
                    return "a number";
                case JsonTokenType.True:
                case JsonTokenType.False:
                    return "a boolean";
                case JsonTokenType.Null:
                    return "null";
                case JsonTokenType.PropertyName:
                    return "a property name";
                default:
                    return type.ToString();
            }
        }
    }
}

using System.Buffers;
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
        /// <summary>
        /// The start of every read through a generated converter (<c>JsonSerializer</c> and <see cref="RealtimeJson"/>):
        /// true when the value is a JSON null nested in a user's own type (it reads as null); a message that is JSON null is
        /// a <see cref="JsonException"/>. Where the System.Text.Json in use has
        /// <c>JsonSerializerOptions.AllowDuplicateProperties</c> and it is false, any member that occurs twice in the value
        /// is a <see cref="JsonException"/>.
        /// </summary>
        public static bool BeginRead(ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                if (reader.CurrentDepth == 0)
                {
                    throw Error("The JSON value is null, which is not a message.");
                }

                return true;
            }
#if NET10_0_OR_GREATER
            if (options is not null && !options.AllowDuplicateProperties)
            {
                CheckNoDuplicateMembers(reader);
            }
#endif
            return false;
        }

        /// <summary>Throws when an object in the value the reader (a copy) stands on has a member twice.</summary>
        internal static void CheckNoDuplicateMembers(Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject && reader.TokenType != JsonTokenType.StartArray)
            {
                return;
            }

            int depth = reader.CurrentDepth;
            var objects = new Stack<HashSet<string>?>();
            objects.Push(reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null);
            while (true)
            {
                Advance(ref reader);
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        objects.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.StartArray:
                        objects.Push(null);
                        break;
                    case JsonTokenType.PropertyName:
                        string name = GetText(ref reader);
                        if (!objects.Peek()!.Add(name))
                        {
                            throw Error("The member '" + name + "' occurs twice in an object, and JsonSerializerOptions.AllowDuplicateProperties is false.");
                        }

                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        objects.Pop();
                        if (reader.CurrentDepth == depth)
                        {
                            return;
                        }

                        break;
                }
            }
        }

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

            return GetText(ref reader);
        }

        /// <summary>
        /// The text of the string or property name the reader stands on. A string that is not valid Unicode (malformed
        /// UTF-8, a lone surrogate escape such as <c>"\ud800"</c>) is a <see cref="JsonException"/>, on every read path.
        /// </summary>
        private static string GetText(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                throw InvalidText(ref reader);
            }
        }

        /// <summary>
        /// Whether the string or property name the reader stands on is <paramref name="utf8Text"/> (raw, unescaped UTF-8);
        /// text that is not valid Unicode is a <see cref="JsonException"/>.
        /// </summary>
        public static bool TextEquals(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Text)
        {
            if (!reader.HasValueSequence && !reader.ValueIsEscaped)
            {
                return reader.ValueSpan.SequenceEqual(utf8Text);
            }

            try
            {
                return reader.ValueTextEquals(utf8Text);
            }
            catch (InvalidOperationException)
            {
                throw InvalidText(ref reader);
            }
        }

        private static JsonException InvalidText(ref Utf8JsonReader reader)
            => Error("The " + (reader.TokenType == JsonTokenType.PropertyName ? "property name" : "string") + " is not valid Unicode text (malformed UTF-8, or a lone surrogate escape).");

        /// <summary>
        /// Reads a JSON string that is usually <paramref name="expected"/> (a member's constant or discriminator value):
        /// that value is returned without allocating a new string; any other string is read as usual.
        /// </summary>
        public static string ReadString(ref Utf8JsonReader reader, byte[] expectedUtf8, string expected)
        {
            if (reader.TokenType == JsonTokenType.String && TextEquals(ref reader, expectedUtf8))
            {
                return expected;
            }

            // A discriminator that selected the case being read, occurring again with another value (rare: checked here).
            JsonDiscriminator.CheckRepeated(ref reader, expected);
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

            // JSON Schema counts 3.0 as an integer too; the text is read exactly, never rounded through a double.
            if (JsonText.TryGetIntegral(ref reader, out bool negative, out ulong magnitude, out bool fits) && fits
                && (negative ? magnitude <= 2147483648UL : magnitude <= int.MaxValue))
            {
                return negative ? (int)(0L - (long)magnitude) : (int)magnitude;
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

            // JSON Schema counts 3.0 as an integer too; the text is read exactly, never rounded through a double.
            if (JsonText.TryGetIntegral(ref reader, out bool negative, out ulong magnitude, out bool fits) && fits
                && (negative ? magnitude <= 9223372036854775808UL : magnitude <= long.MaxValue))
            {
                return negative ? unchecked((long)(0UL - magnitude)) : (long)magnitude;
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
        /// <remarks>Every string and property name in it must be valid Unicode text, as for typed members.</remarks>
        public static JsonElement ReadElement(ref Utf8JsonReader reader)
        {
            Utf8JsonReader copy = reader;
            SkipValue(ref copy);
            return JsonElement.ParseValue(ref reader);
        }

        /// <summary>Reads the current property name (for members the model does not know).</summary>
        public static string ReadPropertyName(ref Utf8JsonReader reader) => GetText(ref reader);

        /// <summary>
        /// Moves past the value the reader stands on (to its last token), checking that every string and property name in it
        /// is valid Unicode text. Unlike <see cref="Utf8JsonReader.Skip"/> it works on a reader over a partial buffer (as
        /// <c>JsonSerializer</c> reading a stream gives converters, with the whole value buffered).
        /// </summary>
        public static void SkipValue(ref Utf8JsonReader reader)
        {
            JsonTokenType type = reader.TokenType;
            if (type == JsonTokenType.String || type == JsonTokenType.PropertyName)
            {
                CheckText(ref reader);
                if (type == JsonTokenType.String)
                {
                    return;
                }

                Advance(ref reader);
                type = reader.TokenType;
            }

            if (type != JsonTokenType.StartObject && type != JsonTokenType.StartArray)
            {
                return;
            }

            int depth = reader.CurrentDepth;
            while (true)
            {
                Advance(ref reader);
                switch (reader.TokenType)
                {
                    case JsonTokenType.String:
                    case JsonTokenType.PropertyName:
                        CheckText(ref reader);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        if (reader.CurrentDepth == depth)
                        {
                            return;
                        }

                        break;
                }
            }
        }

        private static void CheckText(ref Utf8JsonReader reader)
        {
            if ((reader.ValueIsEscaped || reader.HasValueSequence || !IsAscii(reader.ValueSpan)) && !JsonText.IsValidText(ref reader))
            {
                throw InvalidText(ref reader);
            }
        }

        private static bool IsAscii(ReadOnlySpan<byte> text)
        {
#if NET8_0_OR_GREATER
            return System.Text.Ascii.IsValid(text);
#else
            foreach (byte b in text)
            {
                if (b >= 0x80)
                {
                    return false;
                }
            }

            return true;
#endif
        }

        /// <summary>Moves a look-ahead copy past a nested object or array; false when the buffer ends first.</summary>
        private static bool TrySkipNested(ref Utf8JsonReader copy)
            => (copy.TokenType != JsonTokenType.StartObject && copy.TokenType != JsonTokenType.StartArray) || copy.TrySkip();

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
                    if (TextEquals(ref copy, utf8Names[i]))
                    {
                        found |= 1UL << i;
                        break;
                    }
                }

                if (!copy.Read() || !TrySkipNested(ref copy))
                {
                    break;
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
            members[name] = ReadElement(ref reader);
        }

        /// <summary>
        /// Looks ahead, without moving <paramref name="reader"/>, for the top-level member <paramref name="utf8Name"/> of the
        /// object the reader stands on, and returns the index in <paramref name="utf8Values"/> of its string value; -1 when
        /// the member is missing, not a string, or has none of the values. Names and values are raw (unescaped) UTF-8, as
        /// <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/> compares them. The look-ahead stops at the first
        /// occurrence of the member: a repeat with another value is found by the case's own read (see
        /// <see cref="JsonDiscriminator.ReadCase{T}"/>), or by <see cref="CheckDiscriminatorRepeats"/> when no case matches.
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
                bool match = TextEquals(ref copy, utf8Name);
                if (!copy.Read())
                {
                    break;
                }

                if (match)
                {
                    return copy.TokenType == JsonTokenType.String ? MatchString(ref copy, utf8Values) : -1;
                }

                if (!TrySkipNested(ref copy))
                {
                    break;
                }
            }

            return -1;
        }

        /// <summary>
        /// Scans the whole object the reader (a copy) stands on and throws when one of <paramref name="utf8Names"/> occurs
        /// twice with different values (the case it names would be ambiguous). Malformed JSON after a discriminator is left
        /// for the reader that reads the object to report, with its path.
        /// </summary>
        public static void CheckDiscriminatorRepeats(Utf8JsonReader reader, byte[][] utf8Names)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return;
            }

            int count = utf8Names.Length;
            var first = new string?[count];
            var seen = new bool[count];
            bool any = false;
            byte[]? duplicate = null;
            try
            {
                while (duplicate is null && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    int which = -1;
                    for (int i = 0; i < count && which < 0; i++)
                    {
                        if (TextEquals(ref reader, utf8Names[i]))
                        {
                            which = i;
                        }
                    }

                    if (!reader.Read())
                    {
                        break;
                    }

                    if (which >= 0)
                    {
                        string? key = ScalarKey(ref reader);
                        if (!seen[which])
                        {
                            seen[which] = any = true;
                            first[which] = key;
                        }
                        else if (key is null || first[which] is null || key != first[which])
                        {
                            duplicate = utf8Names[which];
                        }
                    }

                    if (!TrySkipNested(ref reader))
                    {
                        break;
                    }
                }
            }
            catch (JsonException) when (any)
            {
                // Malformed JSON after a discriminator: the reader of the object reports it with the member's path.
            }

            if (duplicate is not null)
            {
                throw DuplicateDiscriminator(duplicate);
            }
        }

        /// <summary>A text that two scalar tokens share when they are the same JSON value (strings compared as text); null for a container.</summary>
        private static string? ScalarKey(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return "n";
                case JsonTokenType.True:
                    return "t";
                case JsonTokenType.False:
                    return "f";
                case JsonTokenType.String:
                    return "s" + GetText(ref reader);
                case JsonTokenType.Number:
                    return "#" + RawText(ref reader);
                default:
                    return null;
            }
        }

        internal static JsonException DuplicateDiscriminator(byte[] utf8Name)
            => Error("The member '" + System.Text.Encoding.UTF8.GetString(utf8Name) + "' that tells the cases apart occurs twice with different values.");

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
                if (direct ? candidate.Length == text.Length && text.SequenceEqual(candidate) : TextEquals(ref reader, candidate))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// <see cref="PeekDiscriminator"/> for two members at once, in one scan: returns the index of the first member's
        /// value and sets <paramref name="second"/> to the second's (-1 when missing or unknown). When the first member's value
        /// index has its bit set in <paramref name="firstDecides"/>, no case needs the second member and it is left at -1.
        /// The scan stops as soon as both members are found, or the first one is found and decides alone.
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
            try
            {
                while (copy.Read() && copy.TokenType == JsonTokenType.PropertyName)
                {
                    int which = !foundFirst && TextEquals(ref copy, utf8Name0) ? 0 : !foundSecond && TextEquals(ref copy, utf8Name1) ? 1 : -1;
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

                    if (!TrySkipNested(ref copy))
                    {
                        break;
                    }
                }
            }
            catch (JsonException) when (foundFirst || foundSecond)
            {
                // Malformed JSON after a discriminator: the case's reader reports it with the member's path.
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
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out JsonElement member) || member.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            try
            {
                return member.GetString();
            }
            catch (InvalidOperationException)
            {
                // Not valid Unicode; reading never produces such an element, one built by hand may hold it.
                return null;
            }
        }

        /// <summary>
        /// Whether the number the reader stands on is an integer, as JSON Schema counts them: <c>3</c>, and also <c>3.0</c>
        /// or <c>3e2</c> (no fractional part), within the range of a 64-bit integer (a union keeps larger ones as unknown).
        /// </summary>
        public static bool IsInteger(ref Utf8JsonReader reader)
            => reader.TokenType == JsonTokenType.Number && (reader.TryGetInt64(out _) || IsIntegralInt64(ref reader));

        private static bool IsIntegralInt64(ref Utf8JsonReader reader)
            => JsonText.TryGetIntegral(ref reader, out bool negative, out ulong magnitude, out bool fits) && fits
                && (negative ? magnitude <= 9223372036854775808UL : magnitude <= long.MaxValue);

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

        /// <summary><paramref name="inner"/> (an error without a path, such as the reader's own) at the root path.</summary>
        public static JsonException AtRoot(JsonException inner)
            => Mark(new JsonException(inner.Message + " Path: $.", "$", inner.LineNumber, inner.BytePositionInLine, inner));

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
            byte[] bytes = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
            return bytes.Length == 0 ? "value" : System.Text.Encoding.UTF8.GetString(bytes);
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

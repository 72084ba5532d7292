using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// The base of every generated model class: which members are set (absent, explicit <c>null</c>, value), the members
    /// the spec does not describe, validation, and the one reader and writer all models share. A generated class only
    /// describes itself (its <see cref="JsonModelShape"/>), hands over the fields of its primitive members by reference
    /// (<see cref="__Field"/>: the runtime reads, writes, checks and clears those itself), and reads, writes and checks
    /// each other member by index.
    /// </summary>
    public abstract partial class JsonModel : IRealtimeValidatable
    {
        private static readonly byte[] s_null = { (byte)'n', (byte)'u', (byte)'l', (byte)'l' };

        // Presence of members 0-63, then of members 64 and up (rare: one word per 64 further members).
        private ulong _present;
        private ulong[]? _presentRest;
        private Dictionary<string, JsonElement>? _additionalProperties;

        /// <summary>Creates a model with no member set.</summary>
        protected JsonModel()
        {
        }

        /// <summary>
        /// JSON members the spec does not describe. They are kept when reading and written back, so fields the API adds
        /// before the spec does are not lost; <see cref="RealtimeJsonWriteMode.Request"/> mode leaves them out.
        /// </summary>
        [JsonIgnore]
        public IDictionary<string, JsonElement> AdditionalProperties => _additionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);

        /// <summary>The description of this model's members.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected abstract JsonModelShape __Shape { get; }

        /// <summary>
        /// Whether a member is set: assigned, or present in the JSON read (an explicit <c>null</c> counts). Only set members
        /// are written.
        /// </summary>
        /// <param name="propertyName">The C# property name; use <c>nameof</c>.</param>
        /// <exception cref="ArgumentException"><paramref name="propertyName"/> is not a property of this type.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected bool __IsSet(string propertyName) => IsSetAt(__Shape.IndexOf(propertyName));

        /// <summary>Leaves a member out: it reads as unset and is not written.</summary>
        /// <param name="propertyName">The C# property name; use <c>nameof</c>.</param>
        /// <exception cref="ArgumentException"><paramref name="propertyName"/> is not a property of this type.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected void __Unset(string propertyName)
        {
            JsonModelShape shape = __Shape;
            int index = shape.IndexOf(propertyName);
            char kind = shape.SlotKind(index);
            if (kind != '\0')
            {
                ClearSlot(ref __Field(index), kind);
            }
            else if (!shape.IsUserDeclared(index))
            {
                // The member's field goes back to null through its own reader, given JSON null.
                var reader = new Utf8JsonReader(s_null);
                reader.Read();
                __Read(ref reader, index);
            }

            if (index < 64)
            {
                _present &= ~(1UL << index);
            }
            else if (_presentRest is ulong[] rest && (index >> 6) - 1 < rest.Length)
            {
                rest[(index >> 6) - 1] &= ~(1UL << (index & 63));
            }
        }

        /// <summary>
        /// Checks this value, and every value it holds, against the constraints of its schema: required members, nulls the
        /// spec does not allow, lengths, ranges, counts, patterns and closed enumerations. Reading is tolerant; this is where
        /// a payload that breaks the spec shows. Never throws.
        /// </summary>
        /// <returns>Every violation found; empty when the value is valid.</returns>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected IReadOnlyList<RealtimeValidationError> __ValidateAll()
        {
            var context = new RealtimeValidationContext();
            ((IRealtimeValidatable)this).Validate(context);
            return context.Errors;
        }

        void IRealtimeValidatable.Validate(RealtimeValidationContext context)
        {
            JsonModelShape shape = __Shape;
            for (int i = 0; i < shape.Count; i++)
            {
                if (!IsSetAt(i))
                {
                    context.CheckRequired(!shape.IsRequired(i), shape.JsonName(i));
                    continue;
                }

                context.PushProperty(shape.JsonName(i));
                char kind = shape.SlotKind(i);
                bool isNull = shape.IsValidatedByCode(i) ? __Validate(context, i)
                    : kind != '\0' ? ValidateSlot(context, ref __Field(i), kind, shape, i)
                    : context.ValidateMember(__Get(i), shape, i);
                context.CheckNotNull(isNull && !shape.IsNullable(i) && !shape.IsUserDeclared(i));
                context.Pop();
            }

            __OnValidate(context);
        }

        /// <summary>Reads a model from the object the reader stands on (not null).</summary>
        /// <typeparam name="T">The generated model class.</typeparam>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static T Read<T>(ref Utf8JsonReader reader)
            where T : JsonModel, new()
        {
            var value = (T)Prototype<T>.Value.__New();
            value.ReadMembers(ref reader);
            return value;
        }

        /// <summary>Writes a model (not null).</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static void Write<T>(Utf8JsonWriter writer, T value, RealtimeJsonWriteMode mode)
            where T : JsonModel
            => value.WriteMembers(writer, mode);

        /// <summary>Writes a model, or JSON null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static void WriteOrNull(Utf8JsonWriter writer, JsonModel? value, RealtimeJsonWriteMode mode)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteMembers(writer, mode);
            }
        }

        // The member readers and writers of generated code: JSON null reads as null, null writes as JSON null.

        /// <summary>Reads a string member, or null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static string? __String(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : JsonModelReader.ReadString(ref reader);

        /// <summary>Reads a boolean member, or null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static bool? __Boolean(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : JsonModelReader.ReadBoolean(ref reader);

        /// <summary>Reads an integer member, or null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static int? __Int32(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : JsonModelReader.ReadInt32(ref reader);

        /// <summary>Reads an integer member, or null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static long? __Int64(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : JsonModelReader.ReadInt64(ref reader);

        /// <summary>Reads a number member, or null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static double? __Double(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : JsonModelReader.ReadDouble(ref reader);

        /// <summary>Reads a number member, or null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static float? __Single(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : JsonModelReader.ReadSingle(ref reader);

        /// <summary>Reads a model member, or null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static T? __Model<T>(ref Utf8JsonReader reader)
            where T : JsonModel, new()
            => reader.TokenType == JsonTokenType.Null ? null : Read<T>(ref reader);

        /// <summary>Reads an extensible enumeration member, or null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static T? __Enum<T>(ref Utf8JsonReader reader)
            where T : struct, IJsonOpenEnum<T>
            => reader.TokenType == JsonTokenType.Null ? null : default(T).Read(ref reader);

        /// <summary>Writes an extensible enumeration member, or JSON null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static void __Enum<T>(Utf8JsonWriter writer, T? value)
            where T : struct, IJsonOpenEnum<T>
        {
            if (value.HasValue)
            {
                value.GetValueOrDefault().Write(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        /// <summary>Reads a list member, or null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static List<T>? __List<T>(ref Utf8JsonReader reader, JsonValueReader<T> readItem, bool allowNullItems)
            => reader.TokenType == JsonTokenType.Null ? null : JsonModelReader.ReadList(ref reader, readItem, allowNullItems);

        /// <summary>Reads a map member, or null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static Dictionary<string, T>? __Map<T>(ref Utf8JsonReader reader, JsonValueReader<T> readValue, bool allowNullValues)
            => reader.TokenType == JsonTokenType.Null ? null : JsonModelReader.ReadMap(ref reader, readValue, allowNullValues);

        /// <summary>Writes a boolean member, or JSON null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static void __Value(Utf8JsonWriter writer, bool? value) => JsonModelWriter.WriteValue(writer, value);

        /// <summary>Writes an integer member, or JSON null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static void __Value(Utf8JsonWriter writer, int? value) => JsonModelWriter.WriteValue(writer, value);

        /// <summary>Writes an integer member, or JSON null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static void __Value(Utf8JsonWriter writer, long? value) => JsonModelWriter.WriteValue(writer, value);

        /// <summary>Writes a number member, or JSON null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static void __Value(Utf8JsonWriter writer, double? value) => JsonModelWriter.WriteValue(writer, value);

        /// <summary>Writes a number member, or JSON null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static void __Value(Utf8JsonWriter writer, float? value) => JsonModelWriter.WriteValue(writer, value);

        /// <summary>Writes a model member, or JSON null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static void __Value(Utf8JsonWriter writer, JsonModel? value, RealtimeJsonWriteMode mode) => WriteOrNull(writer, value, mode);

        /// <summary>Writes a list member, or JSON null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static void __List<T>(Utf8JsonWriter writer, IList<T>? list, JsonValueWriter<T> writeItem, RealtimeJsonWriteMode mode)
        {
            if (list is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonModelWriter.WriteList(writer, list, writeItem, mode);
            }
        }

        /// <summary>Writes a map member, or JSON null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static void __Map<T>(Utf8JsonWriter writer, IDictionary<string, T>? map, JsonValueWriter<T> writeValue, RealtimeJsonWriteMode mode)
        {
            if (map is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonModelWriter.WriteMap(writer, map, writeValue, mode);
            }
        }

        /// <summary>Marks member <paramref name="index"/> as set (its property's setter calls this).</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected void __Set(int index)
        {
            if (index < 64)
            {
                _present |= 1UL << index;
            }
            else
            {
                SetRest(index);
            }
        }

        /// <summary>A new model of the same class with no member set, for reading into.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected abstract JsonModel __New();

        /// <summary>
        /// Reads member <paramref name="index"/> from the value the reader stands on, JSON null included (the member's field
        /// becomes null), for the members without a slot kind.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected virtual void __Read(ref Utf8JsonReader reader, int index) => throw NoMemberCode(index);

        /// <summary>
        /// Writes the value of member <paramref name="index"/> (its name is written already), JSON null included, for the
        /// members without a slot kind.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected virtual void __Write(Utf8JsonWriter writer, int index, RealtimeJsonWriteMode mode) => throw NoMemberCode(index);

        /// <summary>
        /// Checks the value of member <paramref name="index"/> (set, at its path in <paramref name="context"/>) against its
        /// schema, for the members whose shape flag <c>V</c> says their checks are generated code; whether the value is null.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected virtual bool __Validate(RealtimeValidationContext context, int index) => false;

        /// <summary>
        /// The value of member <paramref name="index"/> (boxed when it is a value type), for the checks the shape describes;
        /// null for members with nothing to check.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected virtual object? __Get(int index) => null;

        /// <summary>
        /// The field of member <paramref name="index"/>, for the members whose shape gives a slot kind (a primitive the runtime
        /// reads, writes, checks and clears itself), as a reference to its first byte.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected virtual ref byte __Field(int index) => throw NoMemberCode(index);

        /// <summary>A reference to a field's first byte, for <see cref="__Field"/>.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static ref byte __Slot<T>(ref T field) => ref Unsafe.As<T, byte>(ref field);

        /// <summary>The members declared by the user (flag <c>U</c>) that are set because they are not null, as a mask of the first 64.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected virtual ulong __UserSet() => 0;

        /// <summary>
        /// Runs after a value was read (the generated class forwards to its <c>OnDeserialized</c>), when the shape's hooks
        /// name <see cref="JsonModelHooks.OnRead"/>.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected virtual void __OnRead()
        {
        }

        /// <summary>
        /// Runs before a value is written (the generated class forwards to its <c>OnSerializing</c>), when the shape's hooks
        /// name <see cref="JsonModelHooks.OnWrite"/>.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected virtual void __OnWrite()
        {
        }

        /// <summary>Runs at the end of validation (the generated class forwards to its <c>OnValidate</c>).</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected virtual void __OnValidate(RealtimeValidationContext context)
        {
        }

        private ArgumentOutOfRangeException NoMemberCode(int index)
            => new ArgumentOutOfRangeException(nameof(index), index, "Member " + index + " of " + __Shape.TypeName + " has no such code; the generated class and its shape disagree.");

        private bool IsSetAt(int index)
        {
            if (index < 64)
            {
                return (_present & (1UL << index)) != 0;
            }

            ulong[]? rest = _presentRest;
            int word = (index >> 6) - 1;
            return rest is not null && word < rest.Length && (rest[word] & (1UL << (index & 63))) != 0;
        }

        private void SetRest(int index)
        {
            int word = (index >> 6) - 1;
            ulong[]? rest = _presentRest;
            if (rest is null || word >= rest.Length)
            {
                Array.Resize(ref rest, word + 1);
                _presentRest = rest;
            }

            rest[word] |= 1UL << (index & 63);
        }

        private void ReadMembers(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw JsonModelReader.UnexpectedToken(ref reader, "an object", __Shape.TypeName);
            }

            JsonModelShape shape = __Shape;
            byte[][] names = shape.Utf8Names;
            string? member = null;
            int matched = -1;
            int next = 0;
            try
            {
                while (true)
                {
                    JsonModelReader.Advance(ref reader);
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        break;
                    }

                    matched = JsonModelReader.MatchMember(ref reader, names, ref next);
                    if (matched >= 0)
                    {
                        JsonModelReader.Advance(ref reader);
                        char kind = shape.SlotKind(matched);
                        if (kind != '\0')
                        {
                            ReadSlot(ref reader, ref __Field(matched), kind, shape, matched);
                        }
                        else
                        {
                            __Read(ref reader, matched);
                        }

                        __Set(matched);
                        matched = -1;
                    }
                    else
                    {
                        member = JsonModelReader.ReadPropertyName(ref reader);
                        JsonModelReader.Advance(ref reader);
                        JsonModelReader.ReadAdditionalProperty(ref reader, ref _additionalProperties, member);
                        member = null;
                    }
                }
            }
            catch (JsonException exception) when (member != null || matched >= 0)
            {
                throw JsonModelReader.WithProperty(exception, member ?? shape.JsonName(matched));
            }

            if ((shape.Hooks & JsonModelHooks.OnRead) != 0)
            {
                __OnRead();
            }
        }

        private void WriteMembers(Utf8JsonWriter writer, RealtimeJsonWriteMode mode)
        {
            JsonModelShape shape = __Shape;
            if ((shape.Hooks & JsonModelHooks.OnWrite) != 0)
            {
                __OnWrite();
            }

            JsonEncodedText[] names = shape.EncodedNames;
            bool omitServerOnly = (mode & RealtimeJsonWriteMode.OmitServerOnly) != 0;
            writer.WriteStartObject();
            ulong bits = shape.HasUserDeclared ? _present | __UserSet() : _present;
            int words = 1 + (_presentRest?.Length ?? 0);
            for (int word = 0; word < words; word++)
            {
                if (word > 0)
                {
                    bits = _presentRest![word - 1];
                }

                if (omitServerOnly)
                {
                    bits &= ~shape.ServerOnly(word);
                }

                while (bits != 0)
                {
                    int index = (word << 6) + TrailingZeroCount(bits);
                    bits &= bits - 1;
                    writer.WritePropertyName(names[index]);
                    char kind = shape.SlotKind(index);
                    if (kind != '\0')
                    {
                        WriteSlot(writer, ref __Field(index), kind);
                    }
                    else
                    {
                        __Write(writer, index, mode);
                    }
                }
            }

            JsonModelWriter.WriteAdditionalProperties(writer, _additionalProperties, mode);
            writer.WriteEndObject();
        }

        private static int TrailingZeroCount(ulong value)
        {
#if NET
            return System.Numerics.BitOperations.TrailingZeroCount(value);
#else
            int count = 0;
            while ((value & 1) == 0)
            {
                value >>= 1;
                count++;
            }

            return count;
#endif
        }

        /// <summary>One instance per model class, created once, that makes the instances values are read into.</summary>
        private static class Prototype<T>
            where T : JsonModel, new()
        {
            public static readonly T Value = new T();
        }
    }
}

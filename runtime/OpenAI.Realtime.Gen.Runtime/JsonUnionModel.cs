using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// How a generated union type is read and written; <see cref="JsonUnionConverter{T, TModel}"/> serves it to
    /// <c>JsonSerializer</c>. Generated code derives one per union (netstandard2.0 has no static abstract members, so the
    /// generic converter creates the model).
    /// </summary>
    /// <typeparam name="T">The union type.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class JsonUnionModel<T>
        where T : class
    {
        private readonly JsonValueReader<T>? _read;
        private readonly JsonValueWriter<T>? _write;

        /// <summary>A model that overrides <see cref="Read"/> and <see cref="Write"/>.</summary>
        protected JsonUnionModel()
        {
        }

        /// <summary>A model that reads with <paramref name="read"/> and writes with <paramref name="write"/>.</summary>
        protected JsonUnionModel(JsonValueReader<T> read, JsonValueWriter<T> write)
        {
            _read = read ?? throw new ArgumentNullException(nameof(read));
            _write = write ?? throw new ArgumentNullException(nameof(write));
        }

        /// <summary>Reads a value; the reader stands on its first token, which is not JSON null.</summary>
        public virtual T Read(ref Utf8JsonReader reader) => _read!(ref reader);

        /// <summary>Writes a value (not null).</summary>
        public virtual void Write(Utf8JsonWriter writer, T value, RealtimeJsonWriteMode mode) => _write!(writer, value, mode);
    }

    /// <summary>The <c>JsonConverter</c> of a generated union type, reading and writing through its <typeparamref name="TModel"/>.</summary>
    /// <typeparam name="T">The union type.</typeparam>
    /// <typeparam name="TModel">The generated model of <typeparamref name="T"/>.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonUnionConverter<T, TModel> : JsonConverter<T>
        where T : class
        where TModel : JsonUnionModel<T>, new()
    {
        private static readonly TModel s_model = new TModel();

        /// <summary>Reads a value; the reader stands on its first token, which is not JSON null.</summary>
        public static T ReadValue(ref Utf8JsonReader reader) => s_model.Read(ref reader);

        /// <summary>Writes a value (not null).</summary>
        public static void WriteValue(Utf8JsonWriter writer, T value, RealtimeJsonWriteMode mode) => s_model.Write(writer, value, mode);

        /// <summary>
        /// True: JSON null reaches <see cref="Read"/> too; a message that is null is an error on every read path, a null
        /// nested in a user's own type is null.
        /// </summary>
        public override bool HandleNull => true;

        /// <inheritdoc/>
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => JsonModelReader.BeginRead(ref reader, options) ? null : s_model.Read(ref reader);

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
            => s_model.Write(writer, value, RealtimeJsonOptions.GetWriteMode(options));
    }

    /// <summary>
    /// The model of a discriminated union (an interface its case classes implement): the case is picked from the
    /// <see cref="JsonDiscriminator"/>; a value no row matches is read as the union's unknown case, which keeps the JSON.
    /// A value is written by the first case (in order) whose class it is an instance of.
    /// </summary>
    /// <typeparam name="T">The union's interface.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class JsonPolymorphicModel<T> : JsonUnionModel<T>
        where T : class
    {
        private readonly JsonDiscriminator _discriminator;
        private readonly Func<DeferredJsonElement, T> _unknown;
        private readonly UnionCase[] _cases;
        // The class each case writes without a type test (null where an earlier case is it or a base class of it),
        // compared by reference.
        private readonly Type?[] _exactTypes;

        /// <summary>
        /// A model over <paramref name="discriminator"/>, whose case <c>i</c> is <c>cases[i]</c> (made with
        /// <see cref="Case{TCase}"/>); <paramref name="unknown"/> makes the unknown case from an object no row matches.
        /// </summary>
        protected JsonPolymorphicModel(JsonDiscriminator discriminator, Func<DeferredJsonElement, T> unknown, params UnionCase[] cases)
        {
            _discriminator = discriminator ?? throw new ArgumentNullException(nameof(discriminator));
            _unknown = unknown ?? throw new ArgumentNullException(nameof(unknown));
            _cases = cases ?? throw new ArgumentNullException(nameof(cases));
            _exactTypes = new Type?[cases.Length];

            // Values of exactly a case's class are written without testing the cases in turn, unless an earlier case is a
            // base class of it (a type switch would pick that one).
            for (int i = 0; i < cases.Length; i++)
            {
                bool shadowed = false;
                for (int j = 0; j < i && !shadowed; j++)
                {
                    shadowed = cases[j].CaseType.IsAssignableFrom(cases[i].CaseType);
                }

                // An earlier case of the same class shadows it too (IsAssignableFrom holds for the class itself).
                _exactTypes[i] = shadowed ? null : cases[i].CaseType;
            }
        }

        /// <summary>A case: the class <typeparamref name="TCase"/>, read by <paramref name="read"/> and written by <paramref name="write"/>.</summary>
        protected static UnionCase Case<TCase>(JsonValueReader<TCase> read, JsonValueWriter<TCase> write)
            where TCase : class, T
            => new TypedCase<TCase>(read, write);

        /// <inheritdoc/>
        public sealed override T Read(ref Utf8JsonReader reader)
        {
            JsonModelReader.Expect(ref reader, JsonTokenType.StartObject, _discriminator.TypeName);
            int row = _discriminator.FindRow(ref reader);
            return row < 0
                ? _unknown(DeferredJsonElement.Read(ref reader))
                : _cases[_discriminator.CaseOf(row)].ReadCase(ref reader, _discriminator, row);
        }

        /// <inheritdoc/>
        public sealed override void Write(Utf8JsonWriter writer, T value, RealtimeJsonWriteMode mode)
        {
            Type type = value.GetType();
            Type?[] exactTypes = _exactTypes;
            for (int i = 0; i < exactTypes.Length; i++)
            {
                if (ReferenceEquals(exactTypes[i], type))
                {
                    _cases[i].TryWrite(writer, value, mode);
                    return;
                }
            }

            foreach (UnionCase c in _cases)
            {
                if (c.TryWrite(writer, value, mode))
                {
                    return;
                }
            }

            if (value is JsonUnknownCase unknown)
            {
                unknown.WriteJson(writer, mode);
                return;
            }

            throw JsonModelWriter.NotACase(value, _discriminator.TypeName);
        }

        /// <summary>One case of the union (see <see cref="Case{TCase}"/>).</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public abstract class UnionCase
        {
            private protected UnionCase()
            {
            }

            internal abstract Type CaseType { get; }

            internal abstract T ReadCase(ref Utf8JsonReader reader, JsonDiscriminator discriminator, int row);

            internal abstract bool TryWrite(Utf8JsonWriter writer, T value, RealtimeJsonWriteMode mode);
        }

        private sealed class TypedCase<TCase> : UnionCase
            where TCase : class, T
        {
            private readonly JsonValueReader<TCase> _read;
            private readonly JsonValueWriter<TCase> _write;

            public TypedCase(JsonValueReader<TCase> read, JsonValueWriter<TCase> write)
            {
                _read = read ?? throw new ArgumentNullException(nameof(read));
                _write = write ?? throw new ArgumentNullException(nameof(write));
            }

            internal override Type CaseType => typeof(TCase);

            internal override T ReadCase(ref Utf8JsonReader reader, JsonDiscriminator discriminator, int row)
                => discriminator.ReadCase(ref reader, row, _read);

            internal override bool TryWrite(Utf8JsonWriter writer, T value, RealtimeJsonWriteMode mode)
            {
                if (value is TCase c)
                {
                    _write(writer, c, mode);
                    return true;
                }

                return false;
            }
        }
    }

    /// <summary>
    /// The base of a discriminated union's unknown case: a value whose discriminator this version of the spec does not know.
    /// It keeps the whole JSON object and writes it back unchanged, so a new kind of value never breaks reading.
    /// </summary>
    public abstract class JsonUnknownCase : IRealtimeValidatable
    {
        // Not readonly: reading the value caches the parsed element in the field.
        private DeferredJsonElement _json;
        private readonly JsonDiscriminator _discriminator;

        /// <summary>Holds <paramref name="json"/> (kept as is) for the union <paramref name="discriminator"/> describes.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected JsonUnknownCase(DeferredJsonElement json, JsonDiscriminator discriminator)
        {
            _json = json;
            _discriminator = discriminator ?? throw new ArgumentNullException(nameof(discriminator));
        }

        /// <summary>The whole JSON object, as read (parsed when first asked for).</summary>
        public JsonElement Json => _json.Value.GetValueOrDefault();

        /// <summary>The string value of the member <paramref name="name"/> of <see cref="Json"/>, or null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected string? GetStringMember(string name) => JsonModelReader.GetStringMember(Json, name);

        internal void WriteJson(Utf8JsonWriter writer, RealtimeJsonWriteMode mode) => _json.Write(writer, mode);

        /// <summary>The JSON text.</summary>
        public override string ToString() => Json.GetRawText();

        /// <summary>Reports that the value is none of the cases the spec lists (it is kept, and written back, as read).</summary>
        void IRealtimeValidatable.Validate(RealtimeValidationContext context)
            => context.ReportUnknownCase(_discriminator.Name, GetStringMember(_discriminator.Name), _discriminator.TypeName);
    }
}

namespace OpenAI.Realtime.Serialization
{
    /// <summary>Logic the generated unions of JSON kinds share.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class JsonUnion
    {
        /// <summary>
        /// Checks <paramref name="value"/>, and every value it holds, against the constraints of its schema: required members,
        /// nulls the spec does not allow, lengths, ranges, counts, patterns and closed enumerations. Reading is tolerant; this
        /// is where a payload that breaks the spec shows. Never throws.
        /// </summary>
        /// <returns>Every violation found; empty when the value is valid.</returns>
        public static System.Collections.Generic.IReadOnlyList<RealtimeValidationError> Validate(IRealtimeValidatable value)
        {
            var context = new RealtimeValidationContext();
            value.Validate(context);
            return context.Errors;
        }

        /// <summary>The argument, or an <see cref="ArgumentNullException"/> for <c>value</c> when it is null.</summary>
        public static T NotNull<T>(T? value)
            where T : class
            => value ?? throw new ArgumentNullException(nameof(value));
    }
}

using System.ComponentModel;
using System.Text.Json;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// The base of a generated union of JSON kinds (integer or <c>"inf"</c>, a string or an object, ...): it holds exactly
    /// one case, the one read from JSON is the one written back, and a value of an accepted kind that matches no case is
    /// kept as raw JSON (<see cref="Unknown"/>).
    /// </summary>
    public abstract class RealtimeUnion : IRealtimeValidatable
    {
        /// <summary>The index of the case held; -1 for a value that matches none of the cases.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected readonly int _case;

        /// <summary>The value of the case held.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected readonly object? _value;

        /// <summary>Holds case <paramref name="case"/> with <paramref name="value"/> (-1 and a <see cref="JsonElement"/>: unknown).</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected RealtimeUnion(int @case, object? value)
        {
            _case = @case;
            _value = value;
        }

        /// <summary>Whether this holds a value of an accepted JSON kind that matches none of the cases (kept as read).</summary>
        public bool IsUnknown => _case == -1;

        /// <summary>The raw JSON of a value that matches none of the cases, or <c>null</c>.</summary>
        public JsonElement? Unknown => _case == -1 ? (JsonElement)_value! : (JsonElement?)null;

        /// <summary>The value of the case this holds (for pattern matching).</summary>
        public object? Value => _value;

        /// <summary>The value of case <paramref name="case"/> when this holds it, else null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected T? As<T>(int @case)
            where T : class
            => _case == @case ? (T)_value! : null;

        /// <summary>The value of case <paramref name="case"/> (a value type) when this holds it, else null.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected T? AsValue<T>(int @case)
            where T : struct
            => _case == @case ? (T)_value! : (T?)null;

        /// <summary>Whether <paramref name="other"/> is a union of the same type holding the same case with an equal value.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected bool EqualsUnion(RealtimeUnion? other)
            => other is not null && other.GetType() == GetType() && _case == other._case && Equals(_value, other._value);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => EqualsUnion(obj as RealtimeUnion);

        /// <inheritdoc/>
        public override int GetHashCode() => unchecked((_case * 397) ^ (_value == null ? 0 : _value.GetHashCode()));

        /// <inheritdoc/>
        public override string ToString() => _value == null ? string.Empty : _value.ToString() ?? string.Empty;

        /// <summary>Validates the case held: an unknown value is an error; any other is validated as nested.</summary>
        void IRealtimeValidatable.Validate(RealtimeValidationContext context) => ValidateCase(context);

        /// <summary>
        /// Validates the case held: an unknown value is an error; any other is validated as nested. A union whose case is a
        /// closed enumeration overrides this to check the value is one it lists.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected virtual void ValidateCase(RealtimeValidationContext context)
        {
            if (_case == -1)
            {
                context.AddError("The value matches none of the cases of " + GetType().Name + ".");
            }
            else
            {
                context.ValidateNested(_value);
            }
        }
    }
}

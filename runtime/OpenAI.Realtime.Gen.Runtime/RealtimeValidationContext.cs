using System;
using System.ComponentModel;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// Collects validation errors while a model tree is walked. The generated <c>Validate()</c> methods push a path segment
    /// per member, check the member's constraints and pop; the path string is only built when an error is added.
    /// </summary>
    public sealed class RealtimeValidationContext
    {
        private static readonly ConcurrentDictionary<string, Regex?> s_patterns = new ConcurrentDictionary<string, Regex?>(StringComparer.Ordinal);
        private readonly List<string> _segments = new List<string>();
        private readonly List<RealtimeValidationError> _errors = new List<RealtimeValidationError>();

        /// <summary>The errors found so far.</summary>
        public IReadOnlyList<RealtimeValidationError> Errors => _errors;

        /// <summary>Whether no error was found.</summary>
        public bool IsValid => _errors.Count == 0;

        /// <summary>The JSON path of the current position.</summary>
        public string CurrentPath
        {
            get
            {
                var builder = new StringBuilder("$");
                foreach (string segment in _segments)
                {
                    builder.Append(segment);
                }

                return builder.ToString();
            }
        }

        /// <summary>Enters an object member.</summary>
        public void PushProperty(string name) => _segments.Add(IsPlainName(name) ? "." + name : "['" + name.Replace("'", "\\'") + "']");

        /// <summary>Enters an array element.</summary>
        public void PushIndex(int index) => _segments.Add("[" + index.ToString(CultureInfo.InvariantCulture) + "]");

        /// <summary>Leaves the member or element entered last.</summary>
        public void Pop() => _segments.RemoveAt(_segments.Count - 1);

        /// <summary>Adds an error at the current path.</summary>
        public void AddError(string message) => _errors.Add(new RealtimeValidationError(CurrentPath, message));

        /// <summary>Validates a nested value, if it is a generated model.</summary>
        public void ValidateNested(object? value)
        {
            if (value is IRealtimeValidatable validatable)
            {
                validatable.Validate(this);
            }
        }

        /// <summary>
        /// Validates the items of a list: each is checked against null when <paramref name="itemsMustNotBeNull"/>, and
        /// validated when it is a generated model, at its index.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void ValidateItems<T>(IList<T>? items, bool itemsMustNotBeNull)
        {
            if (items is not null)
            {
                ValidateItems(items, itemsMustNotBeNull, checkKnown: false);
            }
        }

        /// <summary>
        /// The checks the shape describes for member <paramref name="index"/> (see <see cref="JsonModelShape"/>), on its
        /// value as the generated class hands it over; whether the value is null.
        /// </summary>
        internal bool ValidateMember(object? value, JsonModelShape shape, int index)
        {
            switch (value)
            {
                case null:
                    return true;
                case IRealtimeValidatable validatable:
                    validatable.Validate(this);
                    break;
                case string text:
                    if (shape.CheckedConstant(index) is string constant)
                    {
                        CheckConstant(text, constant);
                    }

                    break;
                case IJsonOpenEnum enumeration:
                    if (shape.ChecksKnown(index))
                    {
                        CheckKnown(enumeration);
                    }

                    break;
                case IEnumerable items:
                    ValidateItems(items, shape.ItemsMustNotBeNull(index), shape.ChecksKnown(index));
                    break;
            }

            return false;
        }

        /// <summary>
        /// Validates the items of a list: each is checked against null when <paramref name="itemsMustNotBeNull"/>, against
        /// its enumeration's listed values when <paramref name="checkKnown"/>, and validated when it is a generated model,
        /// at its index.
        /// </summary>
        private void ValidateItems(IEnumerable items, bool itemsMustNotBeNull, bool checkKnown)
        {
            int index = 0;
            foreach (object? item in items)
            {
                if (item is null ? itemsMustNotBeNull : item is IRealtimeValidatable || (checkKnown && item is IJsonOpenEnum))
                {
                    PushIndex(index);
                    CheckNotNull(item is null);
                    if (item is IRealtimeValidatable validatable)
                    {
                        validatable.Validate(this);
                    }
                    else if (item is IJsonOpenEnum enumeration)
                    {
                        CheckKnown(enumeration);
                    }

                    Pop();
                }

                index++;
            }
        }

        /// <summary>
        /// Validates the members of a map: keys longer than <paramref name="keyMaxLength"/> are reported, values are
        /// checked against null when <paramref name="valuesMustNotBeNull"/>, and validated when they are generated models.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void ValidateMembers<T>(IDictionary<string, T>? members, bool valuesMustNotBeNull, int? keyMaxLength)
        {
            if (members is null)
            {
                return;
            }

            foreach (KeyValuePair<string, T> pair in members)
            {
                T value = pair.Value;
                if (keyMaxLength is not null || (value is null ? valuesMustNotBeNull : value is IRealtimeValidatable))
                {
                    PushProperty(pair.Key);
                    if (keyMaxLength is not null)
                    {
                        CheckLength(pair.Key, null, keyMaxLength);
                    }

                    CheckNotNull(value is null && valuesMustNotBeNull);
                    ValidateNested(value);
                    Pop();
                }
            }
        }

        /// <summary>Checks a required member is present.</summary>
        public void CheckRequired(bool isPresent, string name)
        {
            if (!isPresent)
            {
                PushProperty(name);
                AddError("The required property '" + name + "' is missing.");
                Pop();
            }
        }

        /// <summary>Checks a member that the schema does not allow to be null.</summary>
        public void CheckNotNull(bool isNull)
        {
            if (isNull)
            {
                AddError("The value must not be null.");
            }
        }

        /// <summary>Checks the length of a string, counted in Unicode code points as JSON Schema counts characters.</summary>
        public void CheckLength(string? value, int? minLength, int? maxLength)
        {
            if (value is null)
            {
                return;
            }

            int length = CountCharacters(value);
            if (minLength is int min && length < min)
            {
                AddError("The string has " + length.ToString(CultureInfo.InvariantCulture) + " characters; the minimum is " + min.ToString(CultureInfo.InvariantCulture) + ".");
            }

            if (maxLength is int max && length > max)
            {
                AddError("The string has " + length.ToString(CultureInfo.InvariantCulture) + " characters; the maximum is " + max.ToString(CultureInfo.InvariantCulture) + ".");
            }
        }

        /// <summary>
        /// Checks a string against a regular expression of the spec. A pattern .NET cannot compile is reported once as an
        /// error of the value rather than thrown.
        /// </summary>
        public void CheckPattern(string? value, string pattern)
        {
            if (value is null)
            {
                return;
            }

            Regex? regex = s_patterns.GetOrAdd(pattern, CreatePattern);
            if (regex is null)
            {
                AddError("The spec's pattern '" + pattern + "' is not a valid .NET regular expression; the value was not checked.");
            }
            else if (!Matches(regex, value))
            {
                AddError("The string does not match the pattern '" + pattern + "'.");
            }
        }

        private static bool Matches(Regex regex, string value)
        {
            try
            {
                return regex.IsMatch(value);
            }
            catch (RegexMatchTimeoutException)
            {
                // A pattern that takes over a second is not a verdict on the value.
                return true;
            }
        }

        private static Regex? CreatePattern(string pattern)
        {
            try
            {
                return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        /// <summary>Checks a number against the bounds of the spec.</summary>
        public void CheckRange(double? value, double? minimum, double? maximum, bool exclusiveMinimum, bool exclusiveMaximum)
        {
            if (value is not double v)
            {
                return;
            }

            if (minimum is double min && (exclusiveMinimum ? v <= min : v < min))
            {
                AddError("The value " + Format(v) + " is " + (exclusiveMinimum ? "not greater than " : "less than ") + Format(min) + ".");
            }

            if (maximum is double max && (exclusiveMaximum ? v >= max : v > max))
            {
                AddError("The value " + Format(v) + " is " + (exclusiveMaximum ? "not less than " : "greater than ") + Format(max) + ".");
            }
        }

        /// <summary>Checks the number of items of an array or members of a map.</summary>
        public void CheckCount(int? count, int? minCount, int? maxCount, string what)
        {
            if (count is not int c)
            {
                return;
            }

            if (minCount is int min && c < min)
            {
                AddError("There are " + c.ToString(CultureInfo.InvariantCulture) + " " + what + "; the minimum is " + min.ToString(CultureInfo.InvariantCulture) + ".");
            }

            if (maxCount is int max && c > max)
            {
                AddError("There are " + c.ToString(CultureInfo.InvariantCulture) + " " + what + "; the maximum is " + max.ToString(CultureInfo.InvariantCulture) + ".");
            }
        }

        /// <summary>Checks the value of a closed enumeration is one the spec lists.</summary>
        public void CheckKnownValue(bool isKnown, string? value, string allowed)
        {
            if (!isKnown)
            {
                AddError("The value '" + value + "' is not one of " + allowed + ".");
            }
        }

        /// <summary>Checks that an extensible enumeration holds a value the spec lists (a closed enumeration in the spec).</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void CheckKnown<T>(T value)
            where T : struct, IJsonOpenEnum<T>
            => CheckKnown((IJsonOpenEnum)value);

        private void CheckKnown(IJsonOpenEnum value) => CheckKnownValue(value.IsKnown, value.ToString(), value.Table.AllowedValuesText);

        /// <summary>Checks that an extensible enumeration, when not null, holds a value the spec lists.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void CheckKnown<T>(T? value)
            where T : struct, IJsonOpenEnum<T>
        {
            if (value.HasValue)
            {
                CheckKnown(value.GetValueOrDefault());
            }
        }

        /// <summary>Reports a union value whose discriminator names none of the union's cases (it was kept as read).</summary>
        public void ReportUnknownCase(string discriminator, string? value, string unionName)
        {
            AddError(value is null
                ? "The value has no '" + discriminator + "' member, so it is none of the cases of " + unionName + "."
                : "The " + discriminator + " '" + value + "' is none of the cases of " + unionName + ".");
        }

        /// <summary>Checks a constant member carries its constant.</summary>
        public void CheckConstant(string? value, string expected)
        {
            if (value is not null && !string.Equals(value, expected, StringComparison.Ordinal))
            {
                AddError("The value '" + value + "' must be '" + expected + "'.");
            }
        }

        /// <summary>Checks a raw JSON member has one of the JSON kinds the schema allows.</summary>
        public void CheckJsonKind(JsonElement? value, JsonValueKind expected)
        {
            if (value is JsonElement element && element.ValueKind != expected && element.ValueKind != JsonValueKind.Undefined)
            {
                AddError("Expected a JSON " + expected.ToString().ToLowerInvariant() + " but found " + element.ValueKind.ToString().ToLowerInvariant() + ".");
            }
        }

        private static int CountCharacters(string value)
        {
            int count = 0;
            for (int i = 0; i < value.Length; i++)
            {
                if (!char.IsLowSurrogate(value[i]))
                {
                    count++;
                }
            }

            return count;
        }

        private static bool IsPlainName(string name)
        {
            if (name.Length == 0 || char.IsDigit(name[0]))
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}

using System;
using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// Resolves YAML scalars to JSON values with the YAML 1.2 core schema. Only plain scalars are typed (quoted and
    /// block scalars are strings); the standard tags <c>!!str</c>, <c>!!int</c>, <c>!!float</c>, <c>!!bool</c> and
    /// <c>!!null</c> are honored, the non-specific tag <c>!</c> makes a string, and other tags are ignored. Integers
    /// become <see cref="long"/>, or <see cref="decimal"/> beyond its range (strings beyond that); floats become
    /// <see cref="double"/>; <c>.inf</c>/<c>.nan</c>, which JSON cannot hold, and values that do not fit their tag stay
    /// strings.
    /// </summary>
    internal static class YamlScalarTyping
    {
        private const string TagPrefix = "tag:yaml.org,2002:";

        /// <summary>The JSON value of a scalar event in value position (null for YAML null).</summary>
        public static JsonNode? Resolve(Scalar scalar)
        {
            string text = scalar.Value;
            TagName tag = scalar.Tag;
            if (!tag.IsEmpty)
            {
                if (tag.IsNonSpecific)
                {
                    return JsonValue.Create(text);
                }

                string name = tag.Value;
                if (name.StartsWith(TagPrefix, StringComparison.Ordinal) &&
                    TryResolveTagged(name.Substring(TagPrefix.Length), text, out JsonNode? tagged))
                {
                    return tagged;
                }
            }

            return scalar.Style == ScalarStyle.Plain ? ResolvePlain(text) : JsonValue.Create(text);
        }

        /// <summary>
        /// The JSON number for core-schema integer or float text, or null when <paramref name="text"/> is not one or
        /// does not fit (the caller keeps it as a string).
        /// </summary>
        public static JsonValue? ResolveNumber(string text)
        {
            if (TryResolveInteger(text, out JsonValue? integer))
            {
                return integer;
            }

            return IsFloat(text) && TryParseDouble(text, out double number) ? JsonValue.Create(number) : null;
        }

        /// <summary>Applies the standard tag <paramref name="tag"/> (without its prefix); false for the tags ignored.</summary>
        private static bool TryResolveTagged(string tag, string text, out JsonNode? value)
        {
            switch (tag)
            {
                case "str":
                    value = JsonValue.Create(text);
                    return true;
                case "null":
                    value = null;
                    return true;
                case "bool":
                    value = IsTrue(text) ? JsonValue.Create(true) : IsFalse(text) ? JsonValue.Create(false) : JsonValue.Create(text);
                    return true;
                case "int":
                    value = TryResolveInteger(text, out JsonValue? integer) && integer is not null ? integer : JsonValue.Create(text);
                    return true;
                case "float":
                    value = IsFloat(text) && TryParseDouble(text, out double number) ? JsonValue.Create(number) : JsonValue.Create(text);
                    return true;
                default:
                    value = null;
                    return false;
            }
        }

        /// <summary>The JSON value of an untagged plain scalar.</summary>
        private static JsonNode? ResolvePlain(string text)
        {
            if (text.Length == 0)
            {
                return null;
            }

            switch (text[0])
            {
                case '~':
                    return text.Length == 1 ? null : JsonValue.Create(text);
                case 'n':
                case 'N':
                    return text is "null" or "Null" or "NULL" ? null : JsonValue.Create(text);
                case 't':
                case 'T':
                    return IsTrue(text) ? JsonValue.Create(true) : JsonValue.Create(text);
                case 'f':
                case 'F':
                    return IsFalse(text) ? JsonValue.Create(false) : JsonValue.Create(text);
                case '+':
                case '-':
                case '.':
                case >= '0' and <= '9':
                    return ResolveNumber(text) ?? JsonValue.Create(text);
                default:
                    return JsonValue.Create(text);
            }
        }

        private static bool IsTrue(string text) => text is "true" or "True" or "TRUE";

        private static bool IsFalse(string text) => text is "false" or "False" or "FALSE";

        /// <summary>
        /// True when <paramref name="text"/> is decimal <c>[-+]?[0-9]+</c>, hex <c>0x[0-9a-fA-F]+</c> or octal
        /// <c>0o[0-7]+</c>; <paramref name="value"/> is then its number, or null when no CLR type holds it.
        /// </summary>
        private static bool TryResolveInteger(string text, out JsonValue? value)
        {
            value = null;
            if (text.Length > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o'))
            {
                return TryParseRadix(text, text[1] == 'x' ? 16 : 8, out value);
            }

            int start = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
            if (start == text.Length)
            {
                return false;
            }

            long number = 0;
            for (int i = start; i < text.Length; i++)
            {
                int digit = text[i] - '0';
                if (digit < 0 || digit > 9)
                {
                    return false;
                }

                number = (number * 10) + digit;
            }

            // 18 digits cannot overflow a long; longer texts go through the checked parsers.
            if (text.Length - start <= 18)
            {
                value = JsonValue.Create(text[0] == '-' ? -number : number);
            }
            else if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long big))
            {
                value = JsonValue.Create(big);
            }
            else if (decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal huge))
            {
                value = JsonValue.Create(huge);
            }

            return true;
        }

        private static bool TryParseRadix(string text, int radix, out JsonValue? result)
        {
            result = null;
            const ulong max = long.MaxValue;
            ulong value = 0;
            for (int i = 2; i < text.Length; i++)
            {
                char c = text[i];
                int digit = c >= '0' && c <= '9' ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                    : int.MaxValue;
                if (digit >= radix)
                {
                    return false;
                }

                if (value > (max - (ulong)digit) / (ulong)radix)
                {
                    return true;
                }

                value = (value * (ulong)radix) + (ulong)digit;
            }

            result = JsonValue.Create((long)value);
            return true;
        }

        /// <summary>Matches <c>[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?</c> without a regex.</summary>
        private static bool IsFloat(string text)
        {
            int i = 0;
            int length = text.Length;
            if (i < length && (text[i] == '-' || text[i] == '+'))
            {
                i++;
            }

            int integerDigits = SkipDigits(text, ref i);
            int fractionDigits = 0;
            if (i < length && text[i] == '.')
            {
                i++;
                fractionDigits = SkipDigits(text, ref i);
            }

            if (integerDigits == 0 && fractionDigits == 0)
            {
                return false;
            }

            if (i < length && (text[i] == 'e' || text[i] == 'E'))
            {
                i++;
                if (i < length && (text[i] == '-' || text[i] == '+'))
                {
                    i++;
                }

                if (SkipDigits(text, ref i) == 0)
                {
                    return false;
                }
            }

            return i == length;
        }

        private static int SkipDigits(string text, ref int i)
        {
            int start = i;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9')
            {
                i++;
            }

            return i - start;
        }

        private static bool TryParseDouble(string text, out double value) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && !double.IsInfinity(value)
            && !double.IsNaN(value);
    }
}

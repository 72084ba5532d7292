using System;
using System.Buffers;
using System.Text.Json;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// Checks on the raw UTF-8 of JSON tokens that <see cref="Utf8JsonReader"/> leaves to the moment a value is turned
    /// into .NET text or numbers: whether a string is valid Unicode (well-formed UTF-8, no lone surrogate escape), and
    /// whether a number is exactly an integer of a given range. Allocation-free on contiguous input.
    /// </summary>
    internal static class JsonText
    {
        private const int StackLimit = 256;

        /// <summary>
        /// Whether the string or property name the reader stands on is valid Unicode text: its raw bytes are well-formed
        /// UTF-8 and every <c>\uD800</c>-<c>\uDBFF</c> escape is followed by a <c>\uDC00</c>-<c>\uDFFF</c> one (and only then).
        /// </summary>
        public static bool IsValidText(ref Utf8JsonReader reader)
        {
            if (!reader.HasValueSequence)
            {
                return IsValidText(reader.ValueSpan, reader.ValueIsEscaped);
            }

            ReadOnlySequence<byte> sequence = reader.ValueSequence;
            if (sequence.Length <= StackLimit)
            {
                Span<byte> buffer = stackalloc byte[StackLimit];
                sequence.CopyTo(buffer);
                return IsValidText(buffer.Slice(0, (int)sequence.Length), reader.ValueIsEscaped);
            }

            return IsValidText(sequence.ToArray(), reader.ValueIsEscaped);
        }

        /// <summary>Whether raw (still escaped, when <paramref name="escaped"/>) string bytes are valid Unicode text.</summary>
        public static bool IsValidText(ReadOnlySpan<byte> raw, bool escaped)
        {
            int i = 0;
            while (i < raw.Length)
            {
                byte b = raw[i];
                if (b < 0x80)
                {
                    if (b == (byte)'\\' && escaped)
                    {
                        // The reader has checked the escape's form already; only the surrogates' pairing is left.
                        if (i + 1 < raw.Length && raw[i + 1] == (byte)'u')
                        {
                            int unit = Hex4(raw, i + 2);
                            if (unit >= 0xDC00 && unit <= 0xDFFF)
                            {
                                return false;
                            }

                            if (unit >= 0xD800 && unit <= 0xDBFF)
                            {
                                int next = i + 6 < raw.Length - 1 && raw[i + 6] == (byte)'\\' && raw[i + 7] == (byte)'u' ? Hex4(raw, i + 8) : -1;
                                if (next < 0xDC00 || next > 0xDFFF)
                                {
                                    return false;
                                }

                                i += 12;
                                continue;
                            }

                            i += 6;
                            continue;
                        }

                        i += 2;
                        continue;
                    }

                    i++;
                    continue;
                }

                int length = SequenceLength(raw, i);
                if (length == 0)
                {
                    return false;
                }

                i += length;
            }

            return true;
        }

        /// <summary>The length of the well-formed UTF-8 sequence that starts at <paramref name="i"/>, or 0 when it is not one.</summary>
        private static int SequenceLength(ReadOnlySpan<byte> s, int i)
        {
            byte b = s[i];
            int remaining = s.Length - i;
            if (b >= 0xC2 && b <= 0xDF)
            {
                return remaining >= 2 && IsContinuation(s[i + 1]) ? 2 : 0;
            }

            if (b >= 0xE0 && b <= 0xEF)
            {
                if (remaining < 3 || !IsContinuation(s[i + 2]))
                {
                    return 0;
                }

                byte second = s[i + 1];
                bool ok = b == 0xE0 ? second >= 0xA0 && second <= 0xBF
                    : b == 0xED ? second >= 0x80 && second <= 0x9F // no encoded surrogates
                    : IsContinuation(second);
                return ok ? 3 : 0;
            }

            if (b >= 0xF0 && b <= 0xF4)
            {
                if (remaining < 4 || !IsContinuation(s[i + 2]) || !IsContinuation(s[i + 3]))
                {
                    return 0;
                }

                byte second = s[i + 1];
                bool ok = b == 0xF0 ? second >= 0x90 && second <= 0xBF
                    : b == 0xF4 ? second >= 0x80 && second <= 0x8F
                    : IsContinuation(second);
                return ok ? 4 : 0;
            }

            return 0;
        }

        private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;

        private static int Hex4(ReadOnlySpan<byte> s, int start)
        {
            if (start + 4 > s.Length)
            {
                return -1;
            }

            int value = 0;
            for (int k = start; k < start + 4; k++)
            {
                int digit = HexDigit(s[k]);
                if (digit < 0)
                {
                    return -1;
                }

                value = (value << 4) | digit;
            }

            return value;
        }

        private static int HexDigit(byte b)
        {
            if (b >= (byte)'0' && b <= (byte)'9')
            {
                return b - '0';
            }

            b |= 0x20;
            return b >= (byte)'a' && b <= (byte)'f' ? b - 'a' + 10 : -1;
        }

        /// <summary>
        /// The number the reader stands on as an exact integer: <c>3</c>, <c>3.0</c>, <c>3e2</c> and <c>-0</c> are integers;
        /// <c>3.5</c> and <c>1e-1</c> are not. <paramref name="magnitude"/> and <paramref name="negative"/> give the value when
        /// it fits 64 bits unsigned (<paramref name="fits"/>); the text is read exactly, never through a <see cref="double"/>.
        /// </summary>
        /// <returns>Whether the number has no fractional part.</returns>
        public static bool TryGetIntegral(ref Utf8JsonReader reader, out bool negative, out ulong magnitude, out bool fits)
        {
            if (!reader.HasValueSequence)
            {
                return TryGetIntegral(reader.ValueSpan, out negative, out magnitude, out fits);
            }

            return TryGetIntegral(reader.ValueSequence.ToArray(), out negative, out magnitude, out fits);
        }

        /// <summary><see cref="TryGetIntegral(ref Utf8JsonReader, out bool, out ulong, out bool)"/> over the number's text.</summary>
        public static bool TryGetIntegral(ReadOnlySpan<byte> text, out bool negative, out ulong magnitude, out bool fits)
        {
            magnitude = 0;
            fits = false;
            int i = 0;
            negative = text.Length > 0 && text[0] == (byte)'-';
            if (negative)
            {
                i++;
            }

            // The digits of the integer and the fractional part, as one digit string with a decimal exponent.
            int digitsStart = i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            int integerEnd = i;
            int fractionStart = i;
            int fractionEnd = i;
            if (i < text.Length && text[i] == (byte)'.')
            {
                fractionStart = ++i;
                while (i < text.Length && IsDigit(text[i]))
                {
                    i++;
                }

                fractionEnd = i;
            }

            long exponent = 0;
            if (i < text.Length && (text[i] | 0x20) == (byte)'e')
            {
                i++;
                bool negativeExponent = false;
                if (i < text.Length && (text[i] == (byte)'+' || text[i] == (byte)'-'))
                {
                    negativeExponent = text[i] == (byte)'-';
                    i++;
                }

                while (i < text.Length && IsDigit(text[i]))
                {
                    // Beyond a billion the exponent only says "huge" or "tiny"; capping keeps the sum below from overflowing.
                    exponent = Math.Min(exponent * 10 + (text[i] - '0'), 1_000_000_000L);
                    i++;
                }

                if (negativeExponent)
                {
                    exponent = -exponent;
                }
            }

            // Significant digits: leading zeros of the integer part and trailing zeros of the fraction carry nothing.
            int first = digitsStart;
            while (first < integerEnd && text[first] == (byte)'0')
            {
                first++;
            }

            int lastFraction = fractionEnd;
            while (lastFraction > fractionStart && text[lastFraction - 1] == (byte)'0')
            {
                lastFraction--;
            }

            int integerDigits = integerEnd - first;
            int fractionDigits = lastFraction - fractionStart;
            if (integerDigits == 0 && fractionDigits == 0)
            {
                fits = true;
                return true; // zero, however it is written
            }

            // value = digits * 10^scale, with digits = integer part then the significant fraction digits.
            int digitCount = integerDigits + fractionDigits;
            long scale = exponent - fractionDigits;

            // Trailing zeros of the digit string (in the integer part, when there is no fraction) raise the scale instead.
            int trailingZeros = 0;
            if (fractionDigits == 0)
            {
                int k = integerEnd;
                while (k > first && text[k - 1] == (byte)'0')
                {
                    k--;
                    trailingZeros++;
                }
            }

            digitCount -= trailingZeros;
            scale += trailingZeros;
            if (scale < 0)
            {
                return false; // a fractional part remains
            }

            if (digitCount + scale > 20)
            {
                return true; // an integer, but beyond 64 bits
            }

            ulong value = 0;
            int taken = 0;
            for (int k = first; k < integerEnd && taken < digitCount; k++, taken++)
            {
                if (!TryAppendDigit(ref value, text[k] - '0'))
                {
                    return true;
                }
            }

            for (int k = fractionStart; k < lastFraction && taken < digitCount; k++, taken++)
            {
                if (!TryAppendDigit(ref value, text[k] - '0'))
                {
                    return true;
                }
            }

            for (long k = 0; k < scale; k++)
            {
                if (!TryAppendDigit(ref value, 0))
                {
                    return true;
                }
            }

            magnitude = value;
            fits = true;
            return true;
        }

        private static bool TryAppendDigit(ref ulong value, int digit)
        {
            if (value > (ulong.MaxValue - (ulong)digit) / 10)
            {
                return false;
            }

            value = value * 10 + (ulong)digit;
            return true;
        }

        private static bool IsDigit(byte b) => b >= (byte)'0' && b <= (byte)'9';
    }
}

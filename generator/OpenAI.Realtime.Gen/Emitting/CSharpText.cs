using System.Globalization;
using System.Text;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// Escaping for everything from the spec that reaches generated code. String literals escape every character outside
    /// printable ASCII as <c>\uXXXX</c> (so no newline, <c>"</c>, <c>\</c> or bidi control can leave the literal); doc comment
    /// text escapes XML and drops control characters (so no <c>&lt;/summary&gt;</c> or newline can leave the comment line).
    /// </summary>
    internal static class CSharpText
    {
        /// <summary>A C# string literal for <paramref name="value"/>.</summary>
        public static string StringLiteral(string value)
        {
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"':
                        builder.Append("\\\"");
                        break;
                    case '\\':
                        builder.Append("\\\\");
                        break;
                    default:
                        if (c >= 0x20 && c < 0x7F)
                        {
                            builder.Append(c);
                        }
                        else
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }

                        break;
                }
            }

            builder.Append('"');
            return builder.ToString();
        }

        /// <summary>
        /// True when System.Text.Json's default encoder writes <paramref name="value"/> as it is, so the bytes of its
        /// <c>JsonEncodedText</c> are also its raw UTF-8 text and can be compared with what a reader holds.
        /// </summary>
        public static bool IsJsonVerbatim(string value)
        {
            foreach (char c in value)
            {
                if (c < 0x20 || c > 0x7E || c is '"' or '\\' or '&' or '\'' or '+' or '<' or '>' or '`')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>An expression for the raw UTF-8 bytes of <paramref name="value"/> (unescaped, as a reader compares them).</summary>
        public static string Utf8Bytes(string value) => "__Sys::Text.Encoding.UTF8.GetBytes(" + StringLiteral(value) + ")";

        /// <summary>
        /// What to compare a reader's text with: the bytes of <paramref name="encodedField"/> (a <c>JsonEncodedText</c>) when
        /// encoding leaves <paramref name="value"/> as it is, otherwise <paramref name="rawField"/>, which holds its raw bytes.
        /// </summary>
        public static string MatchBytes(string value, string encodedField, string rawField)
            => IsJsonVerbatim(value) ? encodedField + ".EncodedUtf8Bytes" : rawField;

        /// <summary>
        /// Text for inside an XML doc comment element: XML-escaped, control and format characters (newlines, bidi
        /// overrides, zero-width characters) replaced by spaces, runs of spaces collapsed.
        /// </summary>
        public static string DocText(string text)
        {
            var builder = new StringBuilder(text.Length);
            bool lastWasSpace = false;
            foreach (char c in text)
            {
                char output = c;
                if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                {
                    output = ' ';
                }

                if (output == ' ')
                {
                    if (!lastWasSpace)
                    {
                        builder.Append(' ');
                    }

                    lastWasSpace = true;
                    continue;
                }

                lastWasSpace = false;
                switch (output)
                {
                    case '&':
                        builder.Append("&amp;");
                        break;
                    case '<':
                        builder.Append("&lt;");
                        break;
                    case '>':
                        builder.Append("&gt;");
                        break;
                    default:
                        builder.Append(output);
                        break;
                }
            }

            return CodeSpans(builder.ToString().Trim());
        }

        /// <summary>Turns Markdown code spans (<c>`x`</c>) of escaped text into <c>&lt;c&gt;</c> elements.</summary>
        private static string CodeSpans(string escaped)
        {
            int first = escaped.IndexOf('`');
            if (first < 0)
            {
                return escaped;
            }

            var builder = new StringBuilder(escaped.Length + 16);
            int position = 0;
            while (true)
            {
                int open = escaped.IndexOf('`', position);
                int close = open < 0 ? -1 : escaped.IndexOf('`', open + 1);
                if (close < 0)
                {
                    builder.Append(escaped, position, escaped.Length - position);
                    return builder.ToString();
                }

                builder.Append(escaped, position, open - position);
                builder.Append("<c>").Append(escaped, open + 1, close - open - 1).Append("</c>");
                position = close + 1;
            }
        }

        /// <summary>
        /// Splits a spec description into doc comment lines: paragraphs (blank-line separated) become <c>&lt;para&gt;</c>
        /// blocks, each wrapped near 110 characters, every line escaped by <see cref="DocText"/>.
        /// </summary>
        public static string[] DocParagraphs(string text)
        {
            string normalized = text.Replace("\r\n", "\n").Replace('\r', '\n');
            string[] blocks = normalized.Split(new[] { "\n\n" }, System.StringSplitOptions.RemoveEmptyEntries);
            var result = new System.Collections.Generic.List<string>();
            foreach (string block in blocks)
            {
                string escaped = DocText(block);
                if (escaped.Length > 0)
                {
                    result.Add(escaped);
                }
            }

            return result.ToArray();
        }
    }
}

using System.Globalization;
using System.Text;

namespace OpenAI.Realtime.Gen.Modeling
{
    /// <summary>
    /// Turns names from the spec (schema names, JSON member names, enum values) into C# identifiers: PascalCase words,
    /// letters and digits only (so no bidi or format control character can reach an identifier), never a keyword,
    /// never starting with a digit.
    /// </summary>
    internal static class Identifier
    {
        /// <summary>
        /// Splits <paramref name="text"/> into words at every character that is not a letter or digit, and at lower-to-upper
        /// case changes, then capitalizes each word and joins them: <c>max_output_tokens</c> -> <c>MaxOutputTokens</c>,
        /// <c>audio/pcm</c> -> <c>AudioPcm</c>, <c>MCPTool</c> stays <c>MCPTool</c>.
        /// </summary>
        public static string ToPascalCase(string text)
        {
            var builder = new StringBuilder(text.Length);
            bool startOfWord = true;
            char previous = '\0';
            foreach (char c in text)
            {
                if (!IsWordChar(c))
                {
                    startOfWord = true;
                    previous = c;
                    continue;
                }

                if (startOfWord || (char.IsUpper(c) && char.IsLower(previous)))
                {
                    builder.Append(char.ToUpperInvariant(c));
                }
                else
                {
                    builder.Append(c);
                }

                startOfWord = false;
                previous = c;
            }

            return MakeValid(builder.ToString());
        }

        /// <summary>Makes a PascalCase candidate a valid identifier: empty becomes <c>Value</c>, a leading digit gets <c>_</c>.</summary>
        public static string MakeValid(string candidate)
        {
            if (candidate.Length == 0)
            {
                return "Value";
            }

            if (char.IsDigit(candidate[0]))
            {
                return "_" + candidate;
            }

            return candidate;
        }

        /// <summary>Letters and decimal digits of any script; nothing else (no format, control, combining or symbol characters).</summary>
        public static bool IsWordChar(char c)
        {
            if (c < 128)
            {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            }

            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber;
        }
    }
}

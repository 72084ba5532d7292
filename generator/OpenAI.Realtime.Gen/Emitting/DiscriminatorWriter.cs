using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// Writes the look-ahead that picks a union case from its discriminator members, wherever they stand in the object:
    /// the raw UTF-8 name of each member and the values it can take, peeked as indexes (no string is allocated).
    /// </summary>
    internal static class DiscriminatorWriter
    {
        /// <summary>The distinct values each discriminator member takes across <paramref name="matches"/>, in first-seen order.</summary>
        public static List<List<string>> ValuesPerProperty(DiscriminatorSpec discriminator, IEnumerable<EquatableArray<CaseMatch>> matches)
        {
            var result = discriminator.PropertyNames.Select(_ => new List<string>()).ToList();
            foreach (EquatableArray<CaseMatch> caseMatches in matches)
            {
                foreach (CaseMatch match in caseMatches)
                {
                    for (int p = 0; p < match.Values.Count && p < result.Count; p++)
                    {
                        string? value = match.Values[p];
                        if (value is not null && !result[p].Contains(value))
                        {
                            result[p].Add(value);
                        }
                    }
                }
            }

            return result;
        }

        public static void WriteFields(SourceWriter writer, DiscriminatorSpec discriminator, IEnumerable<EquatableArray<CaseMatch>> matches)
        {
            List<List<string>> values = ValuesPerProperty(discriminator, matches);
            for (int p = 0; p < discriminator.PropertyNames.Count; p++)
            {
                string index = p.ToString(CultureInfo.InvariantCulture);
                writer.Line("private static readonly byte[] s_discriminator" + index + " = " + CSharpText.Utf8Bytes(discriminator.PropertyNames[p]) + ";");
                writer.Line("private static readonly byte[][] s_discriminatorValues" + index + " = new byte[][]");
                writer.Open();
                foreach (string value in values[p])
                {
                    writer.Line(CSharpText.Utf8Bytes(value) + ",");
                }

                writer.Close(";");
            }
        }

        public static void WritePeeks(SourceWriter writer, DiscriminatorSpec discriminator)
        {
            for (int p = 0; p < discriminator.PropertyNames.Count; p++)
            {
                string index = p.ToString(CultureInfo.InvariantCulture);
                writer.Line("int d" + index + " = " + TypeSyntax.Reader + ".PeekDiscriminator(ref reader, s_discriminator" + index + ", s_discriminatorValues" + index + ");");
            }
        }

        /// <summary>The condition that <paramref name="match"/> holds, over the peeked indexes <c>d0</c>, <c>d1</c>, ...</summary>
        public static string Condition(DiscriminatorSpec discriminator, IEnumerable<EquatableArray<CaseMatch>> allMatches, CaseMatch match)
        {
            List<List<string>> values = ValuesPerProperty(discriminator, allMatches);
            var parts = new List<string>();
            for (int p = 0; p < match.Values.Count; p++)
            {
                string? value = match.Values[p];
                if (value is not null)
                {
                    parts.Add("d" + p.ToString(CultureInfo.InvariantCulture) + " == " + values[p].IndexOf(value).ToString(CultureInfo.InvariantCulture));
                }
            }

            return parts.Count == 0 ? "true" : string.Join(" && ", parts);
        }
    }
}

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
                writer.Line($"private static readonly byte[] s_discriminator{index} = {CSharpText.Utf8Bytes(discriminator.PropertyNames[p])};");
                FileEmitter.WriteUtf8Table(writer, "s_discriminatorValues" + index, values[p]);
            }
        }

        /// <summary>
        /// Peeks each discriminator member, the first always and each later one only when the values peeked so far leave a
        /// case that needs it (a function call item has no <c>role</c>: its object is not scanned for one).
        /// </summary>
        public static void WritePeeks(SourceWriter writer, DiscriminatorSpec discriminator, IEnumerable<EquatableArray<CaseMatch>> allMatches)
        {
            List<List<string>> values = ValuesPerProperty(discriminator, allMatches);
            var matches = allMatches.SelectMany(m => m).ToList();
            if (discriminator.PropertyNames.Count == 2 && values[0].Count <= 64)
            {
                // One scan for both members, stopping early when the first one's value decides alone.
                // A value of the first member decides alone when no case with that value (or with no first value) tests the second.
                bool alwaysNeeded = matches.Any(m => m.Values.Count > 1 && m.Values[1] is not null && m.Values[0] is null);
                ulong firstDecides = 0;
                for (int v = 0; v < values[0].Count && !alwaysNeeded; v++)
                {
                    if (!matches.Any(m => m.Values.Count > 1 && m.Values[1] is not null && m.Values[0] == values[0][v]))
                    {
                        firstDecides |= 1UL << v;
                    }
                }

                writer.Line($"int d0 = {TypeSyntax.Reader}.PeekDiscriminators(ref reader, s_discriminator0, s_discriminatorValues0, 0x{firstDecides.ToString("X", CultureInfo.InvariantCulture)}UL, s_discriminator1, s_discriminatorValues1, out int d1);");
                return;
            }

            for (int p = 0; p < discriminator.PropertyNames.Count; p++)
            {
                string index = p.ToString(CultureInfo.InvariantCulture);
                string peek = TypeSyntax.Reader + ".PeekDiscriminator(ref reader, s_discriminator" + index + ", s_discriminatorValues" + index + ")";
                string? needed = p == 0 ? null : NeededWhen(matches, values, p);
                writer.Line($"int d{index} = {(needed is null ? peek : needed == "false" ? "-1" : needed + " ? " + peek + " : -1")};");
            }
        }

        /// <summary>
        /// The condition, over the earlier peeked indexes, under which member <paramref name="p"/> can still decide; null when
        /// it always can.
        /// </summary>
        private static string? NeededWhen(List<CaseMatch> matches, List<List<string>> values, int p)
        {
            var alternatives = new List<string>();
            foreach (CaseMatch match in matches)
            {
                if (p >= match.Values.Count || match.Values[p] is null)
                {
                    continue;
                }

                var parts = new List<string>();
                for (int q = 0; q < p; q++)
                {
                    if (match.Values[q] is string earlier)
                    {
                        parts.Add("d" + q.ToString(CultureInfo.InvariantCulture) + " == " + values[q].IndexOf(earlier).ToString(CultureInfo.InvariantCulture));
                    }
                }

                if (parts.Count == 0)
                {
                    return null;
                }

                string alternative = string.Join(" && ", parts);
                if (!alternatives.Contains(alternative))
                {
                    alternatives.Add(alternative);
                }
            }

            return alternatives.Count == 0 ? "false" : "(" + string.Join(" || ", alternatives.Select(a => a.Contains("&&") ? "(" + a + ")" : a)) + ")";
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

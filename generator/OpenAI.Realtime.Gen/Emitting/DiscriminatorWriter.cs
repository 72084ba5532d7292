using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// Writes a union's discriminator table: the runtime's <c>JsonDiscriminator</c> over the discriminator member names and
    /// one row of values per case match (<c>null</c> for any value), with the case index of each row. The runtime does the
    /// look-ahead and the duplicate check; generated code only maps a case index to the case's reader.
    /// </summary>
    internal static class DiscriminatorWriter
    {
        /// <summary>
        /// The <c>new JsonDiscriminator(...)</c> expression for <paramref name="cases"/> (each case's matches, in order; a
        /// row selects the index of its case in that list, or the index <paramref name="caseIndex"/> maps it to).
        /// </summary>
        public static string Table(string typeName, DiscriminatorSpec discriminator, IReadOnlyList<EquatableArray<CaseMatch>> cases, IReadOnlyList<int>? caseIndex = null)
        {
            int width = discriminator.PropertyNames.Count;
            var rows = new List<string>();
            var rowCases = new List<int>();
            for (int c = 0; c < cases.Count; c++)
            {
                foreach (CaseMatch match in cases[c])
                {
                    for (int p = 0; p < width; p++)
                    {
                        string? value = p < match.Values.Count ? match.Values[p] : null;
                        rows.Add(value is null ? "null" : CSharpText.StringLiteral(value));
                    }

                    rowCases.Add(caseIndex is null ? c : caseIndex[c]);
                }
            }

            bool identity = rowCases.Select((c, r) => c == r).All(x => x);
            string names = string.Join(", ", discriminator.PropertyNames.Select(CSharpText.StringLiteral));
            string text = $"new {TypeSyntax.Runtime}::JsonDiscriminator({CSharpText.StringLiteral(typeName)}, new[] {{ {names} }}, new string?[] {{ {string.Join(", ", rows)} }}";
            if (!identity)
            {
                text += ", new[] { " + string.Join(", ", rowCases.Select(c => c.ToString(CultureInfo.InvariantCulture))) + " }";
            }

            return text + ")";
        }
    }
}

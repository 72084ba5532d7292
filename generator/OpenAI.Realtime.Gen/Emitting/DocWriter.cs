using System.Collections.Generic;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>Writes XML doc comments from spec text (escaped by <see cref="CSharpText"/>) plus facts the generator adds.</summary>
    internal static class DocWriter
    {
        /// <summary>
        /// Writes <c>&lt;summary&gt;</c> (the first paragraph of <paramref name="description"/>, or <paramref name="fallback"/>)
        /// and <c>&lt;remarks&gt;</c> (the other paragraphs and <paramref name="facts"/>, which are already valid doc XML).
        /// </summary>
        public static void Write(SourceWriter writer, string? description, string fallback, IReadOnlyList<string>? facts = null)
        {
            string[] paragraphs = description is null ? new string[0] : CSharpText.DocParagraphs(description);
            Summary(writer, paragraphs.Length > 0 ? paragraphs[0] : fallback);
            var remarks = new List<string>();
            for (int i = 1; i < paragraphs.Length; i++)
            {
                remarks.Add(paragraphs[i]);
            }

            if (facts is not null)
            {
                remarks.AddRange(facts);
            }

            if (remarks.Count == 0)
            {
                return;
            }

            if (remarks.Count == 1)
            {
                writer.Line($"/// <remarks>{remarks[0]}</remarks>");
                return;
            }

            writer.Line("/// <remarks>");
            foreach (string remark in remarks)
            {
                writer.Line($"/// <para>{remark}</para>");
            }

            writer.Line("/// </remarks>");
        }

        /// <summary>A one-line summary.</summary>
        public static void Summary(SourceWriter writer, string text) => writer.Line($"/// <summary>{text}</summary>");
    }
}

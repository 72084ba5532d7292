using System;
using System.Collections.Generic;
using System.Text;
using YamlDotNet.Core;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// The text handed to YamlDotNet (the original without its byte order mark, with the lines blanked by
    /// <see cref="BlockScalarRepair"/>) and the translation of YamlDotNet's marks back to positions in the original
    /// text. Every edit removes chars at the start of one line and keeps its line break, so line numbers never change.
    /// </summary>
    internal sealed class YamlSourceText
    {
        private readonly string original;

        // Sorted by offset (hence by line); offsets are in the coordinates of Text.
        private readonly List<Edit> edits = new();

        // When Text is a run of slices of the parsed text (see WithSlices): each slice's offset in Text, in ascending order.
        private readonly LineSlice[]? slices;
        private readonly int[]? sliceOffsets;
        private readonly int[]? sliceLines;

        public YamlSourceText(string original)
        {
            this.original = original;
            if (original.Length > 0 && original[0] == '\uFEFF')
            {
                Text = original.Substring(1);
                edits.Add(new Edit(0, 0, 1, 0));
            }
            else
            {
                Text = original;
            }
        }

        private YamlSourceText(YamlSourceText parsed, LineSlice[] slices)
        {
            original = parsed.original;
            edits = parsed.edits;
            this.slices = slices;
            sliceOffsets = new int[slices.Length];
            sliceLines = new int[slices.Length];
            int length = 0;
            foreach (LineSlice slice in slices)
            {
                length += slice.Length;
            }

            var builder = new StringBuilder(length);
            int lines = 0;
            for (int i = 0; i < slices.Length; i++)
            {
                sliceOffsets[i] = builder.Length;
                sliceLines[i] = lines;
                builder.Append(parsed.Text, slices[i].Start, slices[i].Length);
                lines += CountBreaks(parsed.Text, slices[i].Start, slices[i].Start + slices[i].Length);
            }

            Text = builder.ToString();
        }

        /// <summary>The text to parse.</summary>
        public string Text { get; private set; }

        /// <summary>
        /// A text made of the given runs of whole lines of <see cref="Text"/>, in order, whose marks still map to positions
        /// in the original text (see <see cref="YamlOutline"/>).
        /// </summary>
        public YamlSourceText WithSlices(IReadOnlyList<LineSlice> lineSlices)
        {
            var copy = new LineSlice[lineSlices.Count];
            for (int i = 0; i < copy.Length; i++)
            {
                copy[i] = lineSlices[i];
            }

            return new YamlSourceText(this, copy);
        }

        /// <summary>The position in the original text of a YamlDotNet mark into <see cref="Text"/> (1-based line/column there).</summary>
        public TextPosition Map(Mark mark) => Map(mark, isEnd: false);

        /// <summary>
        /// As <see cref="Map(Mark)"/>; an end mark that falls on the boundary between two slices (a block scalar ends at
        /// the start of the next line) belongs to the end of the earlier slice.
        /// </summary>
        public TextPosition Map(Mark mark, bool isEnd)
        {
            int offset = (int)mark.Index;
            int line = (int)mark.Line - 1;
            int column = (int)mark.Column - 1;
            if (slices is not null)
            {
                // Back from the sliced text to the parsed text: slices are whole lines, so columns do not move.
                int index = Array.BinarySearch(sliceOffsets!, offset);
                if (index > 0 && isEnd)
                {
                    index--;
                }

                index = index >= 0 ? index : Math.Max(0, ~index - 1);
                line = slices[index].Line + (line - sliceLines![index]);
                offset = slices[index].Start + (offset - sliceOffsets![index]);
            }

            if (edits.Count == 0)
            {
                return new TextPosition(offset, line, column);
            }

            int originalOffset = ToOriginalOffset(offset);
            foreach (Edit edit in edits)
            {
                if (edit.Line == line)
                {
                    column = originalOffset - edit.OriginalLineStart;
                }
            }

            return new TextPosition(originalOffset, line, column);
        }

        /// <summary>
        /// Moves <paramref name="end"/> back over trailing spaces, tabs and line breaks, not before
        /// <paramref name="start"/> (block scalar tokens run on to the start of the next line).
        /// </summary>
        public TextPosition TrimTrailingWhitespace(TextPosition start, TextPosition end)
        {
            int offset = end.Offset;
            int line = end.Line;
            bool crossedBreak = false;
            while (offset > start.Offset)
            {
                char c = original[offset - 1];
                if (c == '\n')
                {
                    line--;
                    crossedBreak = true;
                    offset--;
                    if (offset > start.Offset && original[offset - 1] == '\r')
                    {
                        offset--;
                    }
                }
                else if (c == '\r')
                {
                    line--;
                    crossedBreak = true;
                    offset--;
                }
                else if (c == ' ' || c == '\t')
                {
                    offset--;
                }
                else
                {
                    break;
                }
            }

            if (!crossedBreak)
            {
                return new TextPosition(offset, line, end.Column - (end.Offset - offset));
            }

            int lineStart = offset;
            while (lineStart > 0 && !IsBreak(original[lineStart - 1]))
            {
                lineStart--;
            }

            return new TextPosition(offset, line, offset - lineStart);
        }

        /// <summary>
        /// Where a syntax error stands in the original text. Line and column are counted from the offset (at the end of a
        /// text without a final line break YamlDotNet counts one line too many); when YamlDotNet gives no position for a
        /// tab in indentation, the first such tab is the place.
        /// </summary>
        public TextPosition ErrorPosition(Mark mark, string message)
        {
            int offset = Math.Min(Map(mark).Offset, original.Length);
            if (mark.Index == 0 && mark.Line <= 1 && mark.Column <= 1 && message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 && FirstIndentationTab() is int tab)
            {
                offset = tab;
            }

            int line = 0;
            int lineStart = 0;
            for (int i = 0; i < offset; i++)
            {
                char c = original[i];
                if (IsBreak(c) && !(c == '\r' && i + 1 < original.Length && original[i + 1] == '\n'))
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return new TextPosition(offset, line, offset - lineStart);
        }

        /// <summary>The offset of the first tab among the spaces that start a line, if any.</summary>
        private int? FirstIndentationTab()
        {
            bool atLineStart = true;
            for (int i = 0; i < original.Length; i++)
            {
                char c = original[i];
                if (IsBreak(c))
                {
                    atLineStart = true;
                }
                else if (atLineStart && c == '\t')
                {
                    return i;
                }
                else if (c != ' ')
                {
                    atLineStart = false;
                }
            }

            return null;
        }

        /// <summary>Removes the chars of the given ranges of <see cref="Text"/> (each the whole content of one line), in ascending order.</summary>
        public void BlankLines(IReadOnlyList<LineRange> ranges)
        {
            var builder = new StringBuilder(Text.Length);
            var added = new List<Edit>(ranges.Count);
            int copied = 0;
            int removedBefore = 0;
            foreach (LineRange range in ranges)
            {
                builder.Append(Text, copied, range.Start - copied);
                copied = range.Start + range.Length;
                added.Add(new Edit(range.Line, range.Start - removedBefore, range.Length, ToOriginalOffset(range.Start)));
                removedBefore += range.Length;
            }

            builder.Append(Text, copied, Text.Length - copied);
            for (int i = 0; i < edits.Count; i++)
            {
                int shift = 0;
                foreach (LineRange range in ranges)
                {
                    if (range.Start < edits[i].Offset)
                    {
                        shift += range.Length;
                    }
                }

                edits[i] = edits[i].ShiftedBy(shift);
            }

            edits.AddRange(added);
            edits.Sort((a, b) => a.Offset.CompareTo(b.Offset));
            Text = builder.ToString();
        }

        private static int CountBreaks(string text, int from, int to)
        {
            int breaks = 0;
            for (int i = from; i < to && i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n' || (IsBreak(c) && !(c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')))
                {
                    breaks++;
                }
            }

            return breaks;
        }

        /// <summary>YamlDotNet's line breaks: <c>\r\n</c>, <c>\r</c>, <c>\n</c>, U+0085, U+2028, U+2029.</summary>
        internal static bool IsBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

        private int ToOriginalOffset(int offset)
        {
            int result = offset;
            foreach (Edit edit in edits)
            {
                if (edit.Offset > offset)
                {
                    break;
                }

                result += edit.Removed;
            }

            return result;
        }

        /// <summary><see cref="Removed"/> chars were taken out of <see cref="Line"/> just before <see cref="Offset"/>.</summary>
        private readonly struct Edit
        {
            public Edit(int line, int offset, int removed, int originalLineStart)
            {
                Line = line;
                Offset = offset;
                Removed = removed;
                OriginalLineStart = originalLineStart;
            }

            public int Line { get; }

            public int Offset { get; }

            public int Removed { get; }

            public int OriginalLineStart { get; }

            public Edit ShiftedBy(int shift) => new(Line, Offset - shift, Removed, OriginalLineStart);
        }
    }

    /// <summary>The content (without its line break) of one line of a text.</summary>
    internal readonly record struct LineRange(int Line, int Start, int Length);
}

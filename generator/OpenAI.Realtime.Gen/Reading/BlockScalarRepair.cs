using System;
using System.Collections.Generic;
using YamlDotNet.Core;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// Works around YamlDotNet 16.3.0 rejecting valid block scalars whose leading lines are made only of spaces.
    /// Its scanner throws "found extra spaces in first line" (literal) or "found more spaces in lines above first
    /// content line" (folded) when the first line after a <c>|</c>/<c>&gt;</c> header holds two or more spaces, even
    /// when YAML 1.2 allows it: the block has no content line at all (its value is just line breaks), or the spaces
    /// are no more than the indentation of the first content line. Leading space-only lines contribute one line
    /// break each whatever their spaces, so blanking them keeps the value. Anything else (spaces beyond the first
    /// content line, an explicit indentation indicator, a header that cannot be read) is left as the syntax error it is.
    /// </summary>
    internal static class BlockScalarRepair
    {
        /// <summary>
        /// Finds the space-only lines to blank for <paramref name="error"/>, raised while parsing
        /// <paramref name="text"/>; false when the error is not this false rejection.
        /// </summary>
        public static bool TryFindLinesToBlank(string text, YamlException error, List<LineRange> lines)
        {
            lines.Clear();
            string message = error.Message;
            if (message.IndexOf("found extra spaces in first line", StringComparison.Ordinal) < 0 &&
                message.IndexOf("found more spaces in lines above first content line", StringComparison.Ordinal) < 0)
            {
                return false;
            }

            List<int> starts = LineStarts(text);
            int errorLine = (int)error.Start.Line - 1;
            if (errorLine < 1 || errorLine >= starts.Count)
            {
                return false;
            }

            int header = errorLine - 1;
            while (header >= 0 && IsSpaceOnly(text, starts, header))
            {
                header--;
            }

            int next = errorLine;
            while (next < starts.Count && IsSpaceOnly(text, starts, next))
            {
                next++;
            }

            if (header < 0 || !TryGetParentIndent(LineText(text, starts, header), out int parentIndent))
            {
                return false;
            }

            int contentIndent = next < starts.Count ? LeadingSpaces(text, starts[next]) : -1;
            bool hasContent = contentIndent > parentIndent;
            for (int line = header + 1; line < next; line++)
            {
                int length = LineLength(text, starts, line);
                if (hasContent && length > contentIndent)
                {
                    lines.Clear();
                    return false;
                }

                if (length > 0)
                {
                    lines.Add(new LineRange(line, starts[line], length));
                }
            }

            return lines.Count > 0;
        }

        /// <summary>
        /// Reads a block scalar header line (<c>key: |+</c>, <c>- &gt;</c>, <c>- key: |-  # note</c>) and gives the
        /// indentation of the block's parent node: the key's column, or the column of the last <c>-</c> for a
        /// sequence entry. False for headers with an explicit indentation indicator or a parent not on the line.
        /// </summary>
        private static bool TryGetParentIndent(string line, out int parentIndent)
        {
            parentIndent = -1;
            int i = SkipSpaces(line, 0);
            int lastDash = -1;
            while (i < line.Length && line[i] == '-' && (i + 1 == line.Length || line[i + 1] == ' '))
            {
                lastDash = i;
                i = SkipSpaces(line, i + 1);
            }

            int nodeStart = i;
            int indicator = FindIndicator(line, nodeStart, out bool explicitIndent);
            if (indicator < 0 || explicitIndent)
            {
                return false;
            }

            bool isMappingValue = line.IndexOf(": ", nodeStart, indicator - nodeStart, StringComparison.Ordinal) >= 0;
            parentIndent = isMappingValue ? nodeStart : lastDash;
            return parentIndent >= 0;
        }

        /// <summary>The first <c>|</c> or <c>&gt;</c> after a space that is followed only by indicators, spaces and a comment.</summary>
        private static int FindIndicator(string line, int from, out bool explicitIndent)
        {
            explicitIndent = false;
            for (int i = from; i < line.Length; i++)
            {
                if ((line[i] != '|' && line[i] != '>') || (i > from && line[i - 1] != ' '))
                {
                    continue;
                }

                int j = i + 1;
                bool chomping = false;
                bool digit = false;
                while (j < line.Length)
                {
                    char c = line[j];
                    if (!chomping && (c == '+' || c == '-'))
                    {
                        chomping = true;
                    }
                    else if (!digit && c >= '1' && c <= '9')
                    {
                        digit = true;
                    }
                    else
                    {
                        break;
                    }

                    j++;
                }

                int tail = j;
                while (tail < line.Length && (line[tail] == ' ' || line[tail] == '\t'))
                {
                    tail++;
                }

                if (tail == line.Length || (tail > j && line[tail] == '#'))
                {
                    explicitIndent = digit;
                    return i;
                }
            }

            return -1;
        }

        private static List<int> LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                    starts.Add(i + 1);
                }
                else if (YamlSourceText.IsBreak(c))
                {
                    starts.Add(i + 1);
                }
            }

            return starts;
        }

        private static int LineLength(string text, List<int> starts, int line)
        {
            int end = starts[line];
            while (end < text.Length && !YamlSourceText.IsBreak(text[end]))
            {
                end++;
            }

            return end - starts[line];
        }

        private static string LineText(string text, List<int> starts, int line) =>
            text.Substring(starts[line], LineLength(text, starts, line));

        private static bool IsSpaceOnly(string text, List<int> starts, int line) =>
            LeadingSpaces(text, starts[line]) == LineLength(text, starts, line);

        private static int LeadingSpaces(string text, int start)
        {
            int end = start;
            while (end < text.Length && text[end] == ' ')
            {
                end++;
            }

            return end - start;
        }

        private static int SkipSpaces(string line, int i)
        {
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            return i;
        }
    }
}

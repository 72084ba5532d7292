using System;
using System.Globalization;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// A range of the spec text: char offsets (<see cref="End"/> exclusive) plus 0-based line/column
    /// positions, following Roslyn's <c>LinePosition</c> convention (columns count UTF-16 chars; line breaks are
    /// <c>\n</c>, <c>\r\n</c>, <c>\r</c>, U+0085, U+2028 and U+2029).
    /// </summary>
    internal readonly struct SourceSpan : IEquatable<SourceSpan>
    {
        public SourceSpan(int start, int end, int startLine, int startColumn, int endLine, int endColumn)
        {
            Start = start;
            End = end;
            StartLine = startLine;
            StartColumn = startColumn;
            EndLine = endLine;
            EndColumn = endColumn;
        }

        internal SourceSpan(TextPosition start, TextPosition end)
            : this(start.Offset, end.Offset, start.Line, start.Column, end.Line, end.Column)
        {
        }

        /// <summary>Char offset of the first char.</summary>
        public int Start { get; }

        /// <summary>Char offset just past the last char.</summary>
        public int End { get; }

        /// <summary>0-based line of <see cref="Start"/>.</summary>
        public int StartLine { get; }

        /// <summary>0-based column of <see cref="Start"/>.</summary>
        public int StartColumn { get; }

        /// <summary>0-based line of <see cref="End"/>.</summary>
        public int EndLine { get; }

        /// <summary>0-based column of <see cref="End"/>.</summary>
        public int EndColumn { get; }

        /// <summary>Number of chars covered.</summary>
        public int Length => End - Start;

        internal TextPosition StartPosition => new(Start, StartLine, StartColumn);

        internal TextPosition EndPosition => new(End, EndLine, EndColumn);

        public bool Equals(SourceSpan other) =>
            Start == other.Start && End == other.End &&
            StartLine == other.StartLine && StartColumn == other.StartColumn &&
            EndLine == other.EndLine && EndColumn == other.EndColumn;

        public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                int hash = Start;
                hash = (hash * 397) ^ End;
                hash = (hash * 397) ^ StartLine;
                hash = (hash * 397) ^ StartColumn;
                hash = (hash * 397) ^ EndLine;
                return (hash * 397) ^ EndColumn;
            }
        }

        /// <summary>Formats as <c>[start..end) (line,column)-(line,column)</c>, all 0-based.</summary>
        public override string ToString() => string.Format(
            CultureInfo.InvariantCulture,
            "[{0}..{1}) ({2},{3})-({4},{5})",
            Start, End, StartLine, StartColumn, EndLine, EndColumn);

        public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);

        public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);
    }
}

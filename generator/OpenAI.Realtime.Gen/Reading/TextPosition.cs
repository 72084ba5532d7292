namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>One point of the spec text: char offset and 0-based line/column (see <see cref="SourceSpan"/>).</summary>
    internal readonly struct TextPosition
    {
        public TextPosition(int offset, int line, int column)
        {
            Offset = offset;
            Line = line;
            Column = column;
        }

        public int Offset { get; }

        public int Line { get; }

        public int Column { get; }
    }
}

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// Turns byte offsets into the UTF-8 form of a text into char offsets and 0-based line/column of the text.
    /// Scans forward from the last position asked for (the JSON reader asks in increasing order), so a whole read costs
    /// one pass; an earlier position restarts from the beginning.
    /// </summary>
    internal sealed class Utf8PositionTracker
    {
        private readonly byte[] bytes;
        private readonly int charBase;
        private int byteOffset;
        private int charOffset;
        private int line;
        private int column;

        /// <param name="bytes">The UTF-8 bytes.</param>
        /// <param name="charBase">Chars of the text before the encoded part (1 for a byte order mark left out of <paramref name="bytes"/>).</param>
        public Utf8PositionTracker(byte[] bytes, int charBase)
        {
            this.bytes = bytes;
            this.charBase = charBase;
        }

        public TextPosition At(long target)
        {
            if (target < byteOffset)
            {
                byteOffset = charOffset = line = column = 0;
            }

            while (byteOffset < target && byteOffset < bytes.Length)
            {
                byte b = bytes[byteOffset];
                if (b < 0x80)
                {
                    byteOffset++;
                    charOffset++;
                    if (b == '\n' || (b == '\r' && (byteOffset == bytes.Length || bytes[byteOffset] != '\n')))
                    {
                        line++;
                        column = 0;
                    }
                    else
                    {
                        column++;
                    }
                }
                else if (b >= 0xC0)
                {
                    int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                    int chars = length == 4 ? 2 : 1;
                    bool isBreak = (b == 0xC2 && ByteAt(1) == 0x85)
                        || (b == 0xE2 && ByteAt(1) == 0x80 && (ByteAt(2) == 0xA8 || ByteAt(2) == 0xA9));
                    byteOffset += length;
                    charOffset += chars;
                    if (isBreak)
                    {
                        line++;
                        column = 0;
                    }
                    else
                    {
                        column += chars;
                    }
                }
                else
                {
                    // A continuation byte out of place: cannot come from encoding a string; skip it.
                    byteOffset++;
                }
            }

            return new TextPosition(charOffset + charBase, line, line == 0 ? column + charBase : column);
        }

        /// <summary>The byte offset of 0-based <paramref name="lineNumber"/> as the JSON reader counts lines (by <c>\n</c> only).</summary>
        public long LineStartByte(long lineNumber)
        {
            if (lineNumber <= 0)
            {
                return 0;
            }

            long seen = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == '\n' && ++seen == lineNumber)
                {
                    return i + 1;
                }
            }

            return bytes.Length;
        }

        private int ByteAt(int delta) => byteOffset + delta < bytes.Length ? bytes[byteOffset + delta] : 0;
    }
}

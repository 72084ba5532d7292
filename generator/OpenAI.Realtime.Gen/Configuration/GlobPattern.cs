namespace OpenAI.Realtime.Gen.Configuration
{
    /// <summary>Matches schema names against patterns where <c>*</c> stands for any run of characters and <c>?</c> for one.</summary>
    internal static class GlobPattern
    {
        public static bool IsMatch(string pattern, string text) => IsMatch(pattern, 0, pattern.Length, text);

        /// <summary>Whether <paramref name="text"/> matches the part of <paramref name="pattern"/> from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
        public static bool IsMatch(string pattern, int start, int end, string text)
        {
            int p = start;
            int t = 0;
            int star = -1;
            int retry = 0;
            while (t < text.Length)
            {
                if (p < end && (pattern[p] == '?' || pattern[p] == text[t]))
                {
                    p++;
                    t++;
                }
                else if (p < end && pattern[p] == '*')
                {
                    star = p++;
                    retry = t;
                }
                else if (star >= 0)
                {
                    p = star + 1;
                    t = ++retry;
                }
                else
                {
                    return false;
                }
            }

            while (p < end && pattern[p] == '*')
            {
                p++;
            }

            return p == end;
        }
    }
}

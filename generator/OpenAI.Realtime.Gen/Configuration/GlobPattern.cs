namespace OpenAI.Realtime.Gen.Configuration
{
    /// <summary>Matches schema names against patterns where <c>*</c> stands for any run of characters and <c>?</c> for one.</summary>
    internal static class GlobPattern
    {
        public static bool IsMatch(string pattern, string text)
        {
            int p = 0;
            int t = 0;
            int star = -1;
            int retry = 0;
            while (t < text.Length)
            {
                if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
                {
                    p++;
                    t++;
                }
                else if (p < pattern.Length && pattern[p] == '*')
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

            while (p < pattern.Length && pattern[p] == '*')
            {
                p++;
            }

            return p == pattern.Length;
        }
    }
}

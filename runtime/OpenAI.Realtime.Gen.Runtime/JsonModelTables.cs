using System.ComponentModel;
using System.Text;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// Builds the UTF-8 lookup tables generated unions describe themselves with, once per type at first use, so the
    /// generated code holds each text once as a string literal.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class JsonModelTables
    {
        /// <summary>The UTF-8 bytes of each text, in order (the readers' lookup tables).</summary>
        public static byte[][] Utf8(params string[] texts)
        {
            var table = new byte[texts.Length][];
            for (int i = 0; i < texts.Length; i++)
            {
                table[i] = Encoding.UTF8.GetBytes(texts[i]);
            }

            return table;
        }
    }
}

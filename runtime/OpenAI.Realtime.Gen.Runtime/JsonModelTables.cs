using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// Builds the static tables generated models describe themselves with (JSON names as UTF-8 and pre-encoded, C#
    /// member names), once per type at first use, so the generated code holds each name once as a string literal
    /// instead of one initializer per name. Also the presence checks by member index those tables serve.
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

        /// <summary>Entry <paramref name="index"/> of a UTF-8 table as a string (a member name for an error's path).</summary>
        public static string Text(byte[][] utf8Texts, int index) => Encoding.UTF8.GetString(utf8Texts[index]);

        /// <summary>Each UTF-8 name of <paramref name="utf8Names"/> encoded for writing (the writers' member names).</summary>
        public static JsonEncodedText[] Encode(byte[][] utf8Names)
        {
            var table = new JsonEncodedText[utf8Names.Length];
            for (int i = 0; i < utf8Names.Length; i++)
            {
                table[i] = JsonEncodedText.Encode(utf8Names[i]);
            }

            return table;
        }

        /// <summary>
        /// The index of the C# property <paramref name="propertyName"/> in <paramref name="propertyNames"/>; an
        /// <see cref="ArgumentException"/> naming <paramref name="typeName"/> when it is not one of them.
        /// </summary>
        public static int IndexOf(string[] propertyNames, string propertyName, string typeName)
        {
            int index = Array.IndexOf(propertyNames, propertyName);
            if (index < 0)
            {
                throw new ArgumentException("'" + propertyName + "' is not a property of " + typeName + ".", nameof(propertyName));
            }

            return index;
        }

        /// <summary>Whether bit <paramref name="index"/> of the presence words is set.</summary>
        public static bool IsSet(ulong word, int index) => (word & (1UL << (index & 63))) != 0;

        /// <summary>The mask that clears bit <paramref name="index"/> of its presence word.</summary>
        public static ulong Clear(int index) => ~(1UL << (index & 63));
    }
}

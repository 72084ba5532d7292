using System;
using System.Buffers;
using System.Buffers.Text;
using System.ComponentModel;
using System.Text;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>Base64 conversions for the binary members of generated models (audio chunks, images), used by their byte accessors.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class Base64Text
    {
        /// <summary>The base64 text of <paramref name="bytes"/>.</summary>
        public static string Encode(ReadOnlySpan<byte> bytes)
        {
#if NET8_0_OR_GREATER
            return Convert.ToBase64String(bytes);
#else
            byte[] buffer = ArrayPool<byte>.Shared.Rent(Base64.GetMaxEncodedToUtf8Length(bytes.Length));
            try
            {
                Base64.EncodeToUtf8(bytes, buffer, out _, out int written);
                return Encoding.ASCII.GetString(buffer, 0, written);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
#endif
        }

        /// <summary>The bytes <paramref name="text"/> encodes.</summary>
        /// <exception cref="FormatException"><paramref name="text"/> is not base64.</exception>
        public static byte[] Decode(string text) => Convert.FromBase64String(text ?? throw new ArgumentNullException(nameof(text)));
    }
}

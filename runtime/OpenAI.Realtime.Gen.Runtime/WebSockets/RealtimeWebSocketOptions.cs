using System;
using System.Text.Json;
using OpenAI.Realtime.Serialization;

namespace OpenAI.Realtime.WebSockets
{
    /// <summary>
    /// Limits and behaviour of a <see cref="RealtimeWebSocket"/>. The values are read when the connection is created; changing
    /// them later does not affect it.
    /// </summary>
    public sealed class RealtimeWebSocketOptions
    {
        private int _maxMessageSize = 16 * 1024 * 1024;
        private int _receiveBufferSize = 16 * 1024;
        private TimeSpan _closeTimeout = TimeSpan.FromSeconds(5);

        /// <summary>
        /// The largest message accepted, in bytes (16 MB by default). A longer message is never buffered whole: at most this
        /// many bytes plus one are read before the connection is closed with <c>MessageTooBig</c> (1009) and a
        /// <see cref="RealtimeWebSocketException"/> (<see cref="RealtimeWebSocketError.MessageTooLarge"/>) is thrown.
        /// </summary>
        public int MaxMessageSize
        {
            get => _maxMessageSize;
            set => _maxMessageSize = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum message size must be positive.");
        }

        /// <summary>
        /// The size of the first receive buffer (16 KB by default), rented from the shared array pool and kept for the life of
        /// the connection. A message that does not fit continues in further pooled segments, returned after the message is read.
        /// </summary>
        public int ReceiveBufferSize
        {
            get => _receiveBufferSize;
            set => _receiveBufferSize = value >= 16 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The receive buffer must hold at least 16 bytes.");
        }

        /// <summary>
        /// Whether binary messages are read as UTF-8 JSON too. By default (<see langword="false"/>) a binary message closes the
        /// connection with <c>InvalidMessageType</c> (1003) and throws <see cref="RealtimeWebSocketError.BinaryMessage"/>: the
        /// Realtime API sends only text.
        /// </summary>
        public bool AllowBinaryMessages { get; set; }

        /// <summary>
        /// Decides what happens when a message is not JSON the receiving type accepts (malformed, of the wrong kind, or
        /// <c>null</c>). Return <see langword="true"/> to skip the message and go on with the next one; return
        /// <see langword="false"/>, or leave this unset, to close the connection with <c>InvalidPayloadData</c> (1007) and let
        /// the <see cref="JsonException"/> (whose <see cref="JsonException.Path"/> names the place) reach the caller.
        /// </summary>
        public Func<JsonException, bool>? OnInvalidMessage { get; set; }

        /// <summary>
        /// The write mode values are sent in, whatever the mode of the <c>JsonTypeInfo</c> passed to
        /// <see cref="RealtimeWebSocket.SendAsync{T}(T, System.Text.Json.Serialization.Metadata.JsonTypeInfo{T}, System.Threading.CancellationToken)"/>;
        /// <see langword="null"/> (the default for a socket you wrap) uses the type info's own mode.
        /// <see cref="RealtimeWebSocket.ConnectAsync"/> sets <see cref="RealtimeJsonWriteMode.Request"/>: a client leaves out
        /// server-only members. The type info's options must have a resolver that knows the type (a generated context does).
        /// </summary>
        public RealtimeJsonWriteMode? SendWriteMode { get; set; }

        /// <summary>
        /// How long a close handshake may take (5 s by default) before the connection is aborted: the bound on
        /// <see cref="RealtimeWebSocket.CloseAsync"/>, disposal, and the closes that follow a broken limit.
        /// </summary>
        public TimeSpan CloseTimeout
        {
            get => _closeTimeout;
            set => _closeTimeout = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The close timeout must be positive.");
        }

        /// <summary>Whether disposing the <see cref="RealtimeWebSocket"/> leaves the wrapped <c>WebSocket</c> undisposed (after the close handshake).</summary>
        public bool LeaveOpen { get; set; }

        internal RealtimeWebSocketOptions Clone() => (RealtimeWebSocketOptions)MemberwiseClone();
    }
}

using System;
using System.Net.WebSockets;

namespace OpenAI.Realtime.WebSockets
{
    /// <summary>What went wrong on a <see cref="RealtimeWebSocket"/>.</summary>
    public enum RealtimeWebSocketError
    {
        /// <summary>A message was longer than <see cref="RealtimeWebSocketOptions.MaxMessageSize"/>; the connection was closed with <c>MessageTooBig</c>.</summary>
        MessageTooLarge,

        /// <summary>A binary message arrived where text was expected; the connection was closed with <c>InvalidMessageType</c>.</summary>
        BinaryMessage,

        /// <summary>The peer sent its close frame in the middle of a message; the close was answered.</summary>
        ClosedMidMessage,

        /// <summary>The connection broke without a close handshake (the peer vanished, the network failed, the socket was aborted).</summary>
        ConnectionLost,

        /// <summary>The connection is no longer open for sending (it was closed or is closing).</summary>
        NotOpen,
    }

    /// <summary>
    /// A failure of the connection itself, as opposed to a message that is not valid JSON (that is a
    /// <see cref="System.Text.Json.JsonException"/>). <see cref="Error"/> says which; <see cref="CloseStatus"/> is the close status
    /// sent to the peer, if any.
    /// </summary>
    public sealed class RealtimeWebSocketException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public RealtimeWebSocketException(RealtimeWebSocketError error, string message, WebSocketCloseStatus? closeStatus = null, Exception? innerException = null)
            : base(message, innerException)
        {
            Error = error;
            CloseStatus = closeStatus;
        }

        /// <summary>What went wrong.</summary>
        public RealtimeWebSocketError Error { get; }

        /// <summary>The status of the close frame sent to the peer because of this failure; <see langword="null"/> when none was sent.</summary>
        public WebSocketCloseStatus? CloseStatus { get; }
    }
}

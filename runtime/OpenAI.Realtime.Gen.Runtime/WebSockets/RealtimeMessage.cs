using System;
using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenAI.Realtime.Serialization;

namespace OpenAI.Realtime.WebSockets
{
    /// <summary>
    /// One whole message as received, in the connection's pooled buffers: valid until the next receive on the same
    /// <see cref="RealtimeWebSocket"/> (copy it with <see cref="ToArray"/> to keep it).
    /// </summary>
    public readonly struct RealtimeMessage
    {
        internal RealtimeMessage(ReadOnlySequence<byte> data, WebSocketMessageType messageType)
        {
            Data = data;
            MessageType = messageType;
        }

        /// <summary>The message's bytes (UTF-8 JSON for a text message); one segment or several.</summary>
        public ReadOnlySequence<byte> Data { get; }

        /// <summary>Text, or binary when <see cref="RealtimeWebSocketOptions.AllowBinaryMessages"/> let one through.</summary>
        public WebSocketMessageType MessageType { get; }

        /// <summary>Reads the message as one JSON value with the generated reader.</summary>
        /// <exception cref="JsonException">The message is not JSON that <typeparamref name="T"/> accepts.</exception>
        public T Read<T>(JsonTypeInfo<T> typeInfo) => RealtimeJson.Read(Data, typeInfo);

        /// <summary>A copy of the bytes that outlives the next receive.</summary>
        public byte[] ToArray() => Data.ToArray();
    }
}

extern alias OpenAISdk;

using System;
using System.Buffers;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Generic;
using System.Linq;
using System.Net.WebSockets;
using System.Threading.Tasks;
using OpenAI.Realtime.Loopback;
using OpenAI.Realtime.Serialization;
using OpenAI.Realtime.WebSockets;
using Sdk = OpenAISdk::OpenAI.Realtime;

namespace OpenAI.Realtime.Models.Tests.Conversations;

/// <summary>
/// The official OpenAI SDK (2.15.0) as the transport, pointed at the loopback server through <c>RealtimeClientOptions.Endpoint</c>:
/// our types written into bytes for <c>SendCommandAsync(BinaryData, RequestOptions)</c> and read from the raw results of
/// <c>ReceiveUpdatesAsync(RequestOptions)</c>; and the SDK's own socket (<c>RealtimeSessionClient.WebSocket</c>) wrapped in a
/// <see cref="RealtimeWebSocket"/>.
/// </summary>
public sealed class OfficialSdkTransportTests
{
    [Fact]
    public async Task HoldsTheConversationThroughTheSdksCommandsAndRawUpdates()
    {
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer server = await Loopback.StartAsync();
        var client = new Sdk.RealtimeClient(new ApiKeyCredential(server.ApiKey), new Sdk.RealtimeClientOptions { Endpoint = server.HttpEndpoint });
        using Sdk.RealtimeSessionClient session = await client.StartConversationSessionAsync("gpt-realtime", cancellationToken: timeout.Token);
        var options = new RequestOptions { CancellationToken = timeout.Token };
        await using IAsyncEnumerator<ClientResult> updates = session.ReceiveUpdatesAsync(options).GetAsyncEnumerator(timeout.Token);
        var buffer = new ArrayBufferWriter<byte>();

        ScriptedConversation.Transcript transcript = await ScriptedConversation.HoldAsync(
            clientEvent =>
            {
                buffer.ResetWrittenCount();
                RealtimeJson.Write(buffer, clientEvent, RealtimeJsonContext.Requests.RealtimeClientEvent);
                return session.SendCommandAsync(BinaryData.FromBytes(buffer.WrittenMemory.ToArray()), options);
            },
            async () => await updates.MoveNextAsync() ? updates.Current.GetRawResponse().Content.ToArray() : null);

        Assert.Equal(server.ScriptedEvents, transcript.Messages);
        Assert.Equal("get_weather({\"city\":\"Lisbon\",\"unit\":\"celsius\"}) [call call_Xk2Lm9Qp4Rs7]", transcript.FunctionCall);
        Assert.Equal("It's 21 degrees and sunny in Lisbon today, perfect for a walk.", transcript.Assistant);
        await session.WebSocket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);

        LoopbackConnection connection = Assert.Single(server.Connections);
        await connection.Completion.WaitAsync(timeout.Token);
        Assert.Empty(connection.Problems);
        Assert.Equal("gpt-realtime", connection.Model);
        Assert.Equal("Bearer " + server.ApiKey, connection.Headers["Authorization"]);
        Assert.Equal(8, connection.ClientEventTypes.Count);
    }

    [Fact]
    public async Task WrapsTheSocketTheSdkOpened()
    {
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer server = await Loopback.StartAsync(frameSize: 512);
        var client = new Sdk.RealtimeClient(new ApiKeyCredential(server.ApiKey), new Sdk.RealtimeClientOptions { Endpoint = server.HttpEndpoint });
        using Sdk.RealtimeSessionClient session = await client.StartConversationSessionAsync("gpt-realtime", cancellationToken: timeout.Token);

        await using (var socket = new RealtimeWebSocket(session.WebSocket, new RealtimeWebSocketOptions { LeaveOpen = true, SendWriteMode = RealtimeJsonWriteMode.Request }))
        {
            ScriptedConversation.Transcript transcript = await ScriptedConversation.HoldAsync(socket, timeout.Token);
            Assert.Equal(41, transcript.EventTypes.Count);
        }

        Assert.Equal(WebSocketState.Closed, session.WebSocket.State);
        Assert.Empty(Assert.Single(server.Connections).Problems);
    }
}

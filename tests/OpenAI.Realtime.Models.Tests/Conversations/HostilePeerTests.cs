using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenAI.Realtime.Loopback;
using OpenAI.Realtime.WebSockets;

namespace OpenAI.Realtime.Models.Tests.Conversations;

/// <summary>
/// A server that misbehaves, over real sockets: each limit ends in a clear exception and the fitting close status, seen by
/// the server; nothing hangs (every test is bounded by a timeout).
/// </summary>
public sealed class HostilePeerTests
{
    private static readonly byte[] Created = System.Text.Encoding.UTF8.GetBytes(System.IO.File.ReadLines(Loopback.ScriptFile).GetEnumerator() is var lines && lines.MoveNext() ? lines.Current : "");

    [Fact]
    public async Task AMessageOverTheLimitClosesWithMessageTooBig()
    {
        using var timeout = Loopback.Timeout();
        var frame = new byte[4096];
        Array.Fill(frame, (byte)' ');
        await using LoopbackRealtimeServer server = await Loopback.StartAsync(handler: async (webSocket, connection, cancellationToken) =>
        {
            // 100 frames of 4 KB of one message, never ended: the client must stop reading after 32 KB.
            try
            {
                for (int i = 0; i < 100 && webSocket.State == WebSocketState.Open; i++)
                {
                    await webSocket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: false, cancellationToken);
                }
            }
            catch (WebSocketException)
            {
            }

            await DrainUntilCloseAsync(webSocket, connection, cancellationToken);
        });
        await using RealtimeWebSocket socket = await Loopback.ConnectAsync(server, timeout.Token, new RealtimeWebSocketOptions { MaxMessageSize = 32 * 1024, ReceiveBufferSize = 1024 });

        var exception = await Assert.ThrowsAsync<RealtimeWebSocketException>(async () => await socket.ReceiveAsync(RealtimeJsonContext.Default.RealtimeServerEvent, timeout.Token));

        Assert.Equal(RealtimeWebSocketError.MessageTooLarge, exception.Error);
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, exception.CloseStatus);
        Assert.Contains("32768 bytes", exception.Message, StringComparison.Ordinal);
        LoopbackConnection connection = Assert.Single(server.Connections);
        await connection.Completion.WaitAsync(timeout.Token);
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, connection.ClientCloseStatus);
        Assert.NotEqual(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task ABinaryMessageClosesWithInvalidMessageTypeUnlessAllowed()
    {
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer server = await Loopback.StartAsync(handler: async (webSocket, connection, cancellationToken) =>
        {
            await webSocket.SendAsync(Created, WebSocketMessageType.Binary, true, cancellationToken);
            await DrainUntilCloseAsync(webSocket, connection, cancellationToken);
        });

        await using (RealtimeWebSocket socket = await Loopback.ConnectAsync(server, timeout.Token))
        {
            var exception = await Assert.ThrowsAsync<RealtimeWebSocketException>(async () => await socket.ReceiveAsync(RealtimeJsonContext.Default.RealtimeServerEvent, timeout.Token));
            Assert.Equal(RealtimeWebSocketError.BinaryMessage, exception.Error);
            Assert.Equal(WebSocketCloseStatus.InvalidMessageType, exception.CloseStatus);
        }

        await server.Connections[0].Completion.WaitAsync(timeout.Token);
        Assert.Equal(WebSocketCloseStatus.InvalidMessageType, server.Connections[0].ClientCloseStatus);

        await using RealtimeWebSocket tolerant = await Loopback.ConnectAsync(server, timeout.Token, new RealtimeWebSocketOptions { AllowBinaryMessages = true });
        Assert.IsType<RealtimeServerEventSessionCreated>(await tolerant.ReceiveAsync(RealtimeJsonContext.Default.RealtimeServerEvent, timeout.Token));
    }

    [Fact]
    public async Task MalformedJsonThrowsWithThePathAndClosesWithInvalidPayloadData()
    {
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer server = await Loopback.StartAsync(handler: async (webSocket, connection, cancellationToken) =>
        {
            await webSocket.SendAsync("""{"type":"response.output_audio_transcript.delta","event_id":"e1","delta":"It's 21"""u8.ToArray(), WebSocketMessageType.Text, true, cancellationToken);
            await DrainUntilCloseAsync(webSocket, connection, cancellationToken);
        });
        await using RealtimeWebSocket socket = await Loopback.ConnectAsync(server, timeout.Token);

        var exception = await Assert.ThrowsAsync<JsonException>(async () => await socket.ReceiveAsync(RealtimeJsonContext.Default.RealtimeServerEvent, timeout.Token));

        Assert.Equal("$.delta", exception.Path);
        await server.Connections[0].Completion.WaitAsync(timeout.Token);
        Assert.Equal(WebSocketCloseStatus.InvalidPayloadData, server.Connections[0].ClientCloseStatus);
    }

    [Fact]
    public async Task TheLoopCanSkipAnInvalidMessageAndGoOn()
    {
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer server = await Loopback.StartAsync(handler: async (webSocket, connection, cancellationToken) =>
        {
            await webSocket.SendAsync("""{"type":"session.created","event_id":"e1","session":{"type":"realtime","audio":{"input":{"turn_detection":{"type":"server_vad","threshold":"high"}}}}}"""u8.ToArray(), WebSocketMessageType.Text, true, cancellationToken);
            await webSocket.SendAsync("not json"u8.ToArray(), WebSocketMessageType.Text, true, cancellationToken);
            await webSocket.SendAsync("null"u8.ToArray(), WebSocketMessageType.Text, true, cancellationToken);
            await webSocket.SendAsync(Created, WebSocketMessageType.Text, true, cancellationToken);
            await webSocket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
        });
        var skipped = new List<JsonException>();
        await using RealtimeWebSocket socket = await Loopback.ConnectAsync(server, timeout.Token, new RealtimeWebSocketOptions { OnInvalidMessage = exception => { skipped.Add(exception); return true; } });

        var events = await socket.ReadAllAsync(RealtimeJsonContext.Default.RealtimeServerEvent, timeout.Token).ToListAsync(timeout.Token);

        Assert.IsType<RealtimeServerEventSessionCreated>(Assert.Single(events));
        Assert.Equal(3, skipped.Count);
        Assert.Equal("$.session.audio.input.turn_detection.threshold", skipped[0].Path);
        Assert.Equal("$", skipped[2].Path);
        Assert.Equal(WebSocketState.Closed, socket.State);
    }

    [Fact]
    public async Task TheServerClosingMidMessageIsReported()
    {
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer server = await Loopback.StartAsync(handler: async (webSocket, connection, cancellationToken) =>
        {
            await webSocket.SendAsync(Created.AsMemory(0, 100), WebSocketMessageType.Text, endOfMessage: false, cancellationToken);
            await webSocket.CloseOutputAsync(WebSocketCloseStatus.InternalServerError, "going away", cancellationToken);
            await DrainUntilCloseAsync(webSocket, connection, cancellationToken);
        });
        await using RealtimeWebSocket socket = await Loopback.ConnectAsync(server, timeout.Token);

        var exception = await Assert.ThrowsAsync<RealtimeWebSocketException>(async () => await socket.ReceiveAsync(RealtimeJsonContext.Default.RealtimeServerEvent, timeout.Token));

        Assert.Equal(RealtimeWebSocketError.ClosedMidMessage, exception.Error);
        Assert.Contains("100 bytes received", exception.Message, StringComparison.Ordinal);
        Assert.Equal(WebSocketState.Closed, socket.State);
        Assert.Equal(WebSocketCloseStatus.InternalServerError, socket.WebSocket.CloseStatus);
    }

    [Fact]
    public async Task TheServerVanishingMidMessageIsReported()
    {
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer server = await Loopback.StartAsync(handler: async (webSocket, connection, cancellationToken) =>
        {
            await webSocket.SendAsync(Created.AsMemory(0, 100), WebSocketMessageType.Text, endOfMessage: false, cancellationToken);
            await Task.Delay(300, cancellationToken); // the first 100 bytes reach the client before the connection drops
            webSocket.Abort();
        });
        await using RealtimeWebSocket socket = await Loopback.ConnectAsync(server, timeout.Token);

        var exception = await Assert.ThrowsAsync<RealtimeWebSocketException>(async () => await socket.ReceiveAsync(RealtimeJsonContext.Default.RealtimeServerEvent, timeout.Token));

        Assert.Equal(RealtimeWebSocketError.ConnectionLost, exception.Error);
        Assert.Contains("in the middle of a message (100 bytes received)", exception.Message, StringComparison.Ordinal);
        Assert.IsType<WebSocketException>(exception.InnerException);
        Assert.Equal(WebSocketState.Aborted, socket.State);
    }

    [Fact]
    public async Task CancellingAPendingReceiveEndsItAtOnce()
    {
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer server = await Loopback.StartAsync(handler: (webSocket, connection, cancellationToken) => DrainUntilCloseAsync(webSocket, connection, cancellationToken));
        await using RealtimeWebSocket socket = await Loopback.ConnectAsync(server, timeout.Token);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);

        ValueTask<RealtimeServerEvent?> pending = socket.ReceiveAsync(RealtimeJsonContext.Default.RealtimeServerEvent, cancel.Token);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await socket.ReceiveAsync(RealtimeJsonContext.Default.RealtimeServerEvent, timeout.Token));
        var stopwatch = Stopwatch.StartNew();
        cancel.CancelAfter(100);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await pending);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), "the cancelled receive took " + stopwatch.Elapsed);
        Assert.Equal(WebSocketState.Aborted, socket.State);
    }

    /// <summary>The server's side of a test: read and drop messages until the client's close frame, then answer it.</summary>
    internal static async Task DrainUntilCloseAsync(WebSocket webSocket, LoopbackConnection connection, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        try
        {
            for (int i = 0; i < 100_000 && webSocket.State is WebSocketState.Open or WebSocketState.CloseSent; i++)
            {
                ValueWebSocketReceiveResult result = await webSocket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    connection.ClientCloseStatus = webSocket.CloseStatus;
                    if (webSocket.State == WebSocketState.CloseReceived)
                    {
                        await webSocket.CloseOutputAsync(webSocket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, cancellationToken);
                    }

                    return;
                }
            }
        }
        catch (WebSocketException)
        {
            // The client aborted: nothing more to read.
        }
    }
}

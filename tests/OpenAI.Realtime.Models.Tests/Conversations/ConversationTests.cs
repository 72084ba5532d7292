using System;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Tasks;
using OpenAI.Realtime.Loopback;
using OpenAI.Realtime.WebSockets;

namespace OpenAI.Realtime.Models.Tests.Conversations;

/// <summary>Whole conversations over real sockets on 127.0.0.1 with the loopback Realtime server.</summary>
public sealed class ConversationTests
{
    [Fact]
    public async Task HoldsTheScriptedConversationAndClosesCleanly()
    {
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer server = await Loopback.StartAsync();
        await using RealtimeWebSocket socket = await Loopback.ConnectAsync(server, timeout.Token);

        ScriptedConversation.Transcript transcript = await ScriptedConversation.HoldAsync(socket, timeout.Token);

        Assert.Equal(41, transcript.EventTypes.Count);
        Assert.Equal(server.ScriptedEvents.Count, transcript.EventTypes.Count);
        Assert.Equal("sess_DnQ4r8tPzV2cK1wXh7Lm0", transcript.SessionId);
        Assert.Equal(1, transcript.Tools);
        Assert.Equal("What's the weather like in Lisbon today?", transcript.User);
        Assert.Equal("get_weather({\"city\":\"Lisbon\",\"unit\":\"celsius\"}) [call call_Xk2Lm9Qp4Rs7]", transcript.FunctionCall);
        Assert.Equal("It's 21 degrees and sunny in Lisbon today, perfect for a walk.", transcript.Assistant);
        Assert.True(transcript.AudioBytes > 0);
        Assert.NotNull(transcript.TotalTokens);
        Assert.Equal(["response.output_audio.timing"], transcript.Unknown);

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        Assert.Equal(WebSocketState.Closed, socket.State);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.WebSocket.CloseStatus);

        LoopbackConnection connection = Assert.Single(server.Connections);
        await connection.Completion.WaitAsync(timeout.Token);
        Assert.Empty(connection.Problems);
        Assert.Equal(
            ["session.update", "input_audio_buffer.append", "input_audio_buffer.append", "input_audio_buffer.append", "input_audio_buffer.commit", "response.create", "conversation.item.create", "response.create"],
            connection.ClientEventTypes);
        Assert.Equal("gpt-realtime", connection.Model);
        Assert.Equal("Bearer " + server.ApiKey, connection.Headers["Authorization"]);
    }

    [Fact]
    public async Task ReadsMessagesSplitIntoManySmallFrames()
    {
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer server = await Loopback.StartAsync(frameSize: 7);

        // A receive buffer smaller than most messages: they are read from multi-segment sequences.
        await using RealtimeWebSocket socket = await Loopback.ConnectAsync(server, timeout.Token, new RealtimeWebSocketOptions { ReceiveBufferSize = 64 });
        ScriptedConversation.Transcript transcript = await ScriptedConversation.HoldAsync(socket, timeout.Token);

        Assert.Equal(41, transcript.EventTypes.Count);
        Assert.Equal("It's 21 degrees and sunny in Lisbon today, perfect for a walk.", transcript.Assistant);
        await socket.CloseAsync(cancellationToken: timeout.Token);
        Assert.Empty(Assert.Single(server.Connections).Problems);
    }

    [Fact]
    public async Task ReceivesEachMessageByteForByteAsTheServerSentIt()
    {
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer server = await Loopback.StartAsync(frameSize: 100);
        await using RealtimeWebSocket socket = await Loopback.ConnectAsync(server, timeout.Token, new RealtimeWebSocketOptions { ReceiveBufferSize = 256 });

        RealtimeMessage message = (await socket.ReceiveMessageAsync(timeout.Token))!.Value;
        Assert.False(message.Data.IsSingleSegment);
        Assert.Equal(server.ScriptedEvents[0], message.ToArray());
        var created = Assert.IsType<RealtimeServerEventSessionCreated>(message.Read(RealtimeJsonContext.Default.RealtimeServerEvent));
        Assert.Equal("event_DnQ4001Zq8Wx", created.EventId);
    }

    [Fact]
    public async Task SendsClientEventsInRequestModeByDefault()
    {
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer server = await Loopback.StartAsync();
        await using RealtimeWebSocket socket = await Loopback.ConnectAsync(server, timeout.Token);
        Assert.IsType<RealtimeServerEventSessionCreated>(await socket.ReceiveAsync(RealtimeJsonContext.Default.RealtimeServerEvent, timeout.Token));

        // An item read from the server (with its server-only "object" and an unknown member) sent back through the
        // round-trip context: the connection's request mode leaves both out.
        var item = (RealtimeConversationItemFunctionCallOutput)System.Text.Json.JsonSerializer.Deserialize(
            """{"id":"item_1","type":"function_call_output","object":"realtime.item","call_id":"call_Xk2Lm9Qp4Rs7","output":"{}","future":1}""",
            RealtimeJsonContext.Default.RealtimeConversationItem)!;
        await socket.SendAsync<RealtimeClientEvent>(new RealtimeClientEventConversationItemCreate { Item = item }, RealtimeJsonContext.Default.RealtimeClientEvent, timeout.Token);
        var error = Assert.IsType<RealtimeServerEventError>(await socket.ReceiveAsync(RealtimeJsonContext.Default.RealtimeServerEvent, timeout.Token));
        Assert.Equal("invalid_request_error", error.Error.Code);

        string sent = Encoding.UTF8.GetString(Assert.Single(Assert.Single(server.Connections).Received));
        Assert.Equal("""{"type":"conversation.item.create","item":{"id":"item_1","type":"function_call_output","call_id":"call_Xk2Lm9Qp4Rs7","output":"{}"}}""", sent);
    }

    [Fact]
    public async Task KeepsAnEventTypeTheSpecDoesNotKnowAndGoesOn()
    {
        using var timeout = Loopback.Timeout();
        byte[] future = """{"type":"response.hologram.delta","event_id":"event_X1","delta":"✨"}"""u8.ToArray();
        byte[] created = Encoding.UTF8.GetBytes(System.IO.File.ReadLines(Loopback.ScriptFile).First());
        await using LoopbackRealtimeServer server = await Loopback.StartAsync(handler: async (webSocket, connection, cancellationToken) =>
        {
            await webSocket.SendAsync(future, WebSocketMessageType.Text, true, cancellationToken);
            await webSocket.SendAsync(created, WebSocketMessageType.Text, true, cancellationToken);
            await webSocket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", cancellationToken);
        });
        await using RealtimeWebSocket socket = await Loopback.ConnectAsync(server, timeout.Token);

        var events = await socket.ReadAllAsync(RealtimeJsonContext.Default.RealtimeServerEvent, timeout.Token).ToListAsync(timeout.Token);

        var unknown = Assert.IsType<UnknownRealtimeServerEvent>(events[0]);
        Assert.Equal("response.hologram.delta", unknown.Type);
        Assert.Equal("✨", unknown.Json.GetProperty("delta").GetString());
        Assert.IsType<RealtimeServerEventSessionCreated>(events[1]);
        Assert.Equal(2, events.Count);
        Assert.Equal(WebSocketState.Closed, socket.State);
        Assert.Equal("bye", socket.WebSocket.CloseStatusDescription);
    }

    [Fact]
    public async Task DisposingWhileAReceiveLoopWaitsEndsTheLoopCleanly()
    {
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer server = await Loopback.StartAsync();
        RealtimeWebSocket socket = await Loopback.ConnectAsync(server, timeout.Token);
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<int> receiveLoop = Task.Run(async () =>
        {
            int count = 0;
            await foreach (RealtimeServerEvent serverEvent in socket.ReadAllAsync(RealtimeJsonContext.Default.RealtimeServerEvent, timeout.Token))
            {
                count++;
                first.TrySetResult();
            }

            return count;
        });
        await first.Task.WaitAsync(timeout.Token);

        await socket.DisposeAsync();

        Assert.Equal(1, await receiveLoop.WaitAsync(timeout.Token));
        LoopbackConnection connection = Assert.Single(server.Connections);
        await connection.Completion.WaitAsync(timeout.Token);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, connection.ClientCloseStatus);
        Assert.Equal(WebSocketState.Closed, socket.State);
    }

    [Fact]
    public async Task RefusesAConnectionWithoutTheKey()
    {
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer server = await Loopback.StartAsync();
        RealtimeConnectOptions options = Loopback.ConnectOptions(server);
        options.Credential = RealtimeCredential.ApiKey("sk-wrong");

        var exception = await Assert.ThrowsAsync<WebSocketException>(() => RealtimeWebSocket.ConnectAsync(options, timeout.Token));
        Assert.Contains("401", exception.Message, StringComparison.Ordinal);
        Assert.Empty(server.Connections);
    }

    [Fact]
    public async Task SendsTheCredentialHeadersAndQueryItIsGiven()
    {
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer server = await Loopback.StartAsync(handler: (webSocket, connection, cancellationToken) => HostilePeerTests.DrainUntilCloseAsync(webSocket, connection, cancellationToken));
        var options = new RealtimeConnectOptions { Endpoint = new Uri("http://" + server.Endpoint.Authority + "/v1/realtime"), Model = "gpt-realtime-mini", Credential = RealtimeCredential.ClientSecret(server.ApiKey) };
        options.Headers["OpenAI-Project"] = "proj_loopback";
        options.QueryParameters["trace"] = "on";
        bool configured = false;
        options.ConfigureWebSocket = webSocketOptions => { webSocketOptions.KeepAliveInterval = TimeSpan.FromSeconds(15); configured = true; };

        await using (RealtimeWebSocket socket = await RealtimeWebSocket.ConnectAsync(options, timeout.Token))
        {
            Assert.Equal(WebSocketState.Open, socket.State);
        }

        LoopbackConnection connection = Assert.Single(server.Connections);
        await connection.Completion.WaitAsync(timeout.Token);
        Assert.True(configured);
        Assert.Equal("?model=gpt-realtime-mini&trace=on", connection.Query);
        Assert.Equal("Bearer " + server.ApiKey, connection.Headers["Authorization"]);
        Assert.Equal("proj_loopback", connection.Headers["OpenAI-Project"]);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, connection.ClientCloseStatus);
    }

    [Fact]
    public void BuildsTheGaAndAzureUris()
    {
        var openAI = new RealtimeConnectOptions { Model = "gpt-realtime", Credential = RealtimeCredential.ApiKey("sk-secret") };
        Assert.Equal("wss://api.openai.com/v1/realtime?model=gpt-realtime", openAI.BuildUri().AbsoluteUri);
        Assert.Equal("API key", openAI.Credential.ToString());

        var azure = new RealtimeConnectOptions { Endpoint = new Uri("https://my-resource.openai.azure.com/openai/v1/realtime"), Model = "my deployment", Credential = RealtimeCredential.AzureApiKey("k&y", inQuery: true) };
        azure.QueryParameters["api-version"] = "2025-08-28";
        Assert.Equal("wss://my-resource.openai.azure.com/openai/v1/realtime?model=my%20deployment&api-version=2025-08-28&api-key=k%26y", azure.BuildUri().AbsoluteUri);

        var local = new RealtimeConnectOptions { Endpoint = new Uri("http://127.0.0.1:5000/v1/realtime?trace=1"), Credential = RealtimeCredential.ClientSecret("ek_123") };
        Assert.Equal("ws://127.0.0.1:5000/v1/realtime?trace=1", local.BuildUri().AbsoluteUri);
        Assert.DoesNotContain("ek_123", local.Credential.ToString(), StringComparison.Ordinal);
    }
}

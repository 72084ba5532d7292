using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Linq;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenAI.Realtime.Loopback;
using OpenAI.Realtime.Serialization;
using OpenAI.Realtime.WebSockets;

namespace OpenAI.Realtime.Models.Tests.Conversations;

/// <summary>A relay between two real sockets, and many senders on one socket while a receive loop runs.</summary>
public sealed class RelayAndConcurrencyTests
{
    /// <summary>
    /// A relay: a server-side RealtimeWebSocket for the client (receive client events, send server events) and a client
    /// RealtimeWebSocket to the Realtime server, both in round-trip mode. Every message is read as its typed event; it is
    /// forwarded either re-written from that event or as the bytes received.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ARelayForwardsEveryEventItReads(bool forwardBytes)
    {
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer upstream = await Loopback.StartAsync(frameSize: 300);
        var fromClient = new ConcurrentQueue<byte[]>();
        var fromUpstream = new ConcurrentQueue<byte[]>();
        await using LoopbackRealtimeServer relay = await Loopback.StartAsync(handler: async (accepted, connection, cancellationToken) =>
        {
            await using var client = new RealtimeWebSocket(accepted, new RealtimeWebSocketOptions { LeaveOpen = true, ReceiveBufferSize = 256 });
            await using RealtimeWebSocket server = await RealtimeWebSocket.ConnectAsync(
                new RealtimeConnectOptions { Endpoint = upstream.Endpoint, Model = connection.Model, Credential = RealtimeCredential.ApiKey(upstream.ApiKey), WebSocketOptions = new RealtimeWebSocketOptions { ReceiveBufferSize = 256 } },
                cancellationToken);

            async Task PumpAsync<TEvent>(RealtimeWebSocket from, RealtimeWebSocket to, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TEvent> typeInfo, ConcurrentQueue<byte[]> record)
                where TEvent : class
            {
                while (await from.ReceiveMessageAsync(cancellationToken) is RealtimeMessage message)
                {
                    record.Enqueue(message.ToArray());
                    TEvent value = message.Read(typeInfo);
                    if (forwardBytes)
                    {
                        await to.SendAsync(message.Data, cancellationToken);
                    }
                    else
                    {
                        await to.SendAsync(value, typeInfo, cancellationToken);
                    }
                }

                await to.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
            }

            await Task.WhenAll(
                PumpAsync(client, server, RealtimeJsonContext.Default.RealtimeClientEvent, fromClient),
                PumpAsync(server, client, RealtimeJsonContext.Default.RealtimeServerEvent, fromUpstream));
        });

        await using (RealtimeWebSocket socket = await Loopback.ConnectAsync(relay, timeout.Token))
        {
            ScriptedConversation.Transcript transcript = await ScriptedConversation.HoldAsync(socket, timeout.Token);

            Assert.Equal(41, transcript.Messages.Count);
            Assert.Equal(upstream.ScriptedEvents, fromUpstream.Take(41));
            if (forwardBytes)
            {
                Assert.Equal(upstream.ScriptedEvents, transcript.Messages);
            }
            else
            {
                // Re-written from the typed event, each is the same JSON, but not the same bytes: the generated writer puts
                // members in the schema's order ("event_id" before "type"), the API sends "type" first.
                for (int i = 0; i < 41; i++)
                {
                    Assert.True(JsonNode.DeepEquals(JsonNode.Parse(upstream.ScriptedEvents[i]), JsonNode.Parse(transcript.Messages[i])), "event " + i);
                }

                Assert.NotEqual(upstream.ScriptedEvents[0], transcript.Messages[0]);
            }

            await socket.CloseAsync(cancellationToken: timeout.Token);
        }

        await relay.Connections[0].Completion.WaitAsync(timeout.Token);
        LoopbackConnection atUpstream = Assert.Single(upstream.Connections);
        await atUpstream.Completion.WaitAsync(timeout.Token);
        Assert.Empty(atUpstream.Problems);
        Assert.Equal(8, fromClient.Count);

        // Client events were written by the same generated writer: re-written after a read, they are the same bytes.
        Assert.Equal(fromClient, atUpstream.Received);
    }

    [Fact]
    public async Task ManyConcurrentSendersEachSendWholeMessagesInTheirOrderWhileAReceiveLoopRuns()
    {
        const int senders = 8;
        const int perSender = 25;
        using var timeout = Loopback.Timeout();
        await using LoopbackRealtimeServer server = await Loopback.StartAsync();
        await using RealtimeWebSocket socket = await Loopback.ConnectAsync(server, timeout.Token);

        var received = new ConcurrentQueue<string>();
        Task receiveLoop = Task.Run(async () =>
        {
            await foreach (RealtimeServerEvent serverEvent in socket.ReadAllAsync(RealtimeJsonContext.Default.RealtimeServerEvent, timeout.Token))
            {
                received.Enqueue(serverEvent.Type!);
                if (serverEvent is RealtimeServerEventConversationItemInputAudioTranscriptionCompleted or RealtimeServerEventError)
                {
                    return;
                }
            }
        });

        using var start = new ManualResetEventSlim();
        Task[] sending = Enumerable.Range(0, senders).Select(sender => Task.Run(async () =>
        {
            start.Wait(timeout.Token);
            for (int i = 0; i < perSender; i++)
            {
                RealtimeClientEventInputAudioBufferAppend append = Loopback.Audio(200 + (sender * 50));
                append.EventId = $"s{sender}-{i}";
                await socket.SendAsync<RealtimeClientEvent>(append, RealtimeJsonContext.Default.RealtimeClientEvent, timeout.Token);
            }
        })).ToArray();
        start.Set();
        await Task.WhenAll(sending);
        await socket.SendAsync<RealtimeClientEvent>(new RealtimeClientEventInputAudioBufferCommit(), RealtimeJsonContext.Default.RealtimeClientEvent, timeout.Token);
        await receiveLoop.WaitAsync(timeout.Token);
        await socket.CloseAsync(cancellationToken: timeout.Token);

        LoopbackConnection connection = Assert.Single(server.Connections);
        await connection.Completion.WaitAsync(timeout.Token);
        Assert.Empty(connection.Problems);
        Assert.Equal((senders * perSender) + 1, connection.Received.Count);
        var ids = connection.Received.Take(senders * perSender).Select(m => JsonDocument.Parse(m).RootElement.GetProperty("event_id").GetString()!).ToList();
        for (int sender = 0; sender < senders; sender++)
        {
            Assert.Equal(Enumerable.Range(0, perSender).Select(i => $"s{sender}-{i}"), ids.Where(id => id.StartsWith($"s{sender}-", StringComparison.Ordinal)));
        }

        Assert.Equal("session.created", received.First());
        Assert.Equal("conversation.item.input_audio_transcription.completed", received.Last());
    }
}

using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenAI.Realtime.Serialization;
using OpenAI.Realtime.WebSockets;
using Xunit.Abstractions;

namespace OpenAI.Realtime.Models.Tests.Conversations;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationCollection
{
    public const string Name = "Allocations (run alone: they count the bytes the whole process allocates)";
}

/// <summary>
/// Bytes allocated per message for the 41 events of the recorded conversation, over a real TCP connection on 127.0.0.1
/// (both ends <c>WebSocket.CreateFromStream</c> in this process, so nothing else allocates: no HTTP server). Three ways:
/// the floor (pre-encoded bytes through the bare WebSocket, no JSON), ours (<see cref="RealtimeWebSocket"/>), and the raw
/// way (<c>JsonSerializer.SerializeToUtf8Bytes</c> and a <c>WebSocket.SendAsync</c> per message; a <c>MemoryStream</c> per
/// message and <c>JsonSerializer.Deserialize</c> to receive). Counted with <c>GC.GetTotalAllocatedBytes(precise: true)</c>
/// around 20 conversations after a warm-up (the least of 3 such runs), both peers included.
/// </summary>
[Collection(AllocationCollection.Name)]
public sealed class AllocationTests
{
    private const int Rounds = 20;

    /// <summary>Each figure is the least of this many runs of <see cref="Rounds"/> conversations: what the runtime allocates
    /// now and then on its own (tiering, the thread pool) only ever adds.</summary>
    private const int Repetitions = 3;
    private readonly ITestOutputHelper _output;

    public AllocationTests(ITestOutputHelper output) => _output = output;

    private static byte[][] Script => File.ReadAllLines(Loopback.ScriptFile).Where(l => l.Length > 0).Select(Encoding.UTF8.GetBytes).ToArray();

    [Fact]
    public async Task SendingTheConversationAllocatesNoStringOrArrayPerMessage()
    {
        using var timeout = Loopback.Timeout(60);
        byte[][] script = Script;
        RealtimeServerEvent[] events = script.Select(line => RealtimeJson.Read(line, RealtimeJsonContext.Default.RealtimeServerEvent)).ToArray();
        var typeInfo = RealtimeJsonContext.Default.RealtimeServerEvent;
        await using var pair = await SocketPair.OpenAsync(timeout.Token);
        using var ours = new RealtimeWebSocket(pair.Server, new RealtimeWebSocketOptions { LeaveOpen = true });

        double floor = await MeasureSendAsync(pair, script.Length, async ct => { foreach (byte[] line in script) { await pair.Server.SendAsync(line, WebSocketMessageType.Text, true, ct); } }, timeout.Token);
        double ourBytes = await MeasureSendAsync(pair, script.Length, async ct => { foreach (RealtimeServerEvent e in events) { await ours.SendAsync(e, typeInfo, ct); } }, timeout.Token);
        double raw = await MeasureSendAsync(pair, script.Length, async ct => { foreach (RealtimeServerEvent e in events) { await pair.Server.SendAsync(JsonSerializer.SerializeToUtf8Bytes(e, typeInfo), WebSocketMessageType.Text, true, ct); } }, timeout.Token);

        int averageMessage = (int)script.Average(line => line.Length);
        _output.WriteLine($"send, bytes allocated per message ({script.Length} events, average {averageMessage} bytes of JSON): floor {floor:F0}, RealtimeWebSocket {ourBytes:F0}, SerializeToUtf8Bytes + SendAsync {raw:F0}");

        // A string of the average message alone would be 2 * averageMessage bytes; an array of it, averageMessage.
        Assert.True(ourBytes - floor < 64, $"RealtimeWebSocket allocated {ourBytes - floor:F0} bytes per message above the floor");
        Assert.True(raw - floor > averageMessage, $"the raw way allocated only {raw - floor:F0} bytes per message above the floor: the measurement is off");
    }

    [Fact]
    public async Task ReceivingTheConversationAllocatesOnlyTheModels()
    {
        using var timeout = Loopback.Timeout(60);
        byte[][] script = Script;
        var typeInfo = RealtimeJsonContext.Default.RealtimeServerEvent;
        await using var pair = await SocketPair.OpenAsync(timeout.Token);
        using var ours = new RealtimeWebSocket(pair.Client, new RealtimeWebSocketOptions { LeaveOpen = true });
        var buffer = new byte[64 * 1024];

        // The floor: the models alone, read from the bytes in memory.
        double models = Measure(script.Length, () => { foreach (byte[] line in script) { RealtimeJson.Read(line, typeInfo); } });
        double ourBytes = await MeasureReceiveAsync(pair, script, async ct => { for (int i = 0; i < script.Length; i++) { Assert.NotNull(await ours.ReceiveAsync(typeInfo, ct)); } }, timeout.Token);
        double raw = await MeasureReceiveAsync(pair, script, async ct =>
        {
            for (int i = 0; i < script.Length; i++)
            {
                using var message = new MemoryStream();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await pair.Client.ReceiveAsync(buffer.AsMemory(), ct);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                Assert.NotNull(JsonSerializer.Deserialize(message.GetBuffer().AsSpan(0, (int)message.Length), typeInfo));
            }
        }, timeout.Token);

        _output.WriteLine($"receive, bytes allocated per message ({script.Length} events): the models alone {models:F0}, RealtimeWebSocket {ourBytes:F0}, MemoryStream + JsonSerializer.Deserialize {raw:F0}");
        Assert.True(ourBytes - models < 200, $"RealtimeWebSocket allocated {ourBytes - models:F0} bytes per message beyond the models");
        Assert.True(raw > ourBytes, "the raw way allocated less than RealtimeWebSocket");
    }

    [Fact]
    public async Task AMessageFarOverTheLimitIsNeverBuffered()
    {
        using var timeout = Loopback.Timeout(60);
        await using var pair = await SocketPair.OpenAsync(timeout.Token);
        using var ours = new RealtimeWebSocket(pair.Client, new RealtimeWebSocketOptions { LeaveOpen = true, MaxMessageSize = 256 * 1024 });
        var frame = new byte[64 * 1024];
        Array.Fill(frame, (byte)' ');

        // 16 MB in one message; the reader stops after 256 KB + 1 byte and closes.
        Task flood = Task.Run(async () =>
        {
            try
            {
                for (int i = 0; i < 256; i++)
                {
                    await pair.Server.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: false, timeout.Token);
                }
            }
            catch (WebSocketException)
            {
            }
            catch (IOException)
            {
            }
            catch (OperationCanceledException)
            {
                // Aborted below once the reader gave up.
            }
        });
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var exception = await Assert.ThrowsAsync<RealtimeWebSocketException>(async () => await ours.ReceiveAsync(RealtimeJsonContext.Default.RealtimeServerEvent, timeout.Token));
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        pair.Server.Abort();
        await flood.WaitAsync(timeout.Token);

        _output.WriteLine($"a 16 MB message against a 256 KB limit: {allocated / 1024} KB allocated while reading it");
        Assert.Equal(RealtimeWebSocketError.MessageTooLarge, exception.Error);
        // Buffering the message would take 16 MB; what is allocated is the pooled segments up to the limit (arrays the shared
        // pool did not have yet) and what the sender's side allocates meanwhile.
        Assert.True(allocated < 4 * 1024 * 1024, $"{allocated} bytes allocated");
    }

    private static double Measure(int messages, Action action)
    {
        action();
        double least = double.MaxValue;
        for (int repetition = 0; repetition < Repetitions; repetition++)
        {
            long before = GC.GetTotalAllocatedBytes(precise: true);
            for (int round = 0; round < Rounds; round++)
            {
                action();
            }

            least = Math.Min(least, (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)(Rounds * messages));
        }

        return least;
    }

    /// <summary>Runs <paramref name="send"/> on the server end while the client end drains whole messages into one buffer.</summary>
    private static async Task<double> MeasureSendAsync(SocketPair pair, int messages, Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        async Task DrainAsync()
        {
            for (int received = 0; received < messages;)
            {
                ValueWebSocketReceiveResult result = await pair.Client.ReceiveAsync(buffer.AsMemory(), cancellationToken);
                received += result.EndOfMessage ? 1 : 0;
            }
        }

        async Task RoundAsync() => await Task.WhenAll(send(cancellationToken), DrainAsync());
        await RoundAsync();
        double least = double.MaxValue;
        for (int repetition = 0; repetition < Repetitions; repetition++)
        {
            long before = GC.GetTotalAllocatedBytes(precise: true);
            for (int round = 0; round < Rounds; round++)
            {
                await RoundAsync();
            }

            least = Math.Min(least, (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)(Rounds * messages));
        }

        return least;
    }

    /// <summary>Runs <paramref name="receive"/> on the client end while the server end sends the pre-encoded script.</summary>
    private static async Task<double> MeasureReceiveAsync(SocketPair pair, byte[][] script, Func<CancellationToken, Task> receive, CancellationToken cancellationToken)
    {
        async Task SendAsync()
        {
            foreach (byte[] line in script)
            {
                await pair.Server.SendAsync(line, WebSocketMessageType.Text, true, cancellationToken);
            }
        }

        async Task RoundAsync() => await Task.WhenAll(SendAsync(), receive(cancellationToken));
        await RoundAsync();
        double least = double.MaxValue;
        for (int repetition = 0; repetition < Repetitions; repetition++)
        {
            long before = GC.GetTotalAllocatedBytes(precise: true);
            for (int round = 0; round < Rounds; round++)
            {
                await RoundAsync();
            }

            least = Math.Min(least, (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)(Rounds * script.Length));
        }

        return least;
    }

    /// <summary>Two WebSocket ends over one TCP connection on 127.0.0.1.</summary>
    private sealed class SocketPair : IAsyncDisposable
    {
        private readonly TcpClient _client;
        private readonly TcpClient _server;

        private SocketPair(TcpClient client, TcpClient server)
        {
            _client = client;
            _server = server;
            Client = WebSocket.CreateFromStream(client.GetStream(), new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = TimeSpan.Zero });
            Server = WebSocket.CreateFromStream(server.GetStream(), new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = TimeSpan.Zero });
        }

        public WebSocket Client { get; }

        public WebSocket Server { get; }

        public static async Task<SocketPair> OpenAsync(CancellationToken cancellationToken)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                var client = new TcpClient();
                Task<TcpClient> accept = listener.AcceptTcpClientAsync(cancellationToken).AsTask();
                await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port, cancellationToken);
                return new SocketPair(client, await accept);
            }
            finally
            {
                listener.Stop();
            }
        }

        public ValueTask DisposeAsync()
        {
            Client.Dispose();
            Server.Dispose();
            _client.Dispose();
            _server.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

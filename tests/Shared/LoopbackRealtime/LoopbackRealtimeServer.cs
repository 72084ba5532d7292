using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenAI.Realtime.Serialization;
using OpenAI.Realtime.WebSockets;

namespace OpenAI.Realtime.Loopback;

/// <summary>
/// A small Realtime-compatible server on 127.0.0.1 (Kestrel, an ephemeral port) for tests and the sample: it accepts a
/// WebSocket at <c>/v1/realtime?model=...</c> with <c>Authorization: Bearer &lt;ApiKey&gt;</c>, validates every client event
/// it receives with <c>Validate()</c>, and plays a recorded GA conversation (one server event per line of a JSONL file) in
/// reply: <c>session.created</c> on connect, <c>session.updated</c> for <c>session.update</c>, the user's turn for
/// <c>input_audio_buffer.commit</c>, a function call for the first <c>response.create</c>, the output's items for the
/// <c>function_call_output</c>, and the spoken answer for the next <c>response.create</c>. What it cannot accept it answers
/// with an <c>error</c> event, as the real API does.
/// </summary>
public sealed class LoopbackRealtimeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly LoopbackRealtimeServerOptions _options;
    private readonly Script _script;
    private readonly ConcurrentQueue<LoopbackConnection> _connections = new();

    private LoopbackRealtimeServer(WebApplication app, LoopbackRealtimeServerOptions options, Script script, Uri baseAddress)
    {
        _app = app;
        _options = options;
        _script = script;
        HttpEndpoint = new Uri(baseAddress, "v1");
        Endpoint = new Uri("ws://" + baseAddress.Authority + "/v1/realtime");
    }

    /// <summary>The WebSocket endpoint, <c>ws://127.0.0.1:port/v1/realtime</c> (without the model).</summary>
    public Uri Endpoint { get; }

    /// <summary>The HTTP base address, <c>http://127.0.0.1:port/v1</c>, for clients that take an API base (the official SDK).</summary>
    public Uri HttpEndpoint { get; }

    /// <summary>The key a client must send as <c>Authorization: Bearer</c>.</summary>
    public string ApiKey => _options.ApiKey;

    /// <summary>The server events of the recorded conversation, as they are sent (one JSON document each).</summary>
    public IReadOnlyList<byte[]> ScriptedEvents => _script.Events;

    /// <summary>Every connection accepted so far, in order.</summary>
    public IReadOnlyList<LoopbackConnection> Connections => _connections.ToArray();

    /// <summary>Starts the server on an ephemeral loopback port.</summary>
    public static async Task<LoopbackRealtimeServer> StartAsync(LoopbackRealtimeServerOptions options, CancellationToken cancellationToken = default)
    {
        Script script = Script.Load(options.ScriptFile);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(2));
        WebApplication app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        LoopbackRealtimeServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new LoopbackRealtimeServer(app, options, script, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>Stops the server; open connections are aborted after a short grace period.</summary>
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Path != "/v1/realtime")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        string? authorization = context.Request.Headers.Authorization;
        if (authorization != "Bearer " + _options.ApiKey)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        string? model = context.Request.Query["model"];
        if (string.IsNullOrEmpty(model) || !context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var connection = new LoopbackConnection(model, context.Request.QueryString.Value ?? string.Empty, context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
        _connections.Enqueue(connection);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping);
        try
        {
            using WebSocket webSocket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            if (_options.Handler is { } handler)
            {
                await handler(webSocket, connection, stopping.Token).ConfigureAwait(false);
            }
            else
            {
                await PlayAsync(webSocket, connection, stopping.Token).ConfigureAwait(false);
            }

            connection.ClientCloseStatus ??= webSocket.CloseStatus;
            connection.Complete(null);
        }
        catch (Exception exception)
        {
            connection.Complete(exception);
        }
    }

    private async Task PlayAsync(WebSocket webSocket, LoopbackConnection connection, CancellationToken cancellationToken)
    {
        await using var socket = new RealtimeWebSocket(webSocket, new RealtimeWebSocketOptions { LeaveOpen = true, CloseTimeout = TimeSpan.FromSeconds(2) });
        var conversation = new ConversationState();
        await SendAsync(socket, webSocket, _script.Created, cancellationToken).ConfigureAwait(false);
        while (await socket.ReceiveMessageAsync(cancellationToken).ConfigureAwait(false) is RealtimeMessage message)
        {
            connection.Received.Enqueue(message.ToArray());
            RealtimeClientEvent clientEvent;
            try
            {
                clientEvent = message.Read(RealtimeJsonContext.Default.RealtimeClientEvent);
            }
            catch (JsonException exception)
            {
                connection.Problems.Enqueue("invalid JSON: " + exception.Message);
                await SendErrorAsync(socket, "invalid_json", "The message is not a client event: " + exception.Message, null, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var validation = new RealtimeValidationContext();
            ((IRealtimeValidatable)clientEvent).Validate(validation);
            if (!validation.IsValid)
            {
                string problems = string.Join("; ", validation.Errors);
                connection.Problems.Enqueue(clientEvent.Type + ": " + problems);
                await SendErrorAsync(socket, "invalid_value", problems, clientEvent.EventId, cancellationToken).ConfigureAwait(false);
                continue;
            }

            connection.ClientEventTypes.Enqueue(clientEvent.Type ?? "(none)");
            IReadOnlyList<byte[]>? reply = null;
            string? refusal = null;
            switch (clientEvent)
            {
                case RealtimeClientEventSessionUpdate:
                    reply = [_script.Updated];
                    break;
                case RealtimeClientEventInputAudioBufferAppend append:
                    conversation.AudioBytes += append.GetAudioBytes()?.Length ?? 0;
                    break;
                case RealtimeClientEventInputAudioBufferCommit when conversation.AudioBytes == 0:
                    refusal = "Error committing input audio buffer: the buffer is empty.";
                    break;
                case RealtimeClientEventInputAudioBufferCommit:
                    reply = _script.UserTurn;
                    conversation.Committed = true;
                    break;
                case RealtimeClientEventResponseCreate when !conversation.Committed:
                    refusal = "Nothing to respond to: commit the input audio first.";
                    break;
                case RealtimeClientEventResponseCreate when !conversation.FunctionCalled:
                    reply = _script.FunctionCallResponse;
                    conversation.FunctionCalled = true;
                    break;
                case RealtimeClientEventResponseCreate when !conversation.FunctionAnswered:
                    refusal = "The function call " + _script.CallId + " has no function_call_output yet.";
                    break;
                case RealtimeClientEventResponseCreate:
                    reply = _script.AnswerResponse;
                    break;
                case RealtimeClientEventConversationItemCreate { Item: RealtimeConversationItemFunctionCallOutput output } when output.CallId == _script.CallId && conversation.FunctionCalled:
                    reply = _script.FunctionOutputItems;
                    conversation.FunctionAnswered = true;
                    break;
                case UnknownRealtimeClientEvent unknown:
                    refusal = "Invalid value: '" + unknown.Type + "'. Supported values are the client event types.";
                    break;
                default:
                    refusal = "The loopback server does not script " + clientEvent.Type + " here.";
                    break;
            }

            if (refusal is not null)
            {
                connection.Problems.Enqueue(clientEvent.Type + ": " + refusal);
                await SendErrorAsync(socket, "invalid_request_error", refusal, clientEvent.EventId, cancellationToken).ConfigureAwait(false);
            }

            foreach (byte[] serverEvent in reply ?? [])
            {
                await SendAsync(socket, webSocket, serverEvent, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async ValueTask SendAsync(RealtimeWebSocket socket, WebSocket webSocket, byte[] message, CancellationToken cancellationToken)
    {
        if (_options.FrameSize is not int frameSize)
        {
            await socket.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return;
        }

        // One message in many small frames, as a proxy or a slow link may deliver it. (The handler sends from one loop only.)
        for (int offset = 0; offset < message.Length; offset += frameSize)
        {
            int count = Math.Min(frameSize, message.Length - offset);
            await webSocket.SendAsync(message.AsMemory(offset, count), WebSocketMessageType.Text, offset + count == message.Length, cancellationToken).ConfigureAwait(false);
        }
    }

    private static ValueTask SendErrorAsync(RealtimeWebSocket socket, string code, string message, string? clientEventId, CancellationToken cancellationToken)
    {
        var error = new RealtimeServerEventError
        {
            EventId = "event_loopback_" + Guid.NewGuid().ToString("N")[..12],
            Error = new RealtimeServerEventErrorError { Type = "invalid_request_error", Code = code, Message = message, EventId = clientEventId },
        };
        return socket.SendAsync<RealtimeServerEvent>(error, RealtimeJsonContext.Default.RealtimeServerEvent, cancellationToken);
    }

    private sealed class ConversationState
    {
        public int AudioBytes { get; set; }

        public bool Committed { get; set; }

        public bool FunctionCalled { get; set; }

        public bool FunctionAnswered { get; set; }
    }

    /// <summary>The recorded conversation, cut where the client's events come in.</summary>
    private sealed class Script
    {
        private Script(byte[][] events)
        {
            Events = events;
            string[] types = events.Select(e => JsonDocument.Parse(e).RootElement.GetProperty("type").GetString()!).ToArray();
            int firstResponse = Array.IndexOf(types, "response.created");
            int firstDone = Array.IndexOf(types, "response.done", firstResponse);
            int afterLimits = types[firstDone + 1] == "rate_limits.updated" ? firstDone + 2 : firstDone + 1;
            int secondResponse = Array.IndexOf(types, "response.created", afterLimits);
            if (types[0] != "session.created" || types[1] != "session.updated" || firstResponse < 0 || firstDone < 0 || secondResponse < 0)
            {
                throw new InvalidDataException("The script must be session.created, session.updated, the user's turn, a response with a function call, its output, and a second response.");
            }

            Created = events[0];
            Updated = events[1];
            UserTurn = events[2..firstResponse];
            FunctionCallResponse = events[firstResponse..afterLimits];
            FunctionOutputItems = events[afterLimits..secondResponse];
            AnswerResponse = events[secondResponse..];
            int argumentsDone = Array.IndexOf(types, "response.function_call_arguments.done");
            CallId = JsonDocument.Parse(events[argumentsDone]).RootElement.GetProperty("call_id").GetString()!;
        }

        public byte[][] Events { get; }

        public byte[] Created { get; }

        public byte[] Updated { get; }

        public byte[][] UserTurn { get; }

        public byte[][] FunctionCallResponse { get; }

        public byte[][] FunctionOutputItems { get; }

        public byte[][] AnswerResponse { get; }

        public string CallId { get; }

        public static Script Load(string path)
            => new(File.ReadAllLines(path).Where(line => line.Length > 0).Select(System.Text.Encoding.UTF8.GetBytes).ToArray());
    }
}

/// <summary>Settings of a <see cref="LoopbackRealtimeServer"/>.</summary>
public sealed class LoopbackRealtimeServerOptions
{
    /// <summary>The recorded conversation: one GA server event per line.</summary>
    public required string ScriptFile { get; init; }

    /// <summary>The key clients must send as <c>Authorization: Bearer</c>.</summary>
    public string ApiKey { get; init; } = "sk-loopback-" + Guid.NewGuid().ToString("N");

    /// <summary>When set, every scripted server event is sent in frames of at most this many bytes.</summary>
    public int? FrameSize { get; init; }

    /// <summary>Replaces the scripted conversation: what the server does with each accepted WebSocket (a test's hostile peer).</summary>
    public Func<WebSocket, LoopbackConnection, CancellationToken, Task>? Handler { get; init; }
}

/// <summary>What the server saw of one connection.</summary>
public sealed class LoopbackConnection
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal LoopbackConnection(string model, string query, IReadOnlyDictionary<string, string> headers)
    {
        Model = model;
        Query = query;
        Headers = headers;
    }

    /// <summary>The <c>model</c> query parameter.</summary>
    public string Model { get; }

    /// <summary>The upgrade request's whole query string (<c>?model=...</c>).</summary>
    public string Query { get; }

    /// <summary>The upgrade request's headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Every message received, byte for byte.</summary>
    public ConcurrentQueue<byte[]> Received { get; } = new();

    /// <summary>The types of the valid client events received, in order.</summary>
    public ConcurrentQueue<string> ClientEventTypes { get; } = new();

    /// <summary>Every client event the server refused (invalid JSON, a broken constraint, out of script), with the reason.</summary>
    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>The close status the client sent, once its close frame arrived.</summary>
    public WebSocketCloseStatus? ClientCloseStatus { get; set; }

    /// <summary>Completes when the server is done with the connection; faults with what ended it abnormally.</summary>
    public Task Completion => _completion.Task;

    internal void Complete(Exception? exception)
    {
        if (exception is null)
        {
            _completion.TrySetResult();
        }
        else
        {
            _completion.TrySetException(exception);
        }
    }
}

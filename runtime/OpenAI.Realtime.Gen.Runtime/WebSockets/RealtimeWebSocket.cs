using System;
using System.Buffers;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using OpenAI.Realtime.Serialization;

namespace OpenAI.Realtime.WebSockets
{
    /// <summary>
    /// Generated Realtime models over any <see cref="System.Net.WebSockets.WebSocket"/>: a <see cref="ClientWebSocket"/>
    /// (see <see cref="ConnectAsync"/>), a socket ASP.NET Core accepted, or one another library opened. Each value is sent as one
    /// text message written into pooled buffers; each message received, however many frames it spans, is read with the
    /// generated reader straight from pooled buffers. Sends from several threads are serialized; one receive loop can run beside
    /// them. The same type serves both ends: a client sends client events and receives server events, a server or relay the
    /// reverse.
    /// </summary>
    /// <remarks>
    /// Cancelling a pending receive or send aborts the connection: that is how <see cref="System.Net.WebSockets.WebSocket"/> itself
    /// treats cancellation. Limits against a bad peer are in <see cref="RealtimeWebSocketOptions"/>.
    /// </remarks>
    public sealed class RealtimeWebSocket : IAsyncDisposable, IDisposable
    {
        /// <summary>How much a peer may still send after a close that follows a failure before it is cut off.</summary>
        private const long DrainLimit = 1024 * 1024;

        private static readonly ConditionalWeakTable<JsonTypeInfo, JsonTypeInfo?[]> s_modeVariants = new ConditionalWeakTable<JsonTypeInfo, JsonTypeInfo?[]>();

        private readonly RealtimeWebSocketOptions _options;
        private readonly SemaphoreSlim _sendLock = new SemaphoreSlim(1, 1);
        private readonly PooledBufferWriter _sendBuffer;
        private readonly MessageBuffer _receiveBuffer;
        private int _receiving;
        private int _disposed;
        private int _receiveBufferReleased;
        private bool _messageBuffered;
#if NET
        private ValueTask<ValueWebSocketReceiveResult> _firstReceive;
        private bool _hasFirstReceive;
#endif
        private WebSocketMessageType _lastMessageType;

        /// <summary>Wraps <paramref name="webSocket"/>, which must be open (or opening, for a socket another library connects).</summary>
        /// <param name="webSocket">The connection; disposed with this object unless <see cref="RealtimeWebSocketOptions.LeaveOpen"/> is set.</param>
        /// <param name="options">Limits and behaviour; <see langword="null"/> for the defaults.</param>
        public RealtimeWebSocket(WebSocket webSocket, RealtimeWebSocketOptions? options = null)
        {
            WebSocket = webSocket ?? throw new ArgumentNullException(nameof(webSocket));
            _options = (options ?? new RealtimeWebSocketOptions()).Clone();
            _sendBuffer = new PooledBufferWriter(4096);
            _receiveBuffer = new MessageBuffer(_options.ReceiveBufferSize);
        }

        /// <summary>The wrapped connection.</summary>
        public WebSocket WebSocket { get; }

        /// <summary>The state of the wrapped connection.</summary>
        public WebSocketState State => WebSocket.State;

        /// <summary>
        /// Opens a <see cref="ClientWebSocket"/> to a Realtime endpoint (by default <c>wss://api.openai.com/v1/realtime?model=...</c>
        /// with <c>Authorization: Bearer</c>) and wraps it. Values are sent in request mode unless the options say otherwise.
        /// </summary>
        public static Task<RealtimeWebSocket> ConnectAsync(RealtimeConnectOptions options, CancellationToken cancellationToken = default)
            => RealtimeConnector.ConnectAsync(options, cancellationToken);

        /// <summary>
        /// Sends <paramref name="value"/> as one text message, written by the generated writer into a pooled buffer (no string,
        /// no array per message), in <see cref="RealtimeWebSocketOptions.SendWriteMode"/> or else the type info's own mode.
        /// Safe to call from several threads: sends go out one at a time, each message whole.
        /// </summary>
        /// <exception cref="RealtimeWebSocketException">The connection is not open, or broke while sending.</exception>
        public ValueTask SendAsync<T>(T value, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
        {
            if (typeInfo is null)
            {
                throw new ArgumentNullException(nameof(typeInfo));
            }

            ThrowIfDisposed();
            JsonTypeInfo<T> writeInfo = InMode(typeInfo);
            if (!_sendLock.Wait(0))
            {
                return SendContendedAsync(value, writeInfo, cancellationToken);
            }

            // The usual case: no other send in progress, and the socket takes the message at once. No async state at all.
            ValueTask sending;
            try
            {
                _sendBuffer.Reset();
                RealtimeJson.Write(_sendBuffer, value, writeInfo);
                sending = StartSend(_sendBuffer.WrittenMemory, endOfMessage: true, cancellationToken);
            }
            catch
            {
                _sendBuffer.Reset();
                _sendLock.Release();
                throw;
            }

            if (sending.IsCompletedSuccessfully)
            {
                sending.GetAwaiter().GetResult();
                _sendBuffer.Reset();
                _sendLock.Release();
                return default;
            }

            return FinishSendAsync(sending, resetBuffer: true);
        }

        /// <summary>
        /// Sends bytes that already are one JSON message (a relay forwarding what it received unparsed, a recorded event) as one
        /// text message.
        /// </summary>
        /// <exception cref="RealtimeWebSocketException">The connection is not open, or broke while sending.</exception>
        public ValueTask SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken = default)
        {
            ThrowIfDisposed();
            if (!_sendLock.Wait(0))
            {
                return SendContendedAsync(utf8Json, cancellationToken);
            }

            ValueTask sending = StartSend(utf8Json, endOfMessage: true, cancellationToken);
            if (sending.IsCompletedSuccessfully)
            {
                sending.GetAwaiter().GetResult();
                _sendLock.Release();
                return default;
            }

            return FinishSendAsync(sending, resetBuffer: false);
        }

#if NET
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
#endif
        private async ValueTask SendContendedAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
        {
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await SendLockedAsync(utf8Json, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }
        }

        /// <summary>
        /// Sends bytes that already are one JSON message, such as <see cref="RealtimeMessage.Data"/> of a message just received
        /// (a relay forwarding it unchanged): a sequence of several segments goes out as one message of several frames, uncopied.
        /// </summary>
        /// <exception cref="RealtimeWebSocketException">The connection is not open, or broke while sending.</exception>
#if NET
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
#endif
        public async ValueTask SendAsync(ReadOnlySequence<byte> utf8Json, CancellationToken cancellationToken = default)
        {
            if (utf8Json.IsSingleSegment)
            {
                await SendAsync(utf8Json.First, cancellationToken).ConfigureAwait(false);
                return;
            }

            ThrowIfDisposed();
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                SequencePosition position = utf8Json.Start;
                bool more = utf8Json.TryGet(ref position, out ReadOnlyMemory<byte> segment);
                while (more)
                {
                    more = utf8Json.TryGet(ref position, out ReadOnlyMemory<byte> next);
                    await SendLockedAsync(segment, !more, cancellationToken).ConfigureAwait(false);
                    segment = next;
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }

#if NET
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
#endif
        private async ValueTask SendContendedAsync<T>(T value, JsonTypeInfo<T> writeInfo, CancellationToken cancellationToken)
        {
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                _sendBuffer.Reset();
                RealtimeJson.Write(_sendBuffer, value, writeInfo);
                await SendLockedAsync(_sendBuffer.WrittenMemory, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _sendBuffer.Reset();
                _sendLock.Release();
            }
        }

        /// <summary>Awaits a send started under the lock, then releases the lock.</summary>
#if NET
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
#endif
        private async ValueTask FinishSendAsync(ValueTask sending, bool resetBuffer)
        {
            try
            {
                await sending.ConfigureAwait(false);
            }
            catch (WebSocketException exception)
            {
                throw ConnectionLostWhileSending(exception);
            }
            finally
            {
                if (resetBuffer)
                {
                    _sendBuffer.Reset();
                }

                _sendLock.Release();
            }
        }

        /// <summary>Starts sending one text frame under the lock; failures come back in the returned task, converted.</summary>
        private ValueTask StartSend(ReadOnlyMemory<byte> message, bool endOfMessage, CancellationToken cancellationToken)
        {
            WebSocketState state = WebSocket.State;
            if (state != WebSocketState.Open && state != WebSocketState.CloseReceived)
            {
                return new ValueTask(Task.FromException(NotOpen()));
            }

            try
            {
#if NET
                return WebSocket.SendAsync(message, WebSocketMessageType.Text, endOfMessage, cancellationToken);
#else
                if (!MemoryMarshal.TryGetArray(message, out ArraySegment<byte> segment))
                {
                    segment = new ArraySegment<byte>(message.ToArray());
                }

                return new ValueTask(WebSocket.SendAsync(segment, WebSocketMessageType.Text, endOfMessage, cancellationToken));
#endif
            }
            catch (WebSocketException exception)
            {
                return new ValueTask(Task.FromException(ConnectionLostWhileSending(exception)));
            }
        }

        private RealtimeWebSocketException NotOpen()
            => new RealtimeWebSocketException(RealtimeWebSocketError.NotOpen, "The connection is " + WebSocket.State + ": nothing more can be sent.");

        private static RealtimeWebSocketException ConnectionLostWhileSending(WebSocketException exception)
            => new RealtimeWebSocketException(RealtimeWebSocketError.ConnectionLost, "The connection broke while sending: " + exception.Message, null, exception);

        /// <summary>
        /// Receives the next whole message and reads it as <typeparamref name="T"/> with the generated reader, over the pooled
        /// buffers it arrived in. Returns <see langword="null"/> when the peer closed the connection (the close is answered).
        /// One receive at a time.
        /// </summary>
        /// <exception cref="JsonException">The message is not JSON <typeparamref name="T"/> accepts and
        /// <see cref="RealtimeWebSocketOptions.OnInvalidMessage"/> did not skip it; the connection was closed (1007).</exception>
        /// <exception cref="RealtimeWebSocketException">A limit was broken or the connection broke (see <see cref="RealtimeWebSocketException.Error"/>).</exception>
        /// <exception cref="OperationCanceledException">The receive was cancelled; the connection is aborted.</exception>
        public ValueTask<T?> ReceiveAsync<T>(JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
            where T : class
        {
            if (typeInfo is null)
            {
                throw new ArgumentNullException(nameof(typeInfo));
            }

            BeginReceive();
            bool handedOver = false;
            try
            {
#if NET
                // The usual case when events stream in: a whole message already waits, in one frame. It is read with no async
                // state at all; anything else (a pending receive, several frames, a close, a limit, invalid JSON) goes on below.
                WebSocketState state = WebSocket.State;
                if (state == WebSocketState.Open || state == WebSocketState.CloseSent)
                {
                    _receiveBuffer.Reset();
                    int max = _options.MaxMessageSize;
                    ValueTask<ValueWebSocketReceiveResult> pending = WebSocket.ReceiveAsync(_receiveBuffer.GetMemory((int)Math.Min((long)max + 1, int.MaxValue)), cancellationToken);
                    if (pending.IsCompletedSuccessfully)
                    {
                        ValueWebSocketReceiveResult result = pending.Result;
                        if (result.MessageType == WebSocketMessageType.Text && result.EndOfMessage && result.Count <= max)
                        {
                            _receiveBuffer.Advance(result.Count);
                            _lastMessageType = WebSocketMessageType.Text;
                            T? value = null;
                            try
                            {
                                value = RealtimeJson.Read(_receiveBuffer.Sequence, typeInfo);
                            }
                            catch (JsonException)
                            {
                                // Read again below, where invalid messages are handled.
                            }

                            if (value is not null)
                            {
                                return new ValueTask<T?>(value);
                            }

                            _messageBuffered = true;
                        }
                        else
                        {
                            _firstReceive = new ValueTask<ValueWebSocketReceiveResult>(result);
                            _hasFirstReceive = true;
                        }
                    }
                    else
                    {
                        _firstReceive = pending;
                        _hasFirstReceive = true;
                    }
                }
#endif
                handedOver = true;
                return ReceiveSlowAsync(typeInfo, cancellationToken);
            }
            finally
            {
                if (!handedOver)
                {
                    EndReceive();
                }
            }
        }

#if NET
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
#endif
        private async ValueTask<T?> ReceiveSlowAsync<T>(JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
            where T : class
        {
            try
            {
                while (TakeBufferedMessage() || await ReceiveWholeAsync(cancellationToken).ConfigureAwait(false))
                {
                    T? value;
                    try
                    {
                        value = RealtimeJson.Read(_receiveBuffer.Sequence, typeInfo);
                        if (value is null)
                        {
                            throw new JsonException("The message is the JSON null; a " + typeof(T).Name + " was expected.", "$", null, null);
                        }
                    }
                    catch (JsonException exception)
                    {
                        if (_options.OnInvalidMessage?.Invoke(exception) == true)
                        {
                            continue;
                        }

                        await CloseForFailureAsync(WebSocketCloseStatus.InvalidPayloadData, "The message is not valid JSON for the expected type.").ConfigureAwait(false);
                        throw;
                    }

                    return value;
                }

                return null;
            }
            finally
            {
                EndReceive();
            }
        }

        /// <summary>
        /// Receives the next whole message without reading it (for a relay that forwards bytes, or to read it as one of
        /// several types). Returns <see langword="null"/> when the peer closed the connection. The message's bytes stay valid
        /// until the next receive.
        /// </summary>
        /// <exception cref="RealtimeWebSocketException">A limit was broken or the connection broke.</exception>
#if NET
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
#endif
        public async ValueTask<RealtimeMessage?> ReceiveMessageAsync(CancellationToken cancellationToken = default)
        {
            BeginReceive();
            try
            {
                if (!await ReceiveWholeAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                return new RealtimeMessage(_receiveBuffer.Sequence, _lastMessageType);
            }
            finally
            {
                EndReceive();
            }
        }

        /// <summary>
        /// The incoming messages, each read as <typeparamref name="T"/>, until the peer closes the connection (then the sequence
        /// ends). Failures are those of <see cref="ReceiveAsync{T}"/>.
        /// </summary>
        public async IAsyncEnumerable<T> ReadAllAsync<T>(JsonTypeInfo<T> typeInfo, [EnumeratorCancellation] CancellationToken cancellationToken = default)
            where T : class
        {
            while (true)
            {
                T? value = await ReceiveAsync(typeInfo, cancellationToken).ConfigureAwait(false);
                if (value is null)
                {
                    yield break;
                }

                yield return value;
            }
        }

        /// <summary>
        /// Closes the connection with the close handshake, bounded by <see cref="RealtimeWebSocketOptions.CloseTimeout"/> (then it
        /// is aborted). When a receive loop runs beside it, the close frame is sent and the loop ends when the peer's answer
        /// arrives; otherwise this waits for that answer. Does nothing on a connection already closed; a connection that breaks
        /// meanwhile is aborted.
        /// </summary>
        public async ValueTask CloseAsync(WebSocketCloseStatus closeStatus = WebSocketCloseStatus.NormalClosure, string? statusDescription = null, CancellationToken cancellationToken = default)
        {
            await CloseCoreAsync(closeStatus, statusDescription, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Closes the connection (as <see cref="CloseAsync"/>, errors ignored), disposes it unless told to leave it open, and returns the pooled buffers.</summary>
        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1)
            {
                return;
            }

            try
            {
                await CloseCoreAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);

                // A receive loop running beside us reads the peer's answer and ends cleanly; give it the close timeout to.
                DateTime deadline = DateTime.UtcNow + _options.CloseTimeout;
                while (Volatile.Read(ref _receiving) == 1 && WebSocket.State == WebSocketState.CloseSent && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(10).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is WebSocketException || exception is RealtimeWebSocketException || exception is OperationCanceledException || exception is ObjectDisposedException)
            {
                WebSocket.Abort();
            }

            ReleaseBuffers();
        }

        /// <summary>Aborts an open connection without a handshake (prefer <see cref="DisposeAsync"/>), disposes it unless told to leave it open, and returns the pooled buffers.</summary>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1)
            {
                return;
            }

            if (WebSocket.State != WebSocketState.Closed)
            {
                WebSocket.Abort();
            }

            ReleaseBuffers();
        }

        private void ReleaseBuffers()
        {
            if (!_options.LeaveOpen)
            {
                WebSocket.Dispose();
            }

            // A send still in progress fails quickly once the socket is closed or aborted; its buffer goes back after it.
            if (_sendLock.Wait(_options.CloseTimeout))
            {
                _sendBuffer.Release();
            }

            if (Volatile.Read(ref _receiving) == 0)
            {
                ReleaseReceiveBuffer();
            }
        }

        private void ReleaseReceiveBuffer()
        {
            if (Interlocked.Exchange(ref _receiveBufferReleased, 1) == 0)
            {
                _receiveBuffer.Release();
            }
        }

        private void ThrowIfDisposed()
        {
            if (Volatile.Read(ref _disposed) == 1)
            {
                throw new ObjectDisposedException(nameof(RealtimeWebSocket));
            }
        }

        /// <summary>Whether the fast path of <see cref="ReceiveAsync{T}"/> left a whole message in the buffer (once).</summary>
        private bool TakeBufferedMessage()
        {
            bool buffered = _messageBuffered;
            _messageBuffered = false;
            return buffered;
        }

        private void BeginReceive()
        {
            if (Interlocked.Exchange(ref _receiving, 1) == 1)
            {
                throw new InvalidOperationException("A receive is already in progress on this connection: receive from one loop at a time.");
            }

            if (Volatile.Read(ref _disposed) == 1)
            {
                Volatile.Write(ref _receiving, 0);
                ReleaseReceiveBuffer();
                throw new ObjectDisposedException(nameof(RealtimeWebSocket));
            }
        }

        private void EndReceive()
        {
            Interlocked.Exchange(ref _receiving, 0);
            if (Volatile.Read(ref _disposed) == 1)
            {
                ReleaseReceiveBuffer();
            }
        }

        private JsonTypeInfo<T> InMode<T>(JsonTypeInfo<T> typeInfo)
        {
            if (_options.SendWriteMode is not RealtimeJsonWriteMode mode || RealtimeJsonOptions.GetWriteMode(typeInfo.Options) == mode)
            {
                return typeInfo;
            }

            JsonTypeInfo?[] variants = s_modeVariants.GetValue(typeInfo, _ => new JsonTypeInfo?[4]);
            int index = (int)mode & 3;
            if (variants[index] is JsonTypeInfo<T> cached)
            {
                return cached;
            }

            JsonSerializerOptions options = RealtimeJsonOptions.WithWriteMode(typeInfo.Options, mode);
            if (options.TypeInfoResolver is null)
            {
                throw new InvalidOperationException("SendWriteMode needs type info whose options have a resolver (a generated RealtimeJsonContext's have); pass type info of the wanted mode instead, e.g. RealtimeJsonContext.Requests.");
            }

            options.MakeReadOnly();
            var converted = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            variants[index] = converted;
            return converted;
        }

#if NET
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
#endif
        private async ValueTask SendLockedAsync(ReadOnlyMemory<byte> message, bool endOfMessage, CancellationToken cancellationToken)
        {
            try
            {
                await StartSend(message, endOfMessage, cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException exception)
            {
                throw ConnectionLostWhileSending(exception);
            }
        }

        /// <summary>Receives one whole message into the receive buffer; false when the peer closed the connection.</summary>
#if NET
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
#endif
        private async ValueTask<bool> ReceiveWholeAsync(CancellationToken cancellationToken)
        {
#if NET
            // A receive the fast path started into the (reset) buffer comes first.
            bool started = _hasFirstReceive;
            _hasFirstReceive = false;
#else
            const bool started = false;
#endif
            if (!started)
            {
                _receiveBuffer.Reset();
                WebSocketState state = WebSocket.State;
                if (state == WebSocketState.CloseReceived || state == WebSocketState.Closed)
                {
                    return false;
                }
            }

            int max = _options.MaxMessageSize;
            bool first = true;
            while (true)
            {
                Memory<byte> target = _receiveBuffer.GetMemory((int)Math.Min(max - _receiveBuffer.Length + 1, int.MaxValue));
                WebSocketMessageType messageType;
                int count;
                bool endOfMessage;
                try
                {
#if NET
                    ValueTask<ValueWebSocketReceiveResult> receiving = started && first ? _firstReceive : WebSocket.ReceiveAsync(target, cancellationToken);
                    _firstReceive = default;
                    ValueWebSocketReceiveResult result = await receiving.ConfigureAwait(false);
                    (messageType, count, endOfMessage) = (result.MessageType, result.Count, result.EndOfMessage);
#else
                    MemoryMarshal.TryGetArray((ReadOnlyMemory<byte>)target, out ArraySegment<byte> segment);
                    WebSocketReceiveResult result = await WebSocket.ReceiveAsync(segment, cancellationToken).ConfigureAwait(false);
                    (messageType, count, endOfMessage) = (result.MessageType, result.Count, result.EndOfMessage);
#endif
                }
                catch (WebSocketException exception) when (!cancellationToken.IsCancellationRequested)
                {
                    WebSocket.Abort();
                    throw new RealtimeWebSocketException(
                        RealtimeWebSocketError.ConnectionLost,
                        (first ? "The connection broke while waiting for a message: " : "The connection broke in the middle of a message (" + _receiveBuffer.Length + " bytes received): ") + exception.Message,
                        null,
                        exception);
                }

                if (messageType == WebSocketMessageType.Close)
                {
                    await AnswerCloseAsync().ConfigureAwait(false);
                    if (!first)
                    {
                        throw new RealtimeWebSocketException(
                            RealtimeWebSocketError.ClosedMidMessage,
                            "The peer closed the connection in the middle of a message (" + _receiveBuffer.Length + " bytes received; close status " + (WebSocket.CloseStatus?.ToString() ?? "none") + ").");
                    }

                    return false;
                }

                if (first && messageType == WebSocketMessageType.Binary && !_options.AllowBinaryMessages)
                {
                    await CloseForFailureAsync(WebSocketCloseStatus.InvalidMessageType, "Only text messages are accepted.").ConfigureAwait(false);
                    throw new RealtimeWebSocketException(RealtimeWebSocketError.BinaryMessage, "A binary message arrived where a text (JSON) message was expected; the connection was closed.", WebSocketCloseStatus.InvalidMessageType);
                }

                _lastMessageType = messageType;
                first = false;
                _receiveBuffer.Advance(count);
                if (_receiveBuffer.Length > max)
                {
                    await CloseForFailureAsync(WebSocketCloseStatus.MessageTooBig, "The message is larger than " + max + " bytes.").ConfigureAwait(false);
                    throw new RealtimeWebSocketException(RealtimeWebSocketError.MessageTooLarge, "A message is larger than the limit of " + max + " bytes (RealtimeWebSocketOptions.MaxMessageSize); the connection was closed.", WebSocketCloseStatus.MessageTooBig);
                }

                if (endOfMessage)
                {
                    return true;
                }
            }
        }

        /// <summary>The peer sent its close frame: answer it with the same status, so the handshake completes.</summary>
        private async ValueTask AnswerCloseAsync()
        {
            if (WebSocket.State != WebSocketState.CloseReceived)
            {
                return;
            }

            using var timeout = new CancellationTokenSource(_options.CloseTimeout);
            try
            {
                await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
                try
                {
                    if (WebSocket.State == WebSocketState.CloseReceived)
                    {
                        await WebSocket.CloseOutputAsync(WebSocket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, WebSocket.CloseStatusDescription, timeout.Token).ConfigureAwait(false);
                    }
                }
                finally
                {
                    _sendLock.Release();
                }
            }
            catch (Exception exception) when (exception is WebSocketException || exception is OperationCanceledException)
            {
                WebSocket.Abort();
            }
        }

        /// <summary>
        /// Closes after a broken limit or an invalid message; never throws. Sends the close frame, then reads and drops what the
        /// peer still sends until its answer, but at most <see cref="DrainLimit"/> bytes and the close timeout: a peer that
        /// floods is cut off (aborted) rather than read to its end.
        /// </summary>
        private async ValueTask CloseForFailureAsync(WebSocketCloseStatus status, string description)
        {
            using var timeout = new CancellationTokenSource(_options.CloseTimeout);
            try
            {
                await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
                try
                {
                    if (WebSocket.State == WebSocketState.Open || WebSocket.State == WebSocketState.CloseReceived)
                    {
                        await WebSocket.CloseOutputAsync(status, description, timeout.Token).ConfigureAwait(false);
                    }
                }
                finally
                {
                    _sendLock.Release();
                }

                long left = DrainLimit;
                Memory<byte> scratch = _receiveBuffer.Scratch;
                while (WebSocket.State == WebSocketState.CloseSent && left > 0)
                {
#if NET
                    left -= (await WebSocket.ReceiveAsync(scratch, timeout.Token).ConfigureAwait(false)).Count;
#else
                    MemoryMarshal.TryGetArray((ReadOnlyMemory<byte>)scratch, out ArraySegment<byte> segment);
                    left -= (await WebSocket.ReceiveAsync(segment, timeout.Token).ConfigureAwait(false)).Count;
#endif
                }
            }
            catch (Exception exception) when (exception is WebSocketException || exception is OperationCanceledException || exception is ObjectDisposedException)
            {
            }

            if (WebSocket.State != WebSocketState.Closed)
            {
                WebSocket.Abort();
            }
        }

        private async ValueTask CloseCoreAsync(WebSocketCloseStatus status, string? description, CancellationToken cancellationToken)
        {
            WebSocketState state = WebSocket.State;
            if (state != WebSocketState.Open && state != WebSocketState.CloseReceived && state != WebSocketState.Connecting)
            {
                return;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.CloseTimeout);
            try
            {
                await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
                try
                {
                    state = WebSocket.State;
                    if (state == WebSocketState.Open && Volatile.Read(ref _receiving) == 1)
                    {
                        // A receive loop runs beside us: it reads the peer's answer and ends.
                        await WebSocket.CloseOutputAsync(status, description, timeout.Token).ConfigureAwait(false);
                    }
                    else if (state == WebSocketState.Open || state == WebSocketState.CloseReceived)
                    {
                        await WebSocket.CloseAsync(status, description, timeout.Token).ConfigureAwait(false);
                    }
                }
                finally
                {
                    _sendLock.Release();
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                WebSocket.Abort();
            }
            catch (WebSocketException)
            {
                // The connection broke on the way out: there is nothing left to close.
                WebSocket.Abort();
            }
        }
    }
}

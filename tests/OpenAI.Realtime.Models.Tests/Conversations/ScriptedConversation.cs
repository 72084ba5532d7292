using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenAI.Realtime.Serialization;
using OpenAI.Realtime.WebSockets;
using Xunit.Sdk;

namespace OpenAI.Realtime.Models.Tests.Conversations;

/// <summary>
/// The client's side of the scripted conversation: update the session, speak (append audio, commit), ask for a response,
/// answer its function call, read the spoken answer. Every server event is read through the generated types.
/// </summary>
internal static class ScriptedConversation
{
    public const string FunctionResult = """{"city":"Lisbon","temperature":21,"unit":"celsius","conditions":"sunny"}""";

    /// <summary>Holds the conversation on a <see cref="RealtimeWebSocket"/>.</summary>
    public static Task<Transcript> HoldAsync(RealtimeWebSocket socket, CancellationToken cancellationToken)
        => HoldAsync(
            clientEvent => socket.SendAsync(clientEvent, RealtimeJsonContext.Default.RealtimeClientEvent, cancellationToken).AsTask(),
            async () => (await socket.ReceiveMessageAsync(cancellationToken))?.ToArray());

    /// <summary>Holds the conversation over any transport: a send, and a receive of one whole message (null at the close).</summary>
    public static async Task<Transcript> HoldAsync(Func<RealtimeClientEvent, Task> send, Func<Task<byte[]?>> receive)
    {
        var transcript = new Transcript();
        async Task<RealtimeServerEvent> NextAsync()
        {
            byte[] message = await receive() ?? throw new XunitException("The server closed the connection after " + transcript.EventTypes.Count + " events.");
            transcript.Messages.Add(message);
            RealtimeServerEvent serverEvent = RealtimeJson.Read(message, RealtimeJsonContext.Default.RealtimeServerEvent);
            transcript.EventTypes.Add(serverEvent.Type!);
            return serverEvent is RealtimeServerEventError error ? throw new XunitException("The server refused an event: " + error.Error.Message) : serverEvent;
        }

        Task SendAsync(RealtimeClientEvent clientEvent) => send(clientEvent);

        transcript.SessionId = Assert.IsType<RealtimeServerEventSessionCreated>(await NextAsync()).Session is RealtimeSessionCreateResponseGA created ? created.Id : null;
        await SendAsync(Loopback.SessionUpdate());
        var updated = Assert.IsType<RealtimeServerEventSessionUpdated>(await NextAsync());
        transcript.Tools = ((RealtimeSessionCreateResponseGA)updated.Session).Tools?.Count ?? 0;

        for (int chunk = 0; chunk < 3; chunk++)
        {
            await SendAsync(Loopback.Audio(2400));
        }

        await SendAsync(new RealtimeClientEventInputAudioBufferCommit());
        RealtimeServerEvent userTurn;
        while ((userTurn = await NextAsync()) is not RealtimeServerEventConversationItemInputAudioTranscriptionCompleted)
        {
        }

        transcript.User = ((RealtimeServerEventConversationItemInputAudioTranscriptionCompleted)userTurn).Transcript;
        await SendAsync(new RealtimeClientEventResponseCreate());
        RealtimeServerEventResponseFunctionCallArgumentsDone? call = null;
        while (await NextAsync() is var serverEvent && serverEvent is not RealtimeServerEventResponseDone)
        {
            call = serverEvent as RealtimeServerEventResponseFunctionCallArgumentsDone ?? call;
        }

        Assert.NotNull(call);
        transcript.FunctionCall = $"{call.Name}({call.Arguments}) [call {call.CallId}]";
        Assert.IsType<RealtimeServerEventRateLimitsUpdated>(await NextAsync());

        await SendAsync(new RealtimeClientEventConversationItemCreate { Item = new RealtimeConversationItemFunctionCallOutput { CallId = call.CallId, Output = FunctionResult } });
        await SendAsync(new RealtimeClientEventResponseCreate());
        var assistant = new StringBuilder();
        RealtimeServerEvent next;
        while ((next = await NextAsync()) is not RealtimeServerEventResponseDone)
        {
            switch (next)
            {
                case RealtimeServerEventResponseAudioTranscriptDelta delta:
                    assistant.Append(delta.Delta);
                    break;
                case RealtimeServerEventResponseAudioDelta audio:
                    transcript.AudioBytes += audio.GetDeltaBytes()?.Length ?? 0;
                    break;
                case UnknownRealtimeServerEvent unknown:
                    transcript.Unknown.Add(unknown.Type!);
                    break;
            }
        }

        transcript.Assistant = assistant.ToString();
        transcript.TotalTokens = ((RealtimeServerEventResponseDone)next).Response.Usage?.TotalTokens;
        Assert.IsType<RealtimeServerEventRateLimitsUpdated>(await NextAsync());
        return transcript;
    }

    internal sealed class Transcript
    {
        public List<string> EventTypes { get; } = [];

        /// <summary>Every message received, byte for byte.</summary>
        public List<byte[]> Messages { get; } = [];

        public List<string> Unknown { get; } = [];

        public string? SessionId { get; set; }

        public int Tools { get; set; }

        public string? User { get; set; }

        public string? FunctionCall { get; set; }

        public string? Assistant { get; set; }

        public int AudioBytes { get; set; }

        public long? TotalTokens { get; set; }
    }
}

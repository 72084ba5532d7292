using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenAI.Realtime;
using OpenAI.Realtime.Loopback;
using OpenAI.Realtime.Serialization;
using OpenAI.Realtime.WebSockets;

// A Realtime conversation over a real WebSocket: by default with the loopback server (Kestrel on 127.0.0.1, in this
// process), which plays a recorded GA session in reply to what we send; with --live and OPENAI_API_KEY, with OpenAI.
bool live = args.Contains("--live");
await using LoopbackRealtimeServer? server = live ? null : await LoopbackRealtimeServer.StartAsync(new() { ScriptFile = Path.Combine(AppContext.BaseDirectory, "Data", "session.jsonl") });
RealtimeConnectOptions connect = server is null
    ? new() { Model = "gpt-realtime", Credential = RealtimeCredential.ApiKey(Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new InvalidOperationException("--live needs OPENAI_API_KEY")) }
    : new() { Endpoint = server.Endpoint, Model = "gpt-realtime", Credential = RealtimeCredential.ApiKey(server.ApiKey) };

using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(live ? 120 : 30));
await using RealtimeWebSocket socket = await RealtimeWebSocket.ConnectAsync(connect, timeout.Token);
Console.WriteLine($"== connected to {connect.Endpoint} ({(live ? "OpenAI" : "loopback server")})");

// A typed session update: only the members set here are sent (client events go out in request mode).
var update = new RealtimeClientEventSessionUpdate
{
    Session = new RealtimeSessionCreateRequestGA
    {
        Instructions = "You are a friendly voice assistant for a travel app. Keep answers short.",
        OutputModalities = [RealtimeSessionCreateRequestGAOutputModalitiesItem.Audio],
        Audio = new RealtimeSessionCreateRequestGAAudio
        {
            Input = new RealtimeSessionCreateRequestGAAudioInput
            {
                Format = new RealtimeAudioFormatsAudioPcm { Rate = 24000 },
                Transcription = new AudioTranscription { Model = "gpt-4o-mini-transcribe" },
                TurnDetection = null, // no voice activity detection: this client commits its turn itself
            },
            Output = new RealtimeSessionCreateRequestGAAudioOutput { Voice = VoiceIdsShared.Marin },
        },
        Tools =
        [
            new RealtimeFunctionTool
            {
                Name = "get_weather",
                Description = "Current weather for a city.",
                Parameters = JsonDocument.Parse("""{"type":"object","properties":{"city":{"type":"string"},"unit":{"type":"string","enum":["celsius","fahrenheit"]}},"required":["city"]}""").RootElement,
            },
        ],
        ToolChoice = ToolChoiceOptions.Auto,
    },
};
Console.WriteLine("session.update: " + JsonSerializer.Serialize(update, RealtimeJsonContext.Requests.RealtimeClientEventSessionUpdate));
await Send(update);

// The user's turn. There is no microphone here: the loopback server takes a tone as speech (its recording says what was
// heard); OpenAI gets the question as text.
if (live)
{
    await Send(new RealtimeClientEventConversationItemCreate { Item = new RealtimeConversationItemMessageUser { Content = [new RealtimeConversationItemMessageUserContentItem { Type = RealtimeConversationItemMessageUserContentItemType.InputText, Text = "What's the weather like in Lisbon today?" }] } });
}
else
{
    for (int chunk = 0; chunk < 3; chunk++)
    {
        var append = new RealtimeClientEventInputAudioBufferAppend();
        append.SetAudioBytes(Tone(samples: 2400, hertz: 440 + (chunk * 110)));
        await Send(append);
    }

    await Send(new RealtimeClientEventInputAudioBufferCommit());
}

await Send(new RealtimeClientEventResponseCreate());

// The receive loop: each message read whole from pooled buffers straight into the generated types.
bool speaking = false;
var unknown = new List<string>();
await foreach (RealtimeServerEvent serverEvent in socket.ReadAllAsync(RealtimeJsonContext.Default.RealtimeServerEvent, timeout.Token))
{
    switch (serverEvent)
    {
        case RealtimeServerEventSessionUpdated { Session: RealtimeSessionCreateResponseGA session }:
            Console.WriteLine($"session {session.Id} on {session.Model}: voice {session.Audio?.Output?.Voice}, {session.Tools?.Count ?? 0} tool(s)");
            break;
        case RealtimeServerEventConversationItemInputAudioTranscriptionCompleted heard:
            Console.WriteLine("user: " + heard.Transcript);
            break;
        case RealtimeServerEventResponseAudioTranscriptDelta delta:
            Console.Write((speaking ? string.Empty : "assistant: ") + delta.Delta); // as it streams
            speaking = true;
            break;
        case RealtimeServerEventResponseFunctionCallArgumentsDone call:
            string answer = GetWeather(call.Arguments);
            Console.WriteLine($"function call: {call.Name}({call.Arguments}) -> {answer}");
            await Send(new RealtimeClientEventConversationItemCreate { Item = new RealtimeConversationItemFunctionCallOutput { CallId = call.CallId, Output = answer } });
            await Send(new RealtimeClientEventResponseCreate());
            break;
        case RealtimeServerEventResponseDone { Response: var response }:
            // Transcript and FunctionCalls are the sample's own members of the generated partial class (Extensions/).
            Console.WriteLine((speaking ? "\n" : string.Empty) + $"response {response.Status}: {response.FunctionCalls.Count()} function call(s){(response.Transcript.Length > 0 ? $", transcript \"{response.Transcript}\"" : string.Empty)}");
            Console.WriteLine($"  usage: {response.Usage?.TotalTokens} tokens = {response.Usage?.InputTokens} in ({response.Usage?.InputTokenDetails?.CachedTokens} cached) + {response.Usage?.OutputTokens} out");
            speaking = false;
            break;
        case RealtimeServerEventError error:
            Console.WriteLine("error: " + error.Error.Message);
            break;
        case UnknownRealtimeServerEvent newer:
            unknown.Add(newer.Type!); // an event type this spec does not know: kept as JSON, never fatal
            break;
    }

    if (serverEvent is RealtimeServerEventResponseDone { Response.Output: var output } && !output!.OfType<RealtimeConversationItemFunctionCall>().Any() || serverEvent is RealtimeServerEventError)
    {
        break; // the answer is complete
    }
}

await socket.CloseAsync(cancellationToken: timeout.Token);
Console.WriteLine($"== closed: {socket.WebSocket.CloseStatus}; events this spec does not know, kept as JSON: {string.Join(", ", unknown)}");

ValueTask Send(RealtimeClientEvent clientEvent) => socket.SendAsync(clientEvent, RealtimeJsonContext.Default.RealtimeClientEvent, timeout.Token);

static string GetWeather(string arguments)
{
    using JsonDocument query = JsonDocument.Parse(arguments);
    string city = query.RootElement.GetProperty("city").GetString()!;
    return JsonSerializer.Serialize(new { city, temperature = 21, unit = "celsius", conditions = "sunny" });
}

static byte[] Tone(int samples, int hertz)
{
    var pcm = new byte[samples * 2]; // 16-bit little-endian PCM at 24 kHz
    for (int i = 0; i < samples; i++)
    {
        short sample = (short)(Math.Sin(i * 2 * Math.PI * hertz / 24000) * 6000);
        pcm[2 * i] = (byte)sample;
        pcm[(2 * i) + 1] = (byte)(sample >> 8);
    }

    return pcm;
}

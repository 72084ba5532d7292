using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using OpenAI.Realtime;
using OpenAI.Realtime.Sample;
using OpenAI.Realtime.Serialization;

// Reads two recorded GA server events into the generated types, prints what they say, then builds a session update
// with typed values and prints the JSON a client would send.
string data = Path.Combine(AppContext.BaseDirectory, "Data");

var done = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(data, "response.done.json")), RealtimeJsonContext.Default.RealtimeServerEventResponseDone)!;
RealtimeResponse response = done.Response;
Console.WriteLine("== response.done");
Console.WriteLine($"response {response.Id}: {response.Status}, output modalities {string.Join("+", response.OutputModalities ?? [])}, max output tokens {(response.MaxOutputTokens?.IsInf == true ? "inf" : response.MaxOutputTokens?.Integer?.ToString())}");
foreach (RealtimeConversationItem item in response.Output ?? [])
{
    string line = item switch
    {
        RealtimeConversationItemMessageAssistant message => $"assistant message ({message.Content.Count} part(s))",
        RealtimeConversationItemFunctionCall call => $"function call {call.Name}({call.Arguments}) [call {call.CallId}]",
        UnknownRealtimeConversationItem unknown => $"an item of a kind this spec does not know: {unknown.Type}",
        _ => item.Type ?? "item",
    };
    Console.WriteLine("  output: " + line);
}

Console.WriteLine($"  transcript: \"{response.Transcript}\"");
if (response.Usage is { } usage)
{
    Console.WriteLine($"  usage: {usage.TotalTokens} tokens = {usage.InputTokens} in ({usage.InputTokenDetails?.CachedTokens} cached, {usage.InputTokenDetails?.AudioTokens} audio) + {usage.OutputTokens} out ({usage.OutputTokenDetails?.AudioTokens} audio)");
}

var created = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(data, "session.created.json")), RealtimeJsonContext.Default.RealtimeServerEventSessionCreated)!;
Console.WriteLine();
Console.WriteLine("== session.created");
if (created.Session is RealtimeSessionCreateResponseGA session)
{
    var turnDetection = session.Audio?.Input?.TurnDetection as RealtimeTurnDetectionServerVad;
    Console.WriteLine($"session {session.Id} on {session.Model}, voice {session.Audio?.Output?.Voice}, expires {DateTimeOffset.FromUnixTimeSeconds(session.ExpiresAt ?? 0):u}");
    Console.WriteLine($"  turn detection: {session.Audio?.Input?.TurnDetection?.Type} (threshold {turnDetection?.Threshold}, silence {turnDetection?.SilenceDurationMs} ms)");
    Console.WriteLine($"  tracing set to null explicitly: {session.IsSet(nameof(session.Tracing)) && session.Tracing is null}");
}

// A session update built in C#: only the members set here are sent. Defaults are never filled in for you, so an
// update does not overwrite server state you did not touch.
var update = new RealtimeClientEventSessionUpdate
{
    Session = new RealtimeSessionCreateRequestGA
    {
        Instructions = "Answer in one sentence. Speak warmly.",
        OutputModalities = [RealtimeSessionCreateRequestGAOutputModalitiesItem.Audio],
        Audio = new RealtimeSessionCreateRequestGAAudio
        {
            Input = new RealtimeSessionCreateRequestGAAudioInput
            {
                Format = new RealtimeAudioFormatsAudioPcm { Rate = 24000 },
                TurnDetection = new RealtimeTurnDetectionSemanticVad { Eagerness = RealtimeTurnDetectionSemanticVadEagerness.Low },
            },
            Output = new RealtimeSessionCreateRequestGAAudioOutput { Voice = VoiceIdsShared.Cedar, Speed = 1.1 },
        },
        Tools =
        [
            new RealtimeFunctionTool
            {
                Name = "get_weather",
                Description = "Current weather for a city.",
                Parameters = JsonDocument.Parse("""{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""").RootElement,
            },
        ],
        ToolChoice = ToolChoiceOptions.Auto,
        MaxOutputTokens = 1024,
    },
};

Console.WriteLine();
Console.WriteLine("== session.update to send");
// Request mode leaves out what only the server sets (ids, expiry) and members kept from the wire that the spec does not know.
var requestJson = new RealtimeJsonContext(RealtimeJsonOptions.Create(null, RealtimeJsonWriteMode.Request, writeIndented: true));
Console.WriteLine(JsonSerializer.Serialize(update, requestJson.RealtimeClientEventSessionUpdate));
var problems = update.Validate();
Console.WriteLine(problems.Count == 0 ? "valid: no constraint of the spec is broken" : "invalid: " + string.Join("; ", problems));

// A recorded GA session, one server event per line as they arrive on the WebSocket: each message is read from its
// UTF-8 bytes (no string in between) and dispatched to a visitor.
Console.WriteLine();
Console.WriteLine("== replaying a recorded session (Data/session.jsonl)");
ReadOnlyMemory<byte> recording = File.ReadAllBytes(Path.Combine(data, "session.jsonl"));
var summary = new SessionSummary();
int events = 0;
while (!recording.IsEmpty)
{
    int end = recording.Span.IndexOf((byte)'\n');
    ReadOnlyMemory<byte> message = end < 0 ? recording : recording[..end];
    recording = end < 0 ? ReadOnlyMemory<byte>.Empty : recording[(end + 1)..];
    if (!message.IsEmpty)
    {
        summary.Visit(RealtimeJson.Read(message.Span, RealtimeJsonContext.Default.RealtimeServerEvent));
        events++;
    }
}

Console.WriteLine($"{events} events on {summary.Model}; {summary.Turns.Count} turns:");
summary.Turns.ForEach(turn => Console.WriteLine("  " + turn));
summary.FunctionCalls.ForEach(call => Console.WriteLine("  function call: " + call));
Console.WriteLine($"  {summary.AudioBytes} bytes of audio; {summary.TotalTokens} tokens ({summary.CachedTokens} cached input)");
Console.WriteLine($"  events this spec does not know, kept as JSON: {string.Join(", ", summary.UnknownEvents)}");

// Client events, written straight into a buffer (as a WebSocket send takes them) in request mode.
Console.WriteLine();
Console.WriteLine("== client events to send");
var buffer = new ArrayBufferWriter<byte>();
var audio = new RealtimeClientEventInputAudioBufferAppend();
audio.SetAudioBytes(new byte[] { 0x00, 0x01, 0xFE, 0xFF });
RealtimeClientEvent[] outgoing =
[
    audio,
    new RealtimeClientEventInputAudioBufferCommit(),
    new RealtimeClientEventConversationItemCreate
    {
        Item = new RealtimeConversationItemFunctionCallOutput { CallId = "call_Xk2Lm9Qp4Rs7", Output = "{\"temperature\":21,\"conditions\":\"sunny\"}" },
    },
    new RealtimeClientEventResponseCreate { Response = new RealtimeResponseCreateParams { Instructions = "Answer briefly.", MaxOutputTokens = 200 } },
    new RealtimeClientEventResponseCancel(),
];
foreach (RealtimeClientEvent clientEvent in outgoing)
{
    buffer.ResetWrittenCount();
    RealtimeJson.Write(buffer, clientEvent, RealtimeJsonContext.Requests.RealtimeClientEvent);
    Console.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
}

using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenAI.Realtime.Loopback;
using OpenAI.Realtime.WebSockets;

namespace OpenAI.Realtime.Models.Tests.Conversations;

/// <summary>What the WebSocket tests share: the recorded script, the server, a connection, a session update, a time bound.</summary>
internal static class Loopback
{
    public static string ScriptFile => Path.Combine(AppContext.BaseDirectory, "SampleData", "session.jsonl");

    /// <summary>Every test finishes well within this, or fails by cancellation instead of hanging CI.</summary>
    public static CancellationTokenSource Timeout(int seconds = 20) => new(TimeSpan.FromSeconds(seconds));

    public static Task<LoopbackRealtimeServer> StartAsync(int? frameSize = null, Func<System.Net.WebSockets.WebSocket, LoopbackConnection, CancellationToken, Task>? handler = null)
        => LoopbackRealtimeServer.StartAsync(new LoopbackRealtimeServerOptions { ScriptFile = ScriptFile, FrameSize = frameSize, Handler = handler });

    public static RealtimeConnectOptions ConnectOptions(LoopbackRealtimeServer server, RealtimeWebSocketOptions? socketOptions = null)
    {
        var options = new RealtimeConnectOptions { Endpoint = server.Endpoint, Model = "gpt-realtime", Credential = RealtimeCredential.ApiKey(server.ApiKey) };
        if (socketOptions is not null)
        {
            options.WebSocketOptions = socketOptions;
        }

        return options;
    }

    public static Task<RealtimeWebSocket> ConnectAsync(LoopbackRealtimeServer server, CancellationToken cancellationToken, RealtimeWebSocketOptions? socketOptions = null)
        => RealtimeWebSocket.ConnectAsync(ConnectOptions(server, socketOptions), cancellationToken);

    /// <summary>A typed session update: instructions, a function tool, semantic VAD, PCM audio, a voice.</summary>
    public static RealtimeClientEventSessionUpdate SessionUpdate() => new()
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
                    TurnDetection = new RealtimeTurnDetectionSemanticVad { Eagerness = RealtimeTurnDetectionSemanticVadEagerness.Auto },
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

    public static RealtimeClientEventInputAudioBufferAppend Audio(int samples)
    {
        var append = new RealtimeClientEventInputAudioBufferAppend();
        var pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++)
        {
            short sample = (short)(Math.Sin(i * 2 * Math.PI * 440 / 24000) * 8000);
            pcm[2 * i] = (byte)sample;
            pcm[(2 * i) + 1] = (byte)(sample >> 8);
        }

        append.SetAudioBytes(pcm);
        return append;
    }
}

using System;
using System.IO;
using OpenAI.Realtime.Gen.Tests.Infrastructure;
using OpenAI.Realtime.Gen.Tests.Packaging;

namespace OpenAI.Realtime.Gen.Tests.Samples;

/// <summary>
/// The README's first command: <c>dotnet run --project samples/OpenAI.Realtime.Sample</c> holds the scripted conversation with
/// the in-process loopback server over a real socket on 127.0.0.1 and prints it.
/// </summary>
[Collection(DotnetCliCollection.Name)]
public class ConsoleSampleTests
{
    private static readonly string[] ExpectedAfterTheConnection =
    {
        """session.update: {"type":"session.update","session":{"type":"realtime","output_modalities":["audio"],"instructions":"You are a friendly voice assistant for a travel app. Keep answers short.","audio":{"input":{"format":{"type":"audio/pcm","rate":24000},"transcription":{"model":"gpt-4o-mini-transcribe"},"turn_detection":null},"output":{"voice":"marin"}},"tools":[{"type":"function","name":"get_weather","description":"Current weather for a city.","parameters":{"type":"object","properties":{"city":{"type":"string"},"unit":{"type":"string","enum":["celsius","fahrenheit"]}},"required":["city"]}}],"tool_choice":"auto"}}""",
        "session sess_DnQ4r8tPzV2cK1wXh7Lm0 on gpt-realtime-2025-08-28: voice marin, 1 tool(s)",
        "user: What's the weather like in Lisbon today?",
        """function call: get_weather({"city":"Lisbon","unit":"celsius"}) -> {"city":"Lisbon","temperature":21,"unit":"celsius","conditions":"sunny"}""",
        "response completed: 1 function call(s)",
        "  usage: 512 tokens = 489 in (320 cached) + 23 out",
        "assistant: It's 21 degrees and sunny in Lisbon today, perfect for a walk.",
        "response completed: 0 function call(s), transcript \"It's 21 degrees and sunny in Lisbon today, perfect for a walk.\"",
        "  usage: 701 tokens = 548 in (512 cached) + 153 out",
        "== closed: NormalClosure; events this spec does not know, kept as JSON: response.output_audio.timing",
    };

    [Fact]
    public void TheSampleHoldsTheConversationWithTheLoopbackServer()
    {
        string project = Path.Combine(TestPaths.RepositoryRoot, "samples", "OpenAI.Realtime.Sample");
        DotnetCli.Run("dotnet", "build -nodeReuse:false -p:UseSharedCompilation=false", project, timeoutSeconds: 900).AssertSuccess("dotnet build of the sample");
        DotnetCli.Result run = DotnetCli.Run("dotnet", "run --no-build", project, timeoutSeconds: 120).AssertSuccess("dotnet run of the sample");

        string[] lines = run.Output.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^== connected to ws://127\.0\.0\.1:\d+/v1/realtime \(loopback server\)$", lines[0]);
        Assert.Equal(ExpectedAfterTheConnection, lines[1..]);
    }
}

using System.Collections.Generic;
using System.Text;
using OpenAI.Realtime;

namespace OpenAI.Realtime.Sample;

/// <summary>
/// A receive loop's handler: one method per server event it cares about; everything else, including events this version
/// of the spec does not know, goes to <see cref="OnOther"/>.
/// </summary>
internal sealed class SessionSummary : RealtimeServerEventVisitor<bool>
{
    private readonly StringBuilder _assistant = new();

    public List<string> Turns { get; } = [];

    public List<string> FunctionCalls { get; } = [];

    public List<string> UnknownEvents { get; } = [];

    public int AudioBytes { get; private set; }

    public long TotalTokens { get; private set; }

    public long CachedTokens { get; private set; }

    public string? Model { get; private set; }

    protected override bool OnSessionUpdated(RealtimeServerEventSessionUpdated value)
    {
        Model = (value.Session as RealtimeSessionCreateResponseGA)?.Model?.ToString();
        return true;
    }

    protected override bool OnConversationItemInputAudioTranscriptionCompleted(RealtimeServerEventConversationItemInputAudioTranscriptionCompleted value)
    {
        Turns.Add("user: " + value.Transcript);
        return true;
    }

    protected override bool OnResponseAudioTranscriptDelta(RealtimeServerEventResponseAudioTranscriptDelta value)
    {
        _assistant.Append(value.Delta);
        return true;
    }

    protected override bool OnResponseAudioDelta(RealtimeServerEventResponseAudioDelta value)
    {
        AudioBytes += value.GetDeltaBytes()?.Length ?? 0;
        return true;
    }

    protected override bool OnResponseFunctionCallArgumentsDone(RealtimeServerEventResponseFunctionCallArgumentsDone value)
    {
        FunctionCalls.Add($"{value.Name}({value.Arguments}) [call {value.CallId}]");
        return true;
    }

    protected override bool OnResponseDone(RealtimeServerEventResponseDone value)
    {
        if (_assistant.Length > 0)
        {
            Turns.Add("assistant: " + _assistant);
            _assistant.Clear();
        }

        TotalTokens += value.Response.Usage?.TotalTokens ?? 0;
        CachedTokens += value.Response.Usage?.InputTokenDetails?.CachedTokens ?? 0;
        return true;
    }

    protected override bool OnUnknown(UnknownRealtimeServerEvent value)
    {
        UnknownEvents.Add(value.Type ?? "(no type)");
        return false;
    }

    protected override bool OnOther(RealtimeServerEvent value) => false;
}

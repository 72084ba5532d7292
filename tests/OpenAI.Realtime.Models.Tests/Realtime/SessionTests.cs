using System.IO;
using System.Text.Json;
using OpenAI.Realtime.Serialization;
using static OpenAI.Realtime.Models.Tests.Realtime.Json;

namespace OpenAI.Realtime.Models.Tests.Realtime;

/// <summary>Sessions: the GA shapes read from the server and the updates a client sends.</summary>
public class SessionTests
{
    private static readonly RealtimeJsonContext Context = RealtimeJsonContext.Default;

    [Fact]
    public void RecordedSessionCreatedRoundTripsAndReadsTyped()
    {
        string json = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "SampleData", "session.created.json"));
        var created = RoundTrip(json, Context.RealtimeServerEventSessionCreated);
        var session = Assert.IsType<RealtimeSessionCreateResponseGA>(created.Session);
        Assert.Equal("sess_CmXpyQ8a3Hn6Lw1Tr5Ebg", session.Id);
        Assert.Equal(RealtimeSessionCreateResponseGAModel.GptRealtime20250828, session.Model);
        Assert.Equal(1763705415L, session.ExpiresAt);
        var vad = Assert.IsType<RealtimeTurnDetectionServerVad>(session.Audio!.Input!.TurnDetection);
        Assert.Equal(0.5, vad.Threshold);
        Assert.True(vad.IsSet(nameof(vad.IdleTimeoutMs)));
        Assert.Null(vad.IdleTimeoutMs);
        Assert.True(session.ToolChoice!.IsToolChoiceOptions);
        Assert.Equal(ToolChoiceOptions.Auto, session.ToolChoice.ToolChoiceOptions);
        Assert.True(session.Truncation!.IsString);
        Assert.Equal(RealtimeTruncationString.Auto, session.Truncation.String);
        Assert.Empty(session.Tools!);
    }

    [Fact]
    public void TurnDetectionNullTurnsVoiceActivityDetectionOffAndAbsentLeavesItAlone()
    {
        var input = new RealtimeSessionCreateRequestGAAudioInput();
        AssertSame("{}", Write(input, Context.RealtimeSessionCreateRequestGAAudioInput));

        input.TurnDetection = null;
        AssertSame(Q("{'turn_detection':null}"), Write(input, Context.RealtimeSessionCreateRequestGAAudioInput));

        input.TurnDetection = new RealtimeTurnDetectionServerVad { SilenceDurationMs = 500 };
        AssertSame(Q("{'turn_detection':{'type':'server_vad','silence_duration_ms':500}}"), Write(input, Context.RealtimeSessionCreateRequestGAAudioInput));

        // Read back, an explicit null stays explicit and an absent member stays absent.
        var withNull = RoundTrip(Q("{'turn_detection':null}"), Context.RealtimeSessionCreateRequestGAAudioInput);
        Assert.True(withNull.IsSet(nameof(withNull.TurnDetection)));
        var without = RoundTrip("{}", Context.RealtimeSessionCreateRequestGAAudioInput);
        Assert.False(without.IsSet(nameof(without.TurnDetection)));
    }

    [Fact]
    public void TracingIsAutoOrAConfigurationOrNull()
    {
        var auto = RoundTrip(Q("{'type':'realtime','tracing':'auto'}"), Context.RealtimeSessionCreateRequestGA);
        Assert.True(auto.Tracing!.IsAuto);
        var configured = RoundTrip(Q("{'type':'realtime','tracing':{'workflow_name':'support','group_id':'g1','metadata':{'tier':'gold'}}}"), Context.RealtimeSessionCreateRequestGA);
        Assert.Equal("support", configured.Tracing!.Object!.WorkflowName);
        var off = RoundTrip(Q("{'type':'realtime','tracing':null}"), Context.RealtimeSessionCreateRequestGA);
        Assert.Null(off.Tracing);
        Assert.True(off.IsSet(nameof(off.Tracing)));

        var built = new RealtimeSessionCreateRequestGA { Tracing = RealtimeSessionCreateRequestGATracing.Auto };
        AssertSame(Q("{'type':'realtime','tracing':'auto'}"), Write(built, Context.RealtimeSessionCreateRequestGA));
    }

    [Fact]
    public void ToolChoiceIsAModeOrAFunctionOrAnMcpTool()
    {
        var mode = RoundTrip(Q("{'type':'realtime','tool_choice':'required'}"), Context.RealtimeSessionCreateRequestGA);
        Assert.Equal(ToolChoiceOptions.Required, mode.ToolChoice!.ToolChoiceOptions);
        var function = RoundTrip(Q("{'type':'realtime','tool_choice':{'name':'get_weather','type':'function'}}"), Context.RealtimeSessionCreateRequestGA);
        Assert.Equal("get_weather", function.ToolChoice!.ToolChoiceFunction!.Name);
        var mcp = RoundTrip(Q("{'type':'realtime','tool_choice':{'type':'mcp','server_label':'docs','name':null}}"), Context.RealtimeSessionCreateRequestGA);
        Assert.Equal("docs", mcp.ToolChoice!.ToolChoiceMCP!.ServerLabel);
        var future = RoundTrip(Q("{'type':'realtime','tool_choice':{'type':'web_search'}}"), Context.RealtimeSessionCreateRequestGA);
        Assert.True(future.ToolChoice!.IsUnknown);

        var built = new RealtimeSessionCreateRequestGA { ToolChoice = "none" };
        AssertSame(Q("{'type':'realtime','tool_choice':'none'}"), Write(built, Context.RealtimeSessionCreateRequestGA));
        built.ToolChoice = new ToolChoiceFunction { Name = "lookup" };
        AssertSame(Q("{'type':'realtime','tool_choice':{'type':'function','name':'lookup'}}"), Write(built, Context.RealtimeSessionCreateRequestGA));
    }

    [Fact]
    public void AToolReadFromTheServerCanBeSentBackInAnUpdate()
    {
        var created = Read(Q("{'type':'realtime','id':'sess_1','object':'realtime.session','expires_at':1,'tools':[{'type':'function','name':'f','parameters':{'type':'object'}}]}"), Context.RealtimeSessionCreateResponseGA);

        // The same RealtimeFunctionTool object is a case of the response's tool union and of the request's.
        var update = new RealtimeSessionCreateRequestGA { Tools = [(RealtimeFunctionTool)created.Tools![0]] };
        AssertSame(Q("{'type':'realtime','tools':[{'type':'function','name':'f','parameters':{'type':'object'}}]}"), Write(update, Context.RealtimeSessionCreateRequestGA));
    }

    [Fact]
    public void RequestModeLeavesOutServerOnlyAndUnknownMembers()
    {
        string fromServer = Q("{'type':'realtime','id':'sess_1','object':'realtime.session','expires_at':1763705415,'instructions':'be brief','server_hint':'x','audio':{'output':{'voice':'marin','future_knob':2}}}");
        var session = RoundTrip(fromServer, Context.RealtimeSessionCreateResponseGA);

        string request = JsonSerializer.Serialize(session, RealtimeJsonContext.Requests.RealtimeSessionCreateResponseGA);
        AssertSame(Q("{'type':'realtime','instructions':'be brief','audio':{'output':{'voice':'marin'}}}"), request);

        // OmitServerOnly alone keeps unknown members (for fields the API accepts before the spec lists them).
        var serverOnly = new RealtimeJsonContext(RealtimeJsonOptions.Create(null, RealtimeJsonWriteMode.OmitServerOnly));
        AssertSame(Q("{'type':'realtime','instructions':'be brief','server_hint':'x','audio':{'output':{'voice':'marin','future_knob':2}}}"),
            JsonSerializer.Serialize(session, serverOnly.RealtimeSessionCreateResponseGA));
    }

    [Fact]
    public void DefaultsAreDocumentedConstantsAndNeverSent()
    {
        Assert.Equal(0.8, RealtimeSession.Defaults.Temperature);
        Assert.Equal(1.0, RealtimeSession.Defaults.Speed);
        Assert.Equal(RealtimeSessionInputAudioFormat.Pcm16, RealtimeSession.Defaults.InputAudioFormat);
        Assert.Equal("alloy", RealtimeSessionCreateRequestGAAudioOutput.Defaults.VoiceJson.Trim('"'));
        Assert.Equal("{}", Write(new RealtimeSession(), Context.RealtimeSession));
        Assert.Equal("{}", Write(new RealtimeSessionCreateRequestGAAudioOutput(), Context.RealtimeSessionCreateRequestGAAudioOutput));
    }

    [Fact]
    public void MembersInAnyOrderReadTheSame()
    {
        // The reader looks for the member after the last one matched first; reversed objects take the other path.
        string json = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "SampleData", "session.created.json"));
        string reversed = Reverse(System.Text.Json.Nodes.JsonNode.Parse(json))!.ToJsonString();
        Assert.NotEqual(json.Replace(" ", string.Empty, System.StringComparison.Ordinal), reversed);

        var inOrder = Read(json, Context.RealtimeServerEventSessionCreated);
        var outOfOrder = Read(reversed, Context.RealtimeServerEventSessionCreated);

        AssertSame(Write(inOrder, Context.RealtimeServerEventSessionCreated), Write(outOfOrder, Context.RealtimeServerEventSessionCreated));
        AssertSame(json, Write(outOfOrder, Context.RealtimeServerEventSessionCreated));
        Assert.Empty(((RealtimeSessionCreateResponseGA)outOfOrder.Session).AdditionalProperties);
    }

    private static System.Text.Json.Nodes.JsonNode? Reverse(System.Text.Json.Nodes.JsonNode? node)
    {
        switch (node)
        {
            case System.Text.Json.Nodes.JsonObject obj:
                var members = new System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, System.Text.Json.Nodes.JsonNode?>>(obj);
                obj.Clear();
                members.Reverse();
                var result = new System.Text.Json.Nodes.JsonObject();
                foreach (var member in members)
                {
                    result[member.Key] = Reverse(member.Value);
                }

                return result;
            case System.Text.Json.Nodes.JsonArray array:
                var items = new System.Collections.Generic.List<System.Text.Json.Nodes.JsonNode?>(array);
                array.Clear();
                var copy = new System.Text.Json.Nodes.JsonArray();
                foreach (var item in items)
                {
                    copy.Add(Reverse(item));
                }

                return copy;
            default:
                return node;
        }
    }
}

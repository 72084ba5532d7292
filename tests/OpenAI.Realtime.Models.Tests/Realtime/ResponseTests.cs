using System.IO;
using System.Linq;
using static OpenAI.Realtime.Models.Tests.Realtime.Json;

namespace OpenAI.Realtime.Models.Tests.Realtime;

/// <summary>RealtimeResponse (GA) read from realistic payloads, written back unchanged.</summary>
public class ResponseTests
{
    private static readonly RealtimeJsonContext Context = RealtimeJsonContext.Default;

    [Fact]
    public void RecordedResponseDoneRoundTripsAndReadsTyped()
    {
        string json = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "SampleData", "response.done.json"));
        RealtimeServerEventResponseDone done = RoundTrip(json, Context.RealtimeServerEventResponseDone);

        RealtimeResponse response = done.Response;
        Assert.Equal("response.done", done.Type);
        Assert.Equal(RealtimeResponseStatus.Completed, response.Status);
        Assert.True(response.MaxOutputTokens!.IsInf);
        Assert.Equal(new[] { RealtimeResponseOutputModalitiesItem.Audio }, response.OutputModalities);
        var call = Assert.IsType<RealtimeConversationItemFunctionCall>(response.Output![0]);
        Assert.Equal("get_weather", call.Name);
        Assert.Equal("{\"city\":\"Lisbon\",\"unit\":\"celsius\"}", call.Arguments);
        var message = Assert.IsType<RealtimeConversationItemMessageAssistant>(response.Output[1]);
        Assert.Equal(RealtimeConversationItemMessageAssistantContentItemType.OutputAudio, message.Content[0].Type);
        Assert.StartsWith("It's 21 degrees", message.Content[0].Transcript);
        Assert.Equal(1127, response.Usage!.TotalTokens);
        Assert.Equal(576, response.Usage.InputTokenDetails!.CachedTokens);
        Assert.Equal(64, response.Usage.InputTokenDetails.CachedTokensDetails!.AudioTokens);
        var format = Assert.IsType<RealtimeAudioFormatsAudioPcm>(response.Audio!.Output!.Format);
        Assert.Equal(24000, format.Rate);
        Assert.Equal(VoiceIdsShared.Marin, response.Audio.Output.Voice);

        // "metadata": null was present in the payload: read as set-to-null, and written back as null.
        Assert.True(response.IsSet(nameof(response.Metadata)));
        Assert.Null(response.Metadata);
    }

    [Fact]
    public void MaxOutputTokensIsIntegerOrInf()
    {
        var numeric = RoundTrip(Q("{'max_output_tokens':4096}"), Context.RealtimeResponse);
        Assert.True(numeric.MaxOutputTokens!.IsInteger);
        Assert.Equal(4096L, numeric.MaxOutputTokens.Integer);
        Assert.False(numeric.MaxOutputTokens.IsInf);

        var inf = RoundTrip(Q("{'max_output_tokens':'inf'}"), Context.RealtimeResponse);
        Assert.Same(RealtimeResponseMaxOutputTokens.Inf, inf.MaxOutputTokens);
        Assert.Null(inf.MaxOutputTokens!.Integer);

        var built = new RealtimeResponse { MaxOutputTokens = 250 };
        AssertSame(Q("{'max_output_tokens':250}"), Write(built, Context.RealtimeResponse));
        built.MaxOutputTokens = RealtimeResponseMaxOutputTokens.Inf;
        AssertSame(Q("{'max_output_tokens':'inf'}"), Write(built, Context.RealtimeResponse));
        Assert.Equal(RealtimeResponseMaxOutputTokens.FromInteger(7), (RealtimeResponseMaxOutputTokens)7);
    }

    [Fact]
    public void UnknownStatusAndVoiceAreKeptAndWrittenBack()
    {
        string json = Q("{'status':'paused_for_moderation','audio':{'output':{'voice':'aurora','format':{'type':'audio/pcm','rate':24000}}}}");
        RealtimeResponse response = RoundTrip(json, Context.RealtimeResponse);
        Assert.Equal("paused_for_moderation", response.Status.ToString());
        Assert.False(response.Status!.Value.IsKnown);
        Assert.Equal("aurora", response.Audio!.Output!.Voice!.Value.ToString());

        // The response status is a closed enumeration in the spec, the voice an open one.
        var errors = response.Validate();
        Assert.Contains(errors, e => e.Path == "$.status" && e.Message.Contains("paused_for_moderation"));
        Assert.DoesNotContain(errors, e => e.Path.Contains("voice"));
    }

    [Fact]
    public void UnknownMembersAreKeptAtEveryDepth()
    {
        string json = Q("{'id':'resp_1','brand_new_field':{'a':[1,2]},'usage':{'total_tokens':3,'reasoning_tokens':9},'output':[{'type':'message','role':'assistant','content':[{'type':'output_text','text':'hi','annotations':[]}],'future':true}]}");
        RealtimeResponse response = RoundTrip(json, Context.RealtimeResponse);
        Assert.Equal("{\"a\":[1,2]}", response.AdditionalProperties["brand_new_field"].GetRawText());
        Assert.Equal(9, response.Usage!.AdditionalProperties["reasoning_tokens"].GetInt32());
        var message = Assert.IsType<RealtimeConversationItemMessageAssistant>(response.Output![0]);
        Assert.True(message.AdditionalProperties["future"].GetBoolean());
        Assert.Equal("[]", message.Content[0].AdditionalProperties["annotations"].GetRawText());
    }

    [Fact]
    public void NewResponseWritesOnlyWhatWasSet()
    {
        var response = new RealtimeResponse();
        Assert.Equal("{}", Write(response, Context.RealtimeResponse));
        response.ConversationId = null;
        AssertSame(Q("{'conversation_id':null}"), Write(response, Context.RealtimeResponse));
        response.Unset(nameof(RealtimeResponse.ConversationId));
        Assert.False(response.IsSet(nameof(RealtimeResponse.ConversationId)));
        Assert.Equal("{}", Write(response, Context.RealtimeResponse));
        Assert.Throws<System.ArgumentException>(() => response.IsSet("NoSuchProperty"));
    }

    [Fact]
    public void PlainJsonSerializerUsesTheGeneratedConverter()
    {
        string json = Q("{'status':'in_progress','unknown':1}");
        RealtimeResponse response = System.Text.Json.JsonSerializer.Deserialize<RealtimeResponse>(json)!;
        Assert.Equal(RealtimeResponseStatus.InProgress, response.Status);
        AssertSame(json, System.Text.Json.JsonSerializer.Serialize(response));
    }

    [Fact]
    public void OutputItemsComeInEveryKindAndDiscriminatorPosition()
    {
        // The discriminators stand last, as the API is free to order members.
        string json = Q(@"{'output':[
            {'content':[{'text':'be brief','type':'input_text'}],'role':'system','type':'message'},
            {'id':'item_u','content':[{'transcript':'hello','type':'input_audio'}],'role':'user','type':'message'},
            {'call_id':'c1','output':'{\u0027ok\u0027:true}','type':'function_call_output'},
            {'id':'mcp_1','server_label':'docs','name':'search','arguments':'{}','output':null,'error':{'type':'http_error','code':503,'message':'busy'},'type':'mcp_call'},
            {'id':'lt_1','server_label':'docs','tools':[{'name':'search','input_schema':{}}],'type':'mcp_list_tools'},
            {'id':'ar_1','server_label':'docs','name':'delete','arguments':'{}','type':'mcp_approval_request'},
            {'approval_request_id':'ar_1','approve':false,'reason':null,'type':'mcp_approval_response'}
        ]}");
        RealtimeResponse response = RoundTrip(json, Context.RealtimeResponse);
        Assert.Collection(
            response.Output!,
            item => Assert.IsType<RealtimeConversationItemMessageSystem>(item),
            item => Assert.Equal("hello", Assert.IsType<RealtimeConversationItemMessageUser>(item).Content[0].Transcript),
            item => Assert.Equal("c1", Assert.IsType<RealtimeConversationItemFunctionCallOutput>(item).CallId),
            item =>
            {
                var call = Assert.IsType<RealtimeMCPToolCall>(item);
                var error = Assert.IsType<RealtimeMCPHTTPError>(call.Error);
                Assert.Equal(503, error.Code);
                Assert.True(call.IsSet(nameof(call.Output)));
                Assert.Null(call.Output);
            },
            item => Assert.Equal("search", Assert.IsType<RealtimeMCPListTools>(item).Tools[0].Name),
            item => Assert.IsType<RealtimeMCPApprovalRequest>(item),
            item => Assert.False(Assert.IsType<RealtimeMCPApprovalResponse>(item).Approve));
        Assert.All(response.Output!, item => Assert.NotNull(item.Type));
    }

    [Fact]
    public void UnknownItemKindsAreKeptWhole()
    {
        string json = Q("{'output':[{'type':'reasoning','id':'rs_1','summary':[{'text':'thinking'}]},{'type':'message','role':'developer','content':[]}]}");
        RealtimeResponse response = RoundTrip(json, Context.RealtimeResponse);
        var reasoning = Assert.IsType<UnknownRealtimeConversationItem>(response.Output![0]);
        Assert.Equal("reasoning", reasoning.Type);
        Assert.Equal("rs_1", reasoning.Id);
        Assert.Equal("thinking", reasoning.Json.GetProperty("summary")[0].GetProperty("text").GetString());

        // A known type with a role this spec does not list is unknown too, and kept as it was.
        var developer = Assert.IsType<UnknownRealtimeConversationItem>(response.Output[1]);
        Assert.Equal("message", developer.Type);
    }
}

using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenAI.Realtime.Serialization;
using static OpenAI.Realtime.Models.Tests.Realtime.Json;

namespace OpenAI.Realtime.Models.Tests.Realtime;

/// <summary>The whole GA protocol, typed: server events read from WebSocket messages, client events written to buffers.</summary>
public class EventTests
{
    private static readonly RealtimeJsonContext Context = RealtimeJsonContext.Default;

    private static IEnumerable<string> RecordedSession()
        => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "SampleData", "session.jsonl")).Where(line => line.Length > 0);

    [Fact]
    public void EveryRecordedEventRoundTripsAsItsOwnType()
    {
        int known = 0;
        int nullsFromTheWire = 0;
        foreach (string line in RecordedSession())
        {
            RealtimeServerEvent serverEvent = RealtimeJson.Read(Encoding.UTF8.GetBytes(line), Context.RealtimeServerEvent);
            AssertSame(line, WriteToBuffer(serverEvent, Context.RealtimeServerEvent));

            string type = JsonNode.Parse(line)!["type"]!.GetValue<string>();
            Assert.Equal(type, serverEvent.Type);
            if (type == "response.output_audio.timing")
            {
                Assert.IsType<UnknownRealtimeServerEvent>(serverEvent);
                continue;
            }

            // A known event becomes the class named after its type (response.output_audio.delta -> ...ResponseAudioDelta).
            Assert.IsNotType<UnknownRealtimeServerEvent>(serverEvent);
            var validation = new RealtimeValidationContext();
            ((IRealtimeValidatable)serverEvent).Validate(validation);
            // The GA server sends null for members the spec does not declare nullable (the official examples do too):
            // reading keeps them and Validate() names them. Nothing else in the recording breaks the spec.
            Assert.True(validation.Errors.All(e => e.Message == "The value must not be null."), line + "\n" + string.Join("\n", validation.Errors));
            nullsFromTheWire += validation.Errors.Count;
            known++;
        }

        Assert.Equal(40, known);
        Assert.True(nullsFromTheWire > 5, nullsFromTheWire + " nulls reported");
    }

    [Fact]
    public void SegmentedMessagesReadLikeContiguousOnes()
    {
        string line = RecordedSession().First(l => l.Contains("\"response.done\""));
        byte[] bytes = Encoding.UTF8.GetBytes(line);
        ReadOnlySequence<byte> segmented = Segments(bytes, 7);

        var fromSpan = (RealtimeServerEventResponseDone)RealtimeJson.Read(bytes, Context.RealtimeServerEvent);
        var fromSequence = (RealtimeServerEventResponseDone)RealtimeJson.Read(segmented, Context.RealtimeServerEvent);
        Assert.Equal(fromSpan.Response.Id, fromSequence.Response.Id);
        AssertSame(Write(fromSpan, Context.RealtimeServerEventResponseDone), Write(fromSequence, Context.RealtimeServerEventResponseDone));
    }

    [Fact]
    public void AnEventTheSpecDoesNotKnowKeepsItsTypeAndJson()
    {
        string json = Q("{'type':'response.output_audio.timing','event_id':'e1','marks':[{'text':'hi','start_ms':3}],'response_id':'r1'}");
        var unknown = Assert.IsType<UnknownRealtimeServerEvent>(RealtimeJson.Read(Encoding.UTF8.GetBytes(json), Context.RealtimeServerEvent));
        Assert.Equal("response.output_audio.timing", unknown.Type);
        Assert.Equal("e1", unknown.Json.GetProperty("event_id").GetString());
        Assert.Equal(3, unknown.Json.GetProperty("marks")[0].GetProperty("start_ms").GetInt32());
        AssertSame(json, Write<RealtimeServerEvent>(unknown, Context.RealtimeServerEvent));
    }

    [Fact]
    public void TheDiscriminatorMayStandAnywhere()
    {
        string json = Q("{'event_id':'e2','response_id':'r','item_id':'i','output_index':0,'content_index':0,'delta':'Hel','type':'response.output_audio_transcript.delta'}");
        var delta = Assert.IsType<RealtimeServerEventResponseAudioTranscriptDelta>(RealtimeJson.Read(Encoding.UTF8.GetBytes(json), Context.RealtimeServerEvent));
        Assert.Equal("Hel", delta.Delta);
    }

    [Fact]
    public void TheVisitorSendsEachEventToItsMethod()
    {
        var visitor = new RecordingVisitor();
        foreach (string line in RecordedSession())
        {
            visitor.Visit(RealtimeJson.Read(Encoding.UTF8.GetBytes(line), Context.RealtimeServerEvent));
        }

        Assert.Equal(2, visitor.Done);
        Assert.Equal(5, visitor.TranscriptDeltas);
        Assert.Equal(new[] { "response.output_audio.timing" }, visitor.Unknown);
        Assert.Equal(41 - 2 - 5 - 1, visitor.Others);
    }

    [Fact]
    public void ClientEventsCarryOnlyWhatWasSet()
    {
        var update = new RealtimeClientEventSessionUpdate { Session = new RealtimeSessionCreateRequestGA { Instructions = "Be brief." } };
        AssertSame(Q("{'type':'session.update','session':{'type':'realtime','instructions':'Be brief.'}}"), WriteRequest(update));

        var item = new RealtimeClientEventConversationItemCreate
        {
            EventId = "client_1",
            Item = new RealtimeConversationItemMessageUser
            {
                Content = [new RealtimeConversationItemMessageUserContentItem { Type = RealtimeConversationItemMessageUserContentItemType.InputText, Text = "Hello" }],
            },
        };
        AssertSame(Q("{'type':'conversation.item.create','event_id':'client_1','item':{'type':'message','role':'user','content':[{'type':'input_text','text':'Hello'}]}}"), WriteRequest(item));

        var respond = new RealtimeClientEventResponseCreate
        {
            Response = new RealtimeResponseCreateParams { Conversation = RealtimeResponseCreateParamsConversation.None, Metadata = new Metadata { ["topic"] = "weather" }, OutputModalities = [RealtimeResponseCreateParamsOutputModalitiesItem.Text] },
        };
        AssertSame(Q("{'type':'response.create','response':{'output_modalities':['text'],'conversation':'none','metadata':{'topic':'weather'}}}"), WriteRequest(respond));

        AssertSame(Q("{'type':'response.cancel','response_id':'resp_1'}"), WriteRequest(new RealtimeClientEventResponseCancel { ResponseId = "resp_1" }));
        AssertSame(Q("{'type':'input_audio_buffer.clear'}"), WriteRequest(new RealtimeClientEventInputAudioBufferClear()));
    }

    [Fact]
    public void AudioIsAppendedFromBytes()
    {
        byte[] pcm = Enumerable.Range(0, 480).Select(i => (byte)(i * 7)).ToArray();
        var append = new RealtimeClientEventInputAudioBufferAppend();
        append.SetAudioBytes(pcm);
        Assert.Equal(Convert.ToBase64String(pcm), append.Audio);
        Assert.Equal(pcm, append.GetAudioBytes());

        var read = Assert.IsType<RealtimeClientEventInputAudioBufferAppend>(RealtimeJson.Read(Encoding.UTF8.GetBytes(WriteRequest(append)), Context.RealtimeClientEvent));
        Assert.Equal(pcm, read.GetAudioBytes());
        Assert.Null(new RealtimeClientEventInputAudioBufferAppend().GetAudioBytes());
    }

    [Fact]
    public void AnItemReadFromTheServerIsSentBackWithoutServerOnlyMembers()
    {
        string added = RecordedSession().First(l => l.Contains("\"conversation.item.added\"") && l.Contains("function_call_output"));
        var serverEvent = (RealtimeServerEventConversationItemAdded)RealtimeJson.Read(Encoding.UTF8.GetBytes(added), Context.RealtimeServerEvent);
        var resend = new RealtimeClientEventConversationItemCreate { Item = serverEvent.Item };

        // The item keeps its client-settable id, and loses "object", which only the server sets.
        AssertSame(Q("{'type':'conversation.item.create','item':{'id':'item_DnQ4uW1xY2zA3bC4dE5fG','type':'function_call_output','call_id':'call_Xk2Lm9Qp4Rs7','output':'{\\u0022temperature\\u0022:21,\\u0022conditions\\u0022:\\u0022sunny\\u0022}'}}"), WriteRequest(resend));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{'type':'response.done','event_id':'e','response':{}} {}")]
    [InlineData("{'type':'response.done'")]
    [InlineData("[]")]
    public void BadMessagesAreJsonExceptions(string message)
    {
        Assert.ThrowsAny<JsonException>(() => RealtimeJson.Read(Encoding.UTF8.GetBytes(Q(message)), Context.RealtimeServerEvent));
    }

    private static string WriteRequest(RealtimeClientEvent clientEvent) => WriteToBuffer(clientEvent, RealtimeJsonContext.Requests.RealtimeClientEvent);

    private sealed class RecordingVisitor : RealtimeServerEventVisitor<int>
    {
        public int Done { get; private set; }

        public int TranscriptDeltas { get; private set; }

        public int Others { get; private set; }

        public List<string> Unknown { get; } = [];

        protected override int OnResponseDone(RealtimeServerEventResponseDone value) => ++Done;

        protected override int OnResponseAudioTranscriptDelta(RealtimeServerEventResponseAudioTranscriptDelta value) => ++TranscriptDeltas;

        protected override int OnUnknown(UnknownRealtimeServerEvent value)
        {
            Unknown.Add(value.Type!);
            return 0;
        }

        protected override int OnOther(RealtimeServerEvent value) => ++Others;
    }
}

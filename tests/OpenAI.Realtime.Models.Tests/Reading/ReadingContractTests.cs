using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OpenAI.Realtime.Serialization;
using static OpenAI.Realtime.Models.Tests.Realtime.Json;

namespace OpenAI.Realtime.Models.Tests.Reading;

/// <summary>
/// One named regression test per finding of the runtime fuzzer (issue 14), each over every read path
/// (<see cref="ReadContract"/>): the finding's input, and what reading it must give now.
/// </summary>
public class ReadingContractTests
{
    private static readonly ReadTarget ClientEvents = ReadTarget.For<RealtimeClientEvent>();
    private static readonly ReadTarget ServerEvents = ReadTarget.For<RealtimeServerEvent>();

    private static readonly string SessionUpdate = Q("{'type':'session.update','event_id':'c1','session':{'type':'realtime','instructions':'Be brief.',"
        + "'tools':[{'type':'function','name':'get_weather','description':'Looks up the weather.','parameters':{'type':'object','properties':"
        + "{'city':{'type':'string','enum':['Paris','Oslo']},'days':{'type':'integer','minimum':1},'hourly':{'type':'boolean'},'tags':['a',1,null,true,{'x':[]}]},"
        + "'required':['city']}}],'tool_choice':'auto'}}");

    /// <summary>Every path at once, for an input whose outcome the test then states.</summary>
    private static ContractResult Check(ReadTarget target, string json) => Check(target, Encoding.UTF8.GetBytes(json));

    private static ContractResult Check(ReadTarget target, byte[] utf8)
    {
        ContractResult result = ReadContract.CheckEveryPath(target, utf8);
        Assert.True(result.Holds, result.Describe());
        return result;
    }

    private static IReadOnlyList<RealtimeValidationError> Validate(object value)
    {
        var context = new RealtimeValidationContext();
        ((IRealtimeValidatable)value).Validate(context);
        return context.Errors;
    }

    private static void AssertRejected(ContractResult result, string messagePart)
    {
        Assert.False(result.Read, result.Describe());
        Assert.All(result.Outcomes, o => Assert.Contains(messagePart, o.Error!.Message, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Finding1_FreeFormParametersReadFromStreamsWhateverTheBufferSize()
    {
        // Utf8JsonReader.Skip on a buffer that is not the final block threw "Cannot skip tokens on partial JSON".
        ContractResult result = Check(ClientEvents, SessionUpdate);
        Assert.True(result.Read);
        AssertSame(SessionUpdate, Encoding.UTF8.GetString(result.Written!));

        // A buffer that ends right after the message (the stream could hold more): the converter's reader is not on the
        // final block. At the default buffer size, with the payload padded to fill it, and at small sizes.
        byte[] utf8 = Encoding.UTF8.GetBytes(SessionUpdate);
        foreach (int size in new[] { 16384, utf8.Length, 16, 1, 3, 64 })
        {
            int length = size;
            while (length < utf8.Length)
            {
                length *= 2;
            }

            byte[] padded = Enumerable.Repeat((byte)' ', length - utf8.Length).Concat(utf8).ToArray();
            foreach (StreamKind kind in new[] { StreamKind.Sync, StreamKind.Async })
            {
                ReadOutcome stream = ClientEvents.FromStream(padded, size, kind);
                Assert.True(stream.Succeeded, stream.ToString());
                Assert.Equal(result.Written, stream.Written);
            }
        }
    }

    [Theory]
    [InlineData("{'type':'input_audio_buffer.speech_started','event_id':'\\udc00','audio_start_ms':1,'item_id':'i'}", "string")]
    [InlineData("{'type':'input_audio_buffer.speech_started','event_id':'a\\ud800','audio_start_ms':1,'item_id':'i'}", "string")]
    [InlineData("{'type':'input_audio_buffer.speech_started','event_id':'\\udc00\\ud800','audio_start_ms':1,'item_id':'i'}", "string")]
    [InlineData("{'type':'\\ud800','event_id':'e'}", "string")]
    [InlineData("{'event_id':'e','type':'response.done\\udc00'}", "string")]
    [InlineData("{'\\udc00':1,'type':'input_audio_buffer.speech_started','event_id':'e','audio_start_ms':1,'item_id':'i'}", "property name")]
    [InlineData("{'type':'input_audio_buffer.speech_started','x_unknown':{'k':['\\ud800']},'event_id':'e','audio_start_ms':1,'item_id':'i'}", "string")]
    [InlineData("{'type':'not.known','payload':'\\ud800'}", "string")]
    public void Finding2_LoneSurrogatesAreJsonExceptionsOnEveryPath(string json, string what)
    {
        ContractResult result = Check(ServerEvents, Q(json));
        AssertRejected(result, "not valid Unicode");
        Assert.Contains("The " + what, result.Outcomes.First(o => o.Path == "RealtimeJson.Read(span)").Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("event_id")]
    [InlineData("type")]
    [InlineData("name")]
    [InlineData("unknown")]
    [InlineData("parameters")]
    public void Finding2_InvalidUtf8IsAJsonExceptionOnEveryPath(string where)
    {
        string template = Q("{'type':'response.done','event_id':'e1','response':{'object':'realtime.response','id':'r1','status':'completed','x':'@'}}");
        byte[] json = where switch
        {
            "event_id" => Bytes(Q("{'type':'input_audio_buffer.speech_started','event_id':'@','audio_start_ms':1,'item_id':'i'}")),
            "type" => Bytes(Q("{'type':'response.done@','event_id':'e1'}")),
            "name" => Bytes(Q("{'type':'input_audio_buffer.speech_started','@':1,'event_id':'e','audio_start_ms':1,'item_id':'i'}")),
            "unknown" => Bytes(template),
            _ => Bytes(SessionUpdate.Replace("Paris", "Par@s", StringComparison.Ordinal)),
        };
        ReadTarget target = where == "parameters" ? ClientEvents : ServerEvents;
        AssertRejected(Check(target, json), "not valid Unicode");

        static byte[] Bytes(string text)
        {
            // '@' stands for bytes that are not UTF-8: a lone continuation byte and a truncated sequence.
            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            int at = Array.IndexOf(utf8, (byte)'@');
            return utf8.Take(at).Concat(new byte[] { 0x80, 0xE2, 0x82 }).Concat(utf8.Skip(at + 1)).ToArray();
        }
    }

    [Fact]
    public void Finding3_UnknownMembersAndUnknownCasesThatWereReadWriteAndValidate()
    {
        // Escapes, non-BMP text and U+FFFD are valid text: kept, written back the same in both modes, and validated.
        string json = Q("{'type':'input_audio_buffer.speech_started','event_id':'e1','x_note':{'t':'\\ud83d\\ude00 \\u00e9 \\ufffd \\\\ \\n'},"
            + "'audio_start_ms':1,'item_id':'i'}");
        ContractResult known = Check(ServerEvents, json);
        Assert.True(known.Read);
        Assert.DoesNotContain(Validate(known.Value!), e => e.Message.Contains("Unicode", StringComparison.Ordinal));

        string unknownJson = Q("{'type':'response.output_audio.timing','text':'\\ud83d\\ude00\\ufffd','marks':[{'t':'\\u0000'}]}");
        ContractResult unknown = Check(ServerEvents, unknownJson);
        var value = Assert.IsType<UnknownRealtimeServerEvent>(unknown.Value);
        Assert.Equal("response.output_audio.timing", value.Type);
        Assert.NotNull(Validate(value));
        AssertSame(unknownJson, Encoding.UTF8.GetString(unknown.Written!));

        // Validate() on an unknown case whose type member is not text (built by hand; reading never makes one) says so
        // instead of throwing.
        using JsonDocument handMade = JsonDocument.Parse(Q("{'type':'\\ud800'}"));
        var odd = new UnknownRealtimeServerEvent(handMade.RootElement.Clone());
        Assert.Null(odd.Type);
        Assert.NotNull(Validate(odd));
    }

    [Fact]
    public void Finding4_WriteOfReadIsAFixedPointForReplacementCharacters()
    {
        // Invalid UTF-8 is rejected (Finding2), so it can no longer be written as "\uFFFD" first and as raw bytes later;
        // a real U+FFFD, escaped or raw, reads and writes the same every time.
        foreach (string json in new[] { Q("{'type':'not.known','v':'\\ufffd'}"), "{\"type\":\"not.known\",\"v\":\"\uFFFD\"}", Q("{'type':'input_audio_buffer.speech_started','event_id':'\\ufffd','audio_start_ms':1,'item_id':'\uFFFD'}") })
        {
            ContractResult result = Check(ServerEvents, json);
            Assert.True(result.Read, result.Describe());
        }
    }

    [Fact]
    public void Finding5_ADiscriminatorThatOccursTwiceWithDifferentValuesIsAJsonException()
    {
        string twice = Q("{'type':'input_audio_buffer.speech_started','event_id':'e','audio_start_ms':1,'item_id':'i','type':'response.done'}");
        AssertRejected(Check(ServerEvents, twice), "occurs twice with different values");

        // Nested unions too (an item in a response's output), and a second value that is not a string.
        AssertRejected(Check(ServerEvents, Q("{'type':'response.output_item.done','event_id':'e','response_id':'r','output_index':0,"
            + "'item':{'type':'message','role':'assistant','id':'i1','content':[],'type':'function_call'}}")), "occurs twice with different values");
        AssertRejected(Check(ServerEvents, Q("{'type':'response.done','event_id':'e','type':7}")), "occurs twice with different values");

        // The same value twice is no ambiguity: it reads, and is written once.
        ContractResult same = Check(ServerEvents, Q("{'type':'input_audio_buffer.speech_started','event_id':'e','audio_start_ms':1,'item_id':'i','type':'input_audio_buffer.speech_started'}"));
        Assert.IsType<RealtimeServerEventInputAudioBufferSpeechStarted>(same.Value);
        Assert.Single(JsonDocument.Parse(same.Written!).RootElement.EnumerateObject(), p => p.Name == "type");
    }

    [Fact]
    public void Finding5_OtherDuplicateMembersTakeTheLastValueAsSystemTextJsonDoes()
    {
        ContractResult result = Check(ServerEvents, Q("{'type':'input_audio_buffer.speech_started','event_id':'first','audio_start_ms':1,'item_id':'i','event_id':'last','x':1,'x':2}"));
        var started = Assert.IsType<RealtimeServerEventInputAudioBufferSpeechStarted>(result.Value);
        Assert.Equal("last", started.EventId);
        Assert.Equal(2, started.AdditionalProperties["x"].GetInt32());
    }

    [Fact]
    public void Finding5_AllowDuplicatePropertiesFalseMakesAnyDuplicateAJsonException()
    {
        JsonSerializerOptions strict = RealtimeJsonOptions.Create(RealtimeJsonContext.Default);
        strict.AllowDuplicateProperties = false;
        var typeInfo = (JsonTypeInfo<RealtimeServerEvent>)strict.GetTypeInfo(typeof(RealtimeServerEvent));
        string ok = Q("{'type':'input_audio_buffer.speech_started','event_id':'e','audio_start_ms':1,'item_id':'i','x':{'a':1,'b':[{'a':1},{'a':2}]}}");
        Assert.IsType<RealtimeServerEventInputAudioBufferSpeechStarted>(RealtimeJson.Read(Encoding.UTF8.GetBytes(ok), typeInfo));
        Assert.IsType<RealtimeServerEventInputAudioBufferSpeechStarted>(JsonSerializer.Deserialize(ok, typeInfo));

        foreach (string duplicate in new[]
        {
            Q("{'type':'input_audio_buffer.speech_started','event_id':'e','audio_start_ms':1,'item_id':'i','event_id':'e'}"),
            Q("{'type':'input_audio_buffer.speech_started','event_id':'e','audio_start_ms':1,'item_id':'i','x':{'a':1,'a':1}}"),
            Q("{'type':'input_audio_buffer.speech_started','event_id':'e','audio_start_ms':1,'item_id':'i','x':[{'a':1,'\\u0061':2}]}"),
        })
        {
            var fromSpan = Assert.ThrowsAny<JsonException>(() => RealtimeJson.Read(Encoding.UTF8.GetBytes(duplicate), typeInfo));
            Assert.Contains("occurs twice", fromSpan.Message, StringComparison.Ordinal);
            Assert.NotNull(fromSpan.Path);
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(duplicate, typeInfo));
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(new MemoryStream(Encoding.UTF8.GetBytes(duplicate)), typeInfo));
        }
    }

    [Theory]
    [InlineData("-9223372036854775809")]
    [InlineData("9223372036854775808")]
    [InlineData("18446744073709551616")]
    [InlineData("1e19")]
    [InlineData("1.5")]
    [InlineData("1.0000000000000000001")]
    [InlineData("9223372036854775807.5")]
    [InlineData("1e400")]
    public void Finding6_AnIntegerTheMemberCannotHoldIsAJsonExceptionNeverClamped(string number)
    {
        string json = Q("{'type':'input_audio_buffer.speech_started','event_id':'e','audio_start_ms':" + number + ",'item_id':'i'}");
        AssertRejected(Check(ServerEvents, json), "is not an integer in the range");
    }

    [Theory]
    [InlineData("-9223372036854775808", -9223372036854775808L)]
    [InlineData("9223372036854775807", 9223372036854775807L)]
    [InlineData("3.0", 3L)]
    [InlineData("3e2", 300L)]
    [InlineData("-0", 0L)]
    [InlineData("9.223372036854775807e18", 9223372036854775807L)]
    [InlineData("100000000000000000000e-2", 1000000000000000000L)]
    public void Finding6_AnIntegerWrittenAnyWayReadsExactly(string number, long expected)
    {
        string json = Q("{'type':'input_audio_buffer.speech_started','event_id':'e','audio_start_ms':" + number + ",'item_id':'i'}");
        var started = Assert.IsType<RealtimeServerEventInputAudioBufferSpeechStarted>(Check(ServerEvents, json).Value);
        Assert.Equal(expected, started.AudioStartMs);
    }

    [Fact]
    public void Finding7_AMessageThatIsJsonNullIsAJsonExceptionOnEveryPath()
    {
        AssertRejected(Check(ServerEvents, "null"), "null");
        AssertRejected(Check(ClientEvents, " null "), "null");
        AssertRejected(Check(ReadTarget.For<RealtimeResponse>(), "null"), "null");
    }

    [Fact]
    public void Finding7_ANullNestedInAUsersOwnTypeIsNull()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(RealtimeJsonContext.Default, new DefaultJsonTypeInfoResolver()) };
        var holder = JsonSerializer.Deserialize<Holder>("{\"Response\":null,\"Events\":[null]}", options)!;
        Assert.Null(holder.Response);
        Assert.Equal(new RealtimeServerEvent?[] { null }, holder.Events);
    }

    [Theory]
    [InlineData("deep unknown member")]
    [InlineData("deep parameters")]
    [InlineData("long integer")]
    [InlineData("long unknown number")]
    public void HostileShapesAreNeitherCrashesNorSlow(string shape)
    {
        string deep = new string('[', 5000) + new string(']', 5000);
        string digits = "1" + new string('7', 9999);
        (ReadTarget target, string json) = shape switch
        {
            "deep unknown member" => (ServerEvents, Q("{'type':'input_audio_buffer.speech_started','event_id':'e','audio_start_ms':1,'item_id':'i','x':") + deep + "}"),
            "deep parameters" => (ClientEvents, SessionUpdate.Replace("{\"type\":\"object\"", deep.Substring(0, 4999) + "{\"type\":\"object\"", StringComparison.Ordinal).Replace("\"required\":[\"city\"]}", "\"required\":[\"city\"]}" + deep.Substring(5001), StringComparison.Ordinal)),
            "long integer" => (ServerEvents, Q("{'type':'input_audio_buffer.speech_started','event_id':'e','audio_start_ms':") + digits + Q(",'item_id':'i'}")),
            _ => (ServerEvents, Q("{'type':'input_audio_buffer.speech_started','event_id':'e','audio_start_ms':1,'item_id':'i','x':") + digits + "}"),
        };
        ContractResult result = Check(target, json);
        Assert.Equal(shape == "long unknown number", result.Read);

        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        var times = new List<double>();
        for (int i = 0; i < 7; i++)
        {
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                target.Read(utf8);
            }
            catch (JsonException)
            {
            }

            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        // A guard against pathological slowness (the median is a fraction of a millisecond on this machine), not a benchmark.
        times.Sort();
        Assert.True(times[3] < 20, shape + ": median " + times[3] + " ms");
    }

    public sealed class Holder
    {
        public RealtimeResponse? Response { get; set; }

        public List<RealtimeServerEvent?>? Events { get; set; }
    }
}

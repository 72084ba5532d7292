using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using OpenAI.Realtime.Serialization;
using static OpenAI.Realtime.Models.Tests.Realtime.Json;

namespace OpenAI.Realtime.Models.Tests.Realtime;

/// <summary>
/// Free-form members (a function tool's <c>parameters</c> schema, an unknown event) keep an object or array as text when
/// read and parse it on first use: what a user sees and what is written must not depend on whether that happened.
/// </summary>
public class FreeFormMemberTests
{
    private static readonly RealtimeJsonContext Context = RealtimeJsonContext.Default;

    private const string Tool = "{\"type\":\"function\",\"name\":\"get_weather\",\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}}";

    [Fact]
    public void ReadValueIsTheElementAndWritesBackTheSameBytes()
    {
        RealtimeFunctionTool tool = RealtimeJson.Read(Encoding.UTF8.GetBytes(Tool), Context.RealtimeFunctionTool);

        Assert.Equal(Tool, Write(tool, Context.RealtimeFunctionTool));
        Assert.Equal(Tool, WriteToBuffer(tool, Context.RealtimeFunctionTool));
        JsonElement parameters = tool.Parameters!.Value;
        Assert.Equal(JsonValueKind.Object, parameters.ValueKind);
        Assert.Equal("city", parameters.GetProperty("required")[0].GetString());

        // Parsed now: written the same.
        Assert.Equal(Tool, Write(tool, Context.RealtimeFunctionTool));
    }

    [Theory]
    [InlineData("{ \"type\" : \"object\" ,\n \"required\" : [ \"city\" ] }", "{\"type\":\"object\",\"required\":[\"city\"]}")]
    [InlineData("{\"description\":\"caf\\u00e9\"}", "{\"description\":\"caf\u00e9\"}")]
    [InlineData("{\"description\":\"the user's <city> & \\\"country\\\"\"}", "{\"description\":\"the user's <city> & \\\"country\\\"\"}")]
    [InlineData("[1.50,true,null,{}]", "[1.50,true,null,{}]")]
    public void UnparsedValueIsWrittenAsTheParsedElementWouldBe(string parameters, string expectedWithRelaxedEncoder)
    {
        string json = "{\"type\":\"function\",\"parameters\":" + parameters + "}";
        RealtimeFunctionTool deferred = Read(json, Context.RealtimeFunctionTool);
        RealtimeFunctionTool parsed = Read(json, Context.RealtimeFunctionTool);
        _ = parsed.Parameters;

        // The context's relaxed encoder, the default encoder and indentation: each the same either way.
        Assert.Equal("{\"type\":\"function\",\"parameters\":" + expectedWithRelaxedEncoder + "}", Write(deferred, Context.RealtimeFunctionTool));
        foreach (JsonSerializerOptions options in new[]
        {
            new JsonSerializerOptions(Context.Options) { Encoder = JavaScriptEncoder.Default },
            new JsonSerializerOptions(Context.Options) { WriteIndented = true },
        })
        {
            RealtimeFunctionTool fresh = Read(json, Context.RealtimeFunctionTool);
            Assert.Equal(JsonSerializer.Serialize(parsed, options.GetTypeInfo(typeof(RealtimeFunctionTool))), JsonSerializer.Serialize(fresh, options.GetTypeInfo(typeof(RealtimeFunctionTool))));
        }
    }

    [Fact]
    public void ValueReadWithCommentsOrFromSegmentsIsParsedAtOnce()
    {
        var lenient = new JsonSerializerOptions(Context.Options) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        string json = "{\"type\":\"function\",\"parameters\":{\"type\":\"object\", /* note */ \"required\":[\"city\",],}}";
        var tool = (RealtimeFunctionTool)JsonSerializer.Deserialize(json, lenient.GetTypeInfo(typeof(RealtimeFunctionTool)))!;
        Assert.Equal("{\"type\":\"function\",\"parameters\":{\"type\":\"object\",\"required\":[\"city\"]}}", Write(tool, Context.RealtimeFunctionTool));

        byte[] utf8 = Encoding.UTF8.GetBytes(Tool);
        ReadOnlySequence<byte> segments = Segments(utf8, 7);
        RealtimeFunctionTool fromSegments = RealtimeJson.Read(segments, Context.RealtimeFunctionTool);
        Assert.Equal(Tool, Write(fromSegments, Context.RealtimeFunctionTool));
    }

    [Fact]
    public async Task ValueReadFromAStreamInSmallBuffersIsTheSame()
    {
        // The serializer hands the converter a reader over its buffer once the whole value is in it.
        var options = new JsonSerializerOptions(Context.Options) { DefaultBufferSize = 16 };
        using var stream = new System.IO.MemoryStream(Encoding.UTF8.GetBytes(Tool));

        var tool = (RealtimeFunctionTool)(await JsonSerializer.DeserializeAsync(stream, options.GetTypeInfo(typeof(RealtimeFunctionTool))))!;

        Assert.Equal(Tool, Write(tool, Context.RealtimeFunctionTool));
        Assert.Equal("city", tool.Parameters!.Value.GetProperty("required")[0].GetString());
    }

    [Fact]
    public void AssignedAndUnsetValuesBehaveAsBefore()
    {
        RealtimeFunctionTool tool = Read(Tool, Context.RealtimeFunctionTool);

        tool.Parameters = JsonDocument.Parse("[1,2]").RootElement;
        Assert.Equal("{\"type\":\"function\",\"name\":\"get_weather\",\"parameters\":[1,2]}", Write(tool, Context.RealtimeFunctionTool));

        tool.Parameters = null;
        Assert.Equal("{\"type\":\"function\",\"name\":\"get_weather\",\"parameters\":null}", Write(tool, Context.RealtimeFunctionTool));
        Assert.Contains(tool.Validate(), e => e.Path == "$.parameters");

        tool.Unset(nameof(tool.Parameters));
        Assert.False(tool.IsSet(nameof(tool.Parameters)));
        Assert.Null(tool.Parameters);
        Assert.Equal("{\"type\":\"function\",\"name\":\"get_weather\"}", Write(tool, Context.RealtimeFunctionTool));
    }

    [Fact]
    public void ValidationSeesTheDeferredValue()
    {
        RealtimeFunctionTool tool = Read("{\"type\":\"function\",\"parameters\":[1]}", Context.RealtimeFunctionTool);

        RealtimeValidationError error = Assert.Single(tool.Validate());
        Assert.Equal("$.parameters", error.Path);
    }

    [Fact]
    public void ThreadsReadingAtOnceSeeEqualValues()
    {
        for (int round = 0; round < 50; round++)
        {
            RealtimeFunctionTool tool = Read(Tool, Context.RealtimeFunctionTool);
            string[] seen = new string[4];
            Parallel.For(0, seen.Length, i => seen[i] = tool.Parameters!.Value.GetRawText());
            Assert.All(seen, text => Assert.Equal(seen[0], text));
        }
    }

    [Fact]
    public void UnknownEventKeepsItsTextAndReadsAsAnElement()
    {
        const string json = "{\"type\":\"response.output_audio.timing\",\"event_id\":\"event_1\",\"words\":[{\"w\":\"hi\",\"t\":0.5}]}";

        RealtimeServerEvent read = RealtimeJson.Read(Encoding.UTF8.GetBytes(json), Context.RealtimeServerEvent);

        var unknown = Assert.IsType<UnknownRealtimeServerEvent>(read);
        Assert.Equal(json, Write(read, Context.RealtimeServerEvent));
        Assert.Equal("event_1", unknown.Json.GetProperty("event_id").GetString());
        Assert.Equal("response.output_audio.timing", unknown.Type);
        Assert.Equal(json, Write(read, Context.RealtimeServerEvent));
    }
}

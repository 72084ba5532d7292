using System.Text.Json;
using static OpenAI.Realtime.Models.Tests.Realtime.Json;

namespace OpenAI.Realtime.Models.Tests.Realtime;

/// <summary>Bad JSON is a JsonException that names the JSON path, never another kind of exception.</summary>
public class BadJsonTests
{
    private static readonly RealtimeJsonContext Context = RealtimeJsonContext.Default;

    [Theory]
    [InlineData("{'status':5}", "$.status")]
    [InlineData("{'output':'x'}", "$.output")]
    [InlineData("{'usage':{'total_tokens':'many'}}", "$.usage.total_tokens")]
    [InlineData("{'usage':{'total_tokens':1.5}}", "$.usage.total_tokens")]
    [InlineData("{'max_output_tokens':true}", "$.max_output_tokens")]
    [InlineData("{'max_output_tokens':[1]}", "$.max_output_tokens")]
    [InlineData("{'output':[{'type':'message','role':'assistant','content':[{'type':7}]}]}", "$.output[0].content[0].type")]
    [InlineData("{'output':[{},{'type':'function_call','arguments':{}}]}", "$.output[1].arguments")]
    [InlineData("{'audio':{'output':{'format':'audio/pcm'}}}", "$.audio.output.format")]
    [InlineData("{'metadata':{'k':1}}", "$.metadata.k")]
    [InlineData("{'metadata':[]}", "$.metadata")]
    public void WrongKindsNameTheirPath(string json, string path)
    {
        var exception = Assert.Throws<JsonException>(() => Read(Q(json), Context.RealtimeResponse));
        Assert.Equal(path, exception.Path);
        Assert.Contains("Path: " + path, exception.Message);
    }

    [Theory]
    [InlineData("{'status':'completed'")]
    [InlineData("{'status':'completed',}")]
    [InlineData("{'output':[{'type':'message' 'role':'user'}]}")]
    [InlineData("[")]
    [InlineData("")]
    public void MalformedJsonIsAJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => Read(Q(json), Context.RealtimeResponse));
    }

    [Fact]
    public void AnObjectWhereAnUnionExpectsNoObjectIsAnError()
    {
        var exception = Assert.Throws<JsonException>(() => Read(Q("{'max_output_tokens':{'n':1}}"), Context.RealtimeResponse));
        Assert.Contains("max_output_tokens", exception.Path);
        Assert.Contains("integer", exception.Message, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ANonObjectWhereAConversationItemIsExpectedIsAnError()
    {
        var exception = Assert.Throws<JsonException>(() => Read(Q("{'output':[42]}"), Context.RealtimeResponse));
        Assert.Equal("$.output[0]", exception.Path);
    }
}

using System;
using System.Text;
using System.Text.Json;
using OpenAI.Realtime.Serialization;
using static OpenAI.Realtime.Models.Tests.Realtime.Json;

namespace OpenAI.Realtime.Models.Tests.Reading;

/// <summary>
/// The runtime's discriminator table (<see cref="JsonDiscriminator"/>): the look-ahead that picks a union's case, which stops
/// at the first occurrence of each member, and the check that a case does not read a repeated discriminator with another
/// value; directly and through the generated unions on every read path.
/// </summary>
public class DiscriminatorTableTests
{
    private static readonly ReadTarget ServerEvents = ReadTarget.For<RealtimeServerEvent>();
    private static readonly JsonDiscriminator Pets = new("Pet", new[] { "type" }, new string?[] { "dog", "cat", "dog" }, new[] { 0, 1, 2 });
    private static readonly JsonDiscriminator Items = new("Item", new[] { "type", "role" }, new string?[] { "message", "system", "message", "user", "function_call", null });
    private static readonly byte[] DogUtf8 = Encoding.UTF8.GetBytes("dog");

    private static int Find(JsonDiscriminator table, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(Q(json)));
        reader.Read();
        long before = reader.BytesConsumed;
        int row = table.FindRow(ref reader);
        Assert.Equal(before, reader.BytesConsumed);
        return row;
    }

    [Theory]
    [InlineData("{'type':'dog'}", 0)]
    [InlineData("{'type':'cat'}", 1)]
    [InlineData("{'type':'\\u0064og'}", 0)]
    [InlineData("{'typ\\u0065':'cat'}", 1)]
    [InlineData("{'a':{'type':'cat','b':[1,{'type':'cat'}]},'c':[],'type':'dog'}", 0)]
    [InlineData("{'type':'dog','type':'dog'}", 0)]
    [InlineData("{'name':'x'}", -1)]
    [InlineData("{'type':7}", -1)]
    [InlineData("{'type':null}", -1)]
    [InlineData("{'type':{'type':'dog'}}", -1)]
    [InlineData("{'type':'bird'}", -1)]
    [InlineData("{}", -1)]
    public void FindsTheFirstRowOfTheValue(string json, int row) => Assert.Equal(row, Find(Pets, json));

    [Theory]
    [InlineData("{'type':'message','role':'user'}", 1)]
    [InlineData("{'role':'system','id':'i','type':'message'}", 0)]
    [InlineData("{'type':'function_call','role':'user'}", 2)]
    [InlineData("{'type':'function_call'}", 2)]
    [InlineData("{'type':'message'}", -1)]
    [InlineData("{'type':'message','role':'assistant'}", -1)]
    public void TwoMembersPickTheFirstMatchingRow(string json, int row) => Assert.Equal(row, Find(Items, json));

    [Theory]
    [InlineData("{'type':'bird','type':'dog'}")]
    [InlineData("{'type':'bird','x':1,'type':7}")]
    [InlineData("{'type':'message','role':'x','role':'y'}")]
    public void ARepeatedDiscriminatorWithAnotherValueIsAnErrorWhenNoCaseMatches(string json)
    {
        JsonDiscriminator table = json.Contains("role", StringComparison.Ordinal) ? Items : Pets;
        var error = Assert.Throws<JsonException>(() => Find(table, json));
        Assert.Contains("occurs twice with different values", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{'type':'dog','name':'a'}", true)]
    [InlineData("{'type':'dog','type':'dog'}", true)]
    [InlineData("{'type':'dog','type':'cat'}", false)]
    [InlineData("{'type':'dog','type':'cat','type':'dog'}", false)]
    [InlineData("{'type':'dog','type':5}", false)]
    [InlineData("{'type':'dog','inner':{'type':'cat'}}", true)]
    public void TheCaseReadRejectsARepeatWithAnotherValue(string json, bool reads)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(Q(json));
        Exception? error = Record.Exception(() =>
        {
            var reader = new Utf8JsonReader(utf8);
            reader.Read();
            int row = Pets.FindRow(ref reader);
            Assert.Equal(0, row);
            Pets.ReadCase(ref reader, row, ReadDog);
        });
        if (reads)
        {
            Assert.Null(error);
        }
        else
        {
            var exception = Assert.IsType<JsonException>(error);
            Assert.Contains("occurs twice with different values", exception.Message, StringComparison.Ordinal);
            Assert.Equal("$", exception.Path);
        }
    }

    [Fact]
    public void AfterACaseReadTheCheckIsOff()
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(Q("{'type':'dog'}")));
        reader.Read();
        Pets.ReadCase(ref reader, 0, ReadDog);

        // The same constant read outside any case read is an ordinary string.
        var other = new Utf8JsonReader(Encoding.UTF8.GetBytes(Q("{'type':'cat'}")));
        other.Read();
        other.Read();
        other.Read();
        Assert.Equal("cat", JsonModelReader.ReadString(ref other, DogUtf8, "dog"));
    }

    /// <summary>A case reader as the generated ones read a constant member: the last value wins, the constant is compared.</summary>
    private static object ReadDog(ref Utf8JsonReader reader)
    {
        string? type = null;
        int depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            bool isType = reader.ValueTextEquals("type"u8);
            reader.Read();
            if (isType)
            {
                type = JsonModelReader.ReadString(ref reader, DogUtf8, "dog");
            }
            else
            {
                reader.Skip();
            }
        }

        return type ?? "none";
    }

    [Theory]
    [InlineData("{'type':'input_audio_buffer.speech_started','event_id':'e','audio_start_ms':1,'item_id':'i','type':'response.done','type':'input_audio_buffer.speech_started'}")]
    [InlineData("{'type':'not.known','event_id':'e','type':'response.done'}")]
    [InlineData("{'event_id':'e','type':'input_audio_buffer.speech_started','audio_start_ms':1,'item_id':'i','type':'x'}")]
    public void GeneratedUnionsRejectARepeatedDiscriminatorWithAnotherValue(string json)
    {
        ContractResult result = ReadContract.CheckEveryPath(ServerEvents, Encoding.UTF8.GetBytes(Q(json)));
        Assert.True(result.Holds, result.Describe());
        Assert.False(result.Read, result.Describe());
        Assert.All(result.Outcomes, o => Assert.Contains("occurs twice with different values", o.Error!.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void GeneratedUnionsReadTheDiscriminatorAfterOtherMembersAndUnknownKinds()
    {
        ContractResult late = ReadContract.CheckEveryPath(ServerEvents, Encoding.UTF8.GetBytes(Q("{'event_id':'e','audio_start_ms':1,'item_id':'i','type':'input_audio_buffer.speech_started'}")));
        Assert.True(late.Holds, late.Describe());
        Assert.IsType<RealtimeServerEventInputAudioBufferSpeechStarted>(late.Value);

        ContractResult missing = ReadContract.CheckEveryPath(ServerEvents, Encoding.UTF8.GetBytes(Q("{'event_id':'e'}")));
        Assert.True(missing.Holds, missing.Describe());
        Assert.IsType<UnknownRealtimeServerEvent>(missing.Value);

        ContractResult numeric = ReadContract.CheckEveryPath(ServerEvents, Encoding.UTF8.GetBytes(Q("{'event_id':'e','type':7}")));
        Assert.True(numeric.Holds, numeric.Describe());
        Assert.IsType<UnknownRealtimeServerEvent>(numeric.Value);
    }
}

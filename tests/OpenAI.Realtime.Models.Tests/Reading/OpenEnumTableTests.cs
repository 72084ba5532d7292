using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OpenAI.Realtime.Serialization;

namespace OpenAI.Realtime.Models.Tests.Reading;

/// <summary>
/// The runtime side of the generated extensible enumerations: <see cref="JsonOpenEnumTable"/>, which every enumeration
/// builds from the literals of its static members, and <see cref="JsonOpenEnumConverter{T}"/>, named in each one's
/// <c>[JsonConverter]</c> attribute and created by the JSON context. Exercised through a generated enumeration
/// (<see cref="RealtimeResponseStatus"/>, whose internal <c>ReadJson</c>/<c>WriteJson</c> the other models call) and
/// through tables built here.
/// </summary>
public class OpenEnumTableTests
{
    private static RealtimeResponseStatus Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    private static RealtimeResponseStatus Read(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        Assert.True(reader.Read());
        return JsonOpenEnum.Read<RealtimeResponseStatus>(ref reader);
    }

    private static RealtimeResponseStatus ReadSegmented(string json, int size)
    {
        var reader = new Utf8JsonReader(Realtime.Json.Segments(Encoding.UTF8.GetBytes(json), size));
        Assert.True(reader.Read());
        return JsonOpenEnum.Read<RealtimeResponseStatus>(ref reader);
    }

    private static string Write(RealtimeResponseStatus value, JavaScriptEncoder? encoder = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            JsonOpenEnum.Write(writer, value, RealtimeJsonWriteMode.RoundTrip);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Write(JsonOpenEnumTable table, string? value, JavaScriptEncoder? encoder = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            table.Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void KnownValueReadsAsTheCachedInstanceOfItsStaticMember()
    {
        RealtimeResponseStatus status = Read("\"completed\"");

        Assert.Equal(RealtimeResponseStatus.Completed, status);
        Assert.Same(RealtimeResponseStatus.Completed.ToString(), status.ToString());
        Assert.True(status.IsKnown);
        Assert.Same(RealtimeResponseStatus.InProgress.ToString(), Read("\"in_progress\"").ToString());
    }

    [Fact]
    public void KnownValueSplitAcrossSegmentsOrEscapedStillMatches()
    {
        // "\u0063" is 'c': the reader compares the unescaped text.
        Assert.Same(RealtimeResponseStatus.Completed.ToString(), Read("\"\\u0063ompleted\"").ToString());
        Assert.Same(RealtimeResponseStatus.Failed.ToString(), Read("\"f\\u0061iled\"").ToString());
        for (int size = 1; size <= 4; size++)
        {
            Assert.Same(RealtimeResponseStatus.Cancelled.ToString(), ReadSegmented("\"cancelled\"", size).ToString());
            Assert.Same(RealtimeResponseStatus.Cancelled.ToString(), ReadSegmented("\"c\\u0061ncelled\"", size).ToString());
            Assert.Equal("archived", ReadSegmented("\"archived\"", size).ToString());
        }
    }

    [Fact]
    public void ReadingKnownValuesAndIsKnownAllocateNothing()
    {
        byte[] plain = Encoding.UTF8.GetBytes("\"in_progress\"");
        byte[] escaped = Encoding.UTF8.GetBytes("\"\\u0069n_progress\"");
        int known = 0;
        for (int round = 0; round < 2; round++)
        {
            // The first round warms up (static initialization, tiered JIT); the second is measured.
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                known += Read(plain).IsKnown ? 1 : 0;
                known += Read(escaped).IsKnown ? 1 : 0;
                known += RealtimeResponseStatus.Failed.IsKnown ? 1 : 0;
            }

            if (round == 1)
            {
                Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            }
        }

        Assert.Equal(600, known);
    }

    [Fact]
    public void UnknownValueIsKept()
    {
        RealtimeResponseStatus status = Read("\"archived\"");

        Assert.Equal("archived", status.ToString());
        Assert.False(status.IsKnown);
        Assert.Equal(new RealtimeResponseStatus("archived"), status);
        Assert.Equal("\"archived\"", Write(status));

        // Close to a listed value is not that value: a prefix, another case, an extension.
        Assert.False(Read("\"complete\"").IsKnown);
        Assert.False(Read("\"Completed\"").IsKnown);
        Assert.False(Read("\"completed_\"").IsKnown);
        Assert.Equal(string.Empty, Read("\"\"").ToString());
        Assert.False(Read("\"\"").IsKnown);
    }

    [Theory]
    [InlineData("1", "a number")]
    [InlineData("null", "null")]
    [InlineData("true", "a boolean")]
    [InlineData("{}", "an object")]
    [InlineData("[\"completed\"]", "an array")]
    public void NonStringTokenThrowsNamingTheType(string json, string found)
    {
        JsonException exception = Assert.Throws<JsonException>(() => Read(json));

        Assert.Equal("Expected a string for RealtimeResponseStatus but found " + found + ". Path: $.", exception.Message);
    }

    [Fact]
    public void InvalidUnicodeThrowsJsonException()
    {
        // Malformed UTF-8 (a lone continuation byte and an invalid lead byte) and a lone surrogate escape.
        Assert.Throws<JsonException>(() => Read(new byte[] { (byte)'"', 0x80, (byte)'"' }));
        Assert.Throws<JsonException>(() => Read(new byte[] { (byte)'"', (byte)'c', 0xFF, (byte)'"' }));
        Assert.Throws<JsonException>(() => Read("\"\\ud800\""));
        Assert.Throws<JsonException>(() => Read("\"completed\\ud800\""));
    }

    [Fact]
    public void WritesKnownUnknownAndDefault()
    {
        Assert.Equal("\"completed\"", Write(RealtimeResponseStatus.Completed));
        Assert.Equal("\"in_progress\"", Write(Read("\"in_progress\"")));

        // A listed value built at run time (another string instance) is written the same.
        Assert.Equal("\"failed\"", Write(new RealtimeResponseStatus(new string("failed".ToCharArray()))));
        Assert.Equal("\"a\\u002Bb\"", Write(new RealtimeResponseStatus("a+b")));
        Assert.Equal("\"a+b\"", Write(new RealtimeResponseStatus("a+b"), JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
        Assert.Equal("null", Write(default));
    }

    [Fact]
    public void ListedValuesTheDefaultEncoderWouldEscapeGoThroughTheWritersEncoder()
    {
        var table = new JsonOpenEnumTable("Sign", "plain", "a+b", "caf\u00e9");

        Assert.Equal("\"plain\"", Write(table, table[0]));
        Assert.Equal("\"a\\u002Bb\"", Write(table, table[1]));
        Assert.Equal("\"a+b\"", Write(table, table[1], JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
        Assert.Equal("\"caf\u00e9\"", Write(table, table[2], JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
        Assert.Equal("\"plain\"", Write(table, table[0], JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
        Assert.Equal("null", Write(table, null));
    }

    [Fact]
    public void TableMatchesReadsAndChecksByIndex()
    {
        var table = new JsonOpenEnumTable("Sign", "plain", "a+b", "caf\u00e9");
        Assert.Equal(3, table.Count);
        Assert.Equal("'plain', 'a+b', 'caf\u00e9'", table.AllowedValuesText);

        foreach ((string json, int index) in new[] { ("\"plain\"", 0), ("\"a+b\"", 1), ("\"a\\u002bb\"", 1), ("\"caf\u00e9\"", 2), ("\"caf\\u00e9\"", 2), ("\"other\"", -1) })
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            Assert.True(reader.Read());
            Assert.Equal(index, table.Match(ref reader));
            string text = table.Read(ref reader);
            if (index >= 0)
            {
                Assert.Same(table[index], text);
            }
            else
            {
                Assert.Equal("other", text);
            }
        }

        var number = new Utf8JsonReader("1"u8);
        Assert.True(number.Read());
        try
        {
            table.Match(ref number);
            Assert.Fail("Expected a JsonException.");
        }
        catch (JsonException exception)
        {
            Assert.Equal("Expected a string for Sign but found a number. Path: $.", exception.Message);
        }

        var empty = new JsonOpenEnumTable("None");
        Assert.Equal(string.Empty, empty.AllowedValuesText);
        Assert.False(empty.IsKnown("x"));
        Assert.Throws<ArgumentNullException>(() => new JsonOpenEnumTable(null!, "a"));
        Assert.Throws<ArgumentException>(() => new JsonOpenEnumTable("T", "a", null!));
    }

    [Fact]
    public void IsKnownComparesOrdinally()
    {
        Assert.True(RealtimeResponseStatus.Completed.IsKnown);
        Assert.True(RealtimeResponseStatus.InProgress.IsKnown);
        Assert.True(new RealtimeResponseStatus(new string("incomplete".ToCharArray())).IsKnown);
        Assert.True(((RealtimeResponseStatus)"cancelled").IsKnown);
        Assert.False(new RealtimeResponseStatus("CANCELLED").IsKnown);
        Assert.False(new RealtimeResponseStatus("archived").IsKnown);
        Assert.False(default(RealtimeResponseStatus).IsKnown);
        Assert.Equal("'completed', 'cancelled', 'failed', 'incomplete', 'in_progress'", ((IJsonOpenEnum)RealtimeResponseStatus.Completed).Table.AllowedValuesText);
        Assert.Equal(new[] { "completed", "cancelled", "failed", "incomplete", "in_progress" }, System.Linq.Enumerable.Select(RealtimeResponseStatus.KnownValues, v => v.ToString()));
    }

    [Fact]
    public void PublicApiBehavesAsBefore()
    {
        Assert.Throws<ArgumentNullException>(() => new RealtimeResponseStatus(null!));
        Assert.True(RealtimeResponseStatus.Failed == new RealtimeResponseStatus("failed"));
        Assert.True(RealtimeResponseStatus.Failed != RealtimeResponseStatus.Completed);
        Assert.False(RealtimeResponseStatus.Failed.Equals((object)"failed"));
        Assert.True(RealtimeResponseStatus.Failed.Equals((object)new RealtimeResponseStatus("failed")));
        Assert.Equal(new RealtimeResponseStatus("failed").GetHashCode(), RealtimeResponseStatus.Failed.GetHashCode());
        Assert.Equal(0, default(RealtimeResponseStatus).GetHashCode());
        Assert.Equal(string.Empty, default(RealtimeResponseStatus).ToString());
        Assert.NotEqual(default, new RealtimeResponseStatus(string.Empty));
        Assert.IsAssignableFrom<IEquatable<RealtimeResponseStatus>>(RealtimeResponseStatus.Failed);
    }

    [Fact]
    public void JsonContextUsesTheGenericConverter()
    {
        var typeInfo = RealtimeJsonContext.Default.RealtimeResponseStatus;
        Assert.IsType<JsonOpenEnumConverter<RealtimeResponseStatus>>(typeInfo.Converter);

        RealtimeResponseStatus status = JsonSerializer.Deserialize("\"\\u0063ompleted\"", typeInfo);
        Assert.Same(RealtimeResponseStatus.Completed.ToString(), status.ToString());
        Assert.Equal("\"completed\"", JsonSerializer.Serialize(status, typeInfo));
        Assert.Equal("\"archived\"", JsonSerializer.Serialize(JsonSerializer.Deserialize("\"archived\"", typeInfo), typeInfo));
        Assert.Equal("null", JsonSerializer.Serialize(default(RealtimeResponseStatus), typeInfo));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("1", typeInfo));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("null", typeInfo));

        var response = JsonSerializer.Deserialize("{\"status\":\"failed\"}", RealtimeJsonContext.Default.RealtimeResponse)!;
        Assert.Same(RealtimeResponseStatus.Failed.ToString(), response.Status!.Value.ToString());
    }

    [Fact]
    public void PlainJsonSerializerUsesTheAttributeConverter()
    {
        var options = new JsonSerializerOptions();
        Assert.IsType<JsonOpenEnumConverter<RealtimeResponseStatus>>(options.GetConverter(typeof(RealtimeResponseStatus)));

        RealtimeResponseStatus status = JsonSerializer.Deserialize<RealtimeResponseStatus>("\"incomplete\"", options);
        Assert.Same(RealtimeResponseStatus.Incomplete.ToString(), status.ToString());
        Assert.Equal("\"incomplete\"", JsonSerializer.Serialize(status, options));
        Assert.Equal("\"new_status\"", JsonSerializer.Serialize(JsonSerializer.Deserialize<RealtimeResponseStatus>("\"new_status\"", options), options));
        Assert.Equal("null", JsonSerializer.Serialize(default(RealtimeResponseStatus), options));
        Assert.Null(JsonSerializer.Deserialize<RealtimeResponseStatus?>("null", options));
        Assert.Equal(RealtimeResponseStatus.Failed, JsonSerializer.Deserialize<RealtimeResponseStatus?>("\"failed\"", options));
        Assert.Equal("[\"failed\",\"x\"]", JsonSerializer.Serialize(new[] { RealtimeResponseStatus.Failed, "x" }, options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RealtimeResponseStatus>("1", options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RealtimeResponseStatus>(new byte[] { (byte)'"', 0xFF, (byte)'"' }, options));
    }

    [Fact]
    public void ConverterReadsAndWritesDirectly()
    {
        var converter = new JsonOpenEnumConverter<RealtimeResponseStatus>();
        var reader = new Utf8JsonReader("\"failed\""u8);
        Assert.True(reader.Read());
        RealtimeResponseStatus status = converter.Read(ref reader, typeof(RealtimeResponseStatus), new JsonSerializerOptions());
        Assert.Same(RealtimeResponseStatus.Failed.ToString(), status.ToString());

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            converter.Write(writer, status, new JsonSerializerOptions());
            converter.Write(writer, "other", new JsonSerializerOptions());
            converter.Write(writer, default, new JsonSerializerOptions());
            writer.WriteEndArray();
        }

        Assert.Equal("[\"failed\",\"other\",null]", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}

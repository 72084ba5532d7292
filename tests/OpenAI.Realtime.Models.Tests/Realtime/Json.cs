using System;
using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace OpenAI.Realtime.Models.Tests.Realtime;

/// <summary>Reading, writing and comparing JSON in tests.</summary>
internal static class Json
{
    /// <summary>Reads <paramref name="json"/>, writes it back, asserts the two are the same JSON, and returns the value read.</summary>
    public static T RoundTrip<T>(string json, JsonTypeInfo<T> typeInfo)
    {
        T value = JsonSerializer.Deserialize(json, typeInfo)!;
        string written = JsonSerializer.Serialize(value, typeInfo);
        AssertSame(json, written);
        return value;
    }

    public static void AssertSame(string expected, string actual)
    {
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), "Expected\n" + expected + "\nbut got\n" + actual);
    }

    public static string Write<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(value, typeInfo);

    /// <summary>Writes <paramref name="value"/> through <c>RealtimeJson.Write</c> into a buffer, as a WebSocket sender does.</summary>
    public static string WriteToBuffer<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var buffer = new ArrayBufferWriter<byte>();
        OpenAI.Realtime.Serialization.RealtimeJson.Write(buffer, value, typeInfo);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static T Read<T>(string json, JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(json, typeInfo)!;

    /// <summary>Single quotes to double quotes, so payloads in tests stay readable.</summary>
    public static string Q(string text) => text.Replace('\'', '"');

    /// <summary><paramref name="bytes"/> as a sequence of segments of <paramref name="size"/> bytes, as a socket may deliver them.</summary>
    public static ReadOnlySequence<byte> Segments(byte[] bytes, int size)
    {
        var first = new Segment(bytes.AsMemory(0, Math.Min(size, bytes.Length)), 0);
        Segment last = first;
        for (int offset = size; offset < bytes.Length; offset += size)
        {
            last = last.Append(bytes.AsMemory(offset, Math.Min(size, bytes.Length - offset)));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}

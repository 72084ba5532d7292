using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenAI.Realtime.Serialization;

namespace OpenAI.Realtime.Models.Tests.Reading;

/// <summary>What one read path made of some bytes: the value's JSON as written back, or the exception.</summary>
internal sealed record ReadOutcome(string Path, byte[]? Written, Exception? Error)
{
    public bool Succeeded => Error is null;

    public override string ToString()
        => Path + ": " + (Error is null ? Encoding.UTF8.GetString(Written!) : Error.GetType().Name + ": " + Error.Message);
}

/// <summary>
/// Every way users read a message into a generated type: <c>JsonSerializer.Deserialize</c> from a string and from UTF-8,
/// <c>RealtimeJson.Read</c> from a span and from a sequence of any segmentation, and <c>JsonSerializer</c> from a stream
/// at any buffer size (synchronously, asynchronously, and from a stream that hands out a few bytes per read, as a socket
/// does). Each path writes the value it read back, so the paths can be compared byte for byte.
/// </summary>
internal abstract class ReadTarget
{
    private static readonly ConcurrentDictionary<Type, ReadTarget> Targets = new();

    public abstract string Name { get; }

    public static ReadTarget For(Type type) => Targets.GetOrAdd(type, t => (ReadTarget)Activator.CreateInstance(typeof(ReadTarget<>).MakeGenericType(t))!);

    public static ReadTarget For<T>() => For(typeof(T));

    public abstract ReadOutcome FromString(string json);

    public abstract ReadOutcome FromUtf8(byte[] utf8);

    public abstract ReadOutcome FromSpan(byte[] utf8);

    public abstract ReadOutcome FromSequence(byte[] utf8, int[] segmentSizes, string label);

    public abstract ReadOutcome FromStream(byte[] utf8, int bufferSize, StreamKind kind, int chunk = 0);

    /// <summary>Reads <paramref name="utf8"/> and returns the value, or throws what reading threw.</summary>
    public abstract object? Read(byte[] utf8);

    /// <summary>Writes a value in round-trip mode through <c>RealtimeJson.Write</c>.</summary>
    public abstract byte[] Write(object? value);

    /// <summary>Writes a value through <c>JsonSerializer</c> in round-trip mode and in request mode, and validates it.</summary>
    public abstract (byte[] Serialized, byte[] Request, int ValidationErrors) WriteAllWays(object? value);
}

internal enum StreamKind
{
    Sync,
    Async,
    Trickle,
}

internal sealed class ReadTarget<T> : ReadTarget
{
    private static readonly JsonTypeInfo<T> TypeInfo = (JsonTypeInfo<T>)RealtimeJsonContext.Default.GetTypeInfo(typeof(T))!;
    private static readonly JsonTypeInfo<T> RequestTypeInfo = (JsonTypeInfo<T>)RealtimeJsonContext.Requests.GetTypeInfo(typeof(T))!;
    private static readonly ConcurrentDictionary<int, JsonTypeInfo<T>> ByBufferSize = new();

    public override string Name => typeof(T).Name;

    public override ReadOutcome FromString(string json) => Outcome("JsonSerializer(string)", () => JsonSerializer.Deserialize(json, TypeInfo));

    public override ReadOutcome FromUtf8(byte[] utf8) => Outcome("JsonSerializer(utf8 span)", () => JsonSerializer.Deserialize(utf8.AsSpan(), TypeInfo));

    public override ReadOutcome FromSpan(byte[] utf8) => Outcome("RealtimeJson.Read(span)", () => RealtimeJson.Read(utf8.AsSpan(), TypeInfo));

    public override ReadOutcome FromSequence(byte[] utf8, int[] segmentSizes, string label)
        => Outcome("RealtimeJson.Read(sequence " + label + ")", () => RealtimeJson.Read(Sequences.Split(utf8, segmentSizes), TypeInfo));

    public override ReadOutcome FromStream(byte[] utf8, int bufferSize, StreamKind kind, int chunk = 0)
    {
        JsonTypeInfo<T> typeInfo = WithBufferSize(bufferSize);
        string path = "JsonSerializer(" + kind + " stream, buffer " + bufferSize + (chunk > 0 ? ", reads of " + chunk : string.Empty) + ")";
        return kind switch
        {
            StreamKind.Sync => Outcome(path, () => JsonSerializer.Deserialize(new MemoryStream(utf8, writable: false), typeInfo)),
            StreamKind.Async => Outcome(path, () => JsonSerializer.DeserializeAsync(new MemoryStream(utf8, writable: false), typeInfo).AsTask().GetAwaiter().GetResult()),
            _ => Outcome(path, () => JsonSerializer.DeserializeAsync(new TrickleStream(utf8, chunk), typeInfo).AsTask().GetAwaiter().GetResult()),
        };
    }

    public override object? Read(byte[] utf8) => RealtimeJson.Read(utf8.AsSpan(), TypeInfo);

    public override byte[] Write(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        RealtimeJson.Write(buffer, (T)value!, TypeInfo);
        return buffer.WrittenSpan.ToArray();
    }

    public override (byte[] Serialized, byte[] Request, int ValidationErrors) WriteAllWays(object? value)
    {
        byte[] serialized = JsonSerializer.SerializeToUtf8Bytes((T)value!, TypeInfo);
        byte[] request = JsonSerializer.SerializeToUtf8Bytes((T)value!, RequestTypeInfo);
        int errors = value is IRealtimeValidatable validatable ? Validate(validatable) : 0;
        return (serialized, request, errors);
    }

    private static int Validate(IRealtimeValidatable value)
    {
        var context = new RealtimeValidationContext();
        value.Validate(context);
        return context.Errors.Count;
    }

    private static JsonTypeInfo<T> WithBufferSize(int size) => ByBufferSize.GetOrAdd(size, s =>
    {
        JsonSerializerOptions options = RealtimeJsonOptions.Create(RealtimeJsonContext.Default);
        options.DefaultBufferSize = s;
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    });

    private ReadOutcome Outcome(string path, Func<T?> read)
    {
        T? value;
        try
        {
            value = read();
        }
        catch (Exception exception)
        {
            return new ReadOutcome(path, null, exception);
        }

        try
        {
            return new ReadOutcome(path, Write(value), null);
        }
        catch (Exception exception)
        {
            // Reading gave a value that cannot be written: reported as a contract violation by the caller.
            return new ReadOutcome(path + " then write", null, new WriteFailedException(exception));
        }
    }
}

/// <summary>A value was read but writing it threw.</summary>
internal sealed class WriteFailedException(Exception inner) : Exception("Writing the value that was read threw " + inner.GetType().Name + ": " + inner.Message, inner);

/// <summary>A stream that returns at most a few bytes per read, as a socket delivering small packets does.</summary>
internal sealed class TrickleStream(byte[] data, int chunk) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = Math.Min(Math.Min(count, chunk), data.Length - _position);
        Array.Copy(data, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

internal static class Sequences
{
    /// <summary><paramref name="bytes"/> split into segments of the given sizes (the last size repeats).</summary>
    public static ReadOnlySequence<byte> Split(byte[] bytes, int[] sizes)
    {
        if (bytes.Length == 0)
        {
            return ReadOnlySequence<byte>.Empty;
        }

        var segments = new List<ReadOnlyMemory<byte>>();
        int offset = 0;
        for (int i = 0; offset < bytes.Length; i++)
        {
            int size = Math.Max(1, sizes[Math.Min(i, sizes.Length - 1)]);
            int n = Math.Min(size, bytes.Length - offset);
            segments.Add(bytes.AsMemory(offset, n));
            offset += n;
        }

        var first = new Segment(segments[0], 0);
        Segment last = first;
        foreach (ReadOnlyMemory<byte> memory in segments.Skip(1))
        {
            last = last.Append(memory);
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

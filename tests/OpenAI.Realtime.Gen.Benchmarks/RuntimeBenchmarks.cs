using System;
using System.Buffers;
using System.ClientModel.Primitives;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Gen.Realtime;
using OpenAI.Realtime.Serialization;
using Sdk = OpenAI.Realtime;

namespace RealtimeGenBenchmarks;

/// <summary>
/// The generated models reading and writing recorded GA payloads, side by side with the official OpenAI SDK's Realtime
/// types (2.15.0, the baseline of each group) on the same bytes, and with JsonDocument as the floor of reading them.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuntimeBenchmarks
{
    private static readonly RealtimeJsonContext Context = RealtimeJsonContext.Default;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private byte[] _response = Array.Empty<byte>();
    private byte[] _session = Array.Empty<byte>();
    private byte[][] _stream = Array.Empty<byte[]>();
    private RealtimeResponse _generatedResponse = null!;
    private Sdk.RealtimeResponse _sdkResponse = null!;
    private RealtimeSessionCreateResponseGA _generatedSession = null!;
    private Sdk.RealtimeConversationSession _sdkSession = null!;
    private JsonDocument _responseDocument = null!;

    [GlobalSetup]
    public void Setup()
    {
        _response = Encoding.UTF8.GetBytes(JsonNode.Parse(BenchmarkData.File("response.done.json"))!["response"]!.ToJsonString());
        string[] lines = Encoding.UTF8.GetString(BenchmarkData.File("session.jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        _session = Encoding.UTF8.GetBytes(JsonNode.Parse(lines.First(l => l.Contains("\"session.updated\"")))!["session"]!.ToJsonString());
        _stream = lines.Select(Encoding.UTF8.GetBytes).ToArray();
        _generatedResponse = RealtimeJson.Read(_response, Context.RealtimeResponse);
        _sdkResponse = ModelReaderWriter.Read<Sdk.RealtimeResponse>(BinaryData.FromBytes(_response))!;
        _generatedSession = RealtimeJson.Read(_session, Context.RealtimeSessionCreateResponseGA);
        _sdkSession = ModelReaderWriter.Read<Sdk.RealtimeConversationSession>(BinaryData.FromBytes(_session))!;
        _responseDocument = JsonDocument.Parse(_response);
    }

    [GlobalCleanup]
    public void Cleanup() => _responseDocument.Dispose();

    // ---- response.done's response

    [Benchmark(Baseline = true), BenchmarkCategory("1 Read response")]
    public object? Sdk_ReadResponse() => ModelReaderWriter.Read<Sdk.RealtimeResponse>(BinaryData.FromBytes(_response));

    [Benchmark, BenchmarkCategory("1 Read response")]
    public object Generated_ReadResponse() => RealtimeJson.Read(_response, Context.RealtimeResponse);

    [Benchmark, BenchmarkCategory("1 Read response")]
    public int JsonDocument_ReadResponse()
    {
        using JsonDocument document = JsonDocument.Parse(_response);
        return document.RootElement.ValueKind == JsonValueKind.Object ? 1 : 0;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("2 Write response")]
    public int Sdk_WriteResponse() => ModelReaderWriter.Write(_sdkResponse).ToMemory().Length;

    [Benchmark, BenchmarkCategory("2 Write response")]
    public int Generated_WriteResponseToBytes() => JsonSerializer.SerializeToUtf8Bytes(_generatedResponse, Context.RealtimeResponse).Length;

    [Benchmark, BenchmarkCategory("2 Write response")]
    public int Generated_WriteResponseToBuffer()
    {
        _buffer.ResetWrittenCount();
        RealtimeJson.Write(_buffer, _generatedResponse, Context.RealtimeResponse);
        return _buffer.WrittenCount;
    }

    [Benchmark, BenchmarkCategory("2 Write response")]
    public int JsonDocument_WriteResponseToBuffer()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        _responseDocument.RootElement.WriteTo(writer);
        writer.Flush();
        return _buffer.WrittenCount;
    }

    // ---- session.updated's session

    [Benchmark(Baseline = true), BenchmarkCategory("3 Read session")]
    public object? Sdk_ReadSession() => ModelReaderWriter.Read<Sdk.RealtimeConversationSession>(BinaryData.FromBytes(_session));

    [Benchmark, BenchmarkCategory("3 Read session")]
    public object Generated_ReadSession() => RealtimeJson.Read(_session, Context.RealtimeSessionCreateResponseGA);

    [Benchmark, BenchmarkCategory("3 Read session")]
    public int JsonDocument_ReadSession()
    {
        using JsonDocument document = JsonDocument.Parse(_session);
        return document.RootElement.ValueKind == JsonValueKind.Object ? 1 : 0;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("4 Write session")]
    public int Sdk_WriteSession() => ModelReaderWriter.Write(_sdkSession).ToMemory().Length;

    [Benchmark, BenchmarkCategory("4 Write session")]
    public int Generated_WriteSessionToBytes() => JsonSerializer.SerializeToUtf8Bytes(_generatedSession, Context.RealtimeSessionCreateResponseGA).Length;

    [Benchmark, BenchmarkCategory("4 Write session")]
    public int Generated_WriteSessionToBuffer()
    {
        _buffer.ResetWrittenCount();
        RealtimeJson.Write(_buffer, _generatedSession, Context.RealtimeSessionCreateResponseGA);
        return _buffer.WrittenCount;
    }

    // ---- a recorded session: 41 server events, mostly small deltas, read as they arrive

    [Benchmark(Baseline = true), BenchmarkCategory("5 Read event stream")]
    public int Sdk_ReadStream()
    {
        int read = 0;
        foreach (byte[] message in _stream)
        {
            read += ModelReaderWriter.Read<Sdk.RealtimeServerUpdate>(BinaryData.FromBytes(message)) is null ? 0 : 1;
        }

        return read;
    }

    [Benchmark, BenchmarkCategory("5 Read event stream")]
    public int Generated_ReadStream()
    {
        int read = 0;
        foreach (byte[] message in _stream)
        {
            read += RealtimeJson.Read(message, Context.RealtimeServerEvent) is null ? 0 : 1;
        }

        return read;
    }

    [Benchmark, BenchmarkCategory("5 Read event stream")]
    public int JsonDocument_ReadStream()
    {
        int read = 0;
        foreach (byte[] message in _stream)
        {
            using JsonDocument document = JsonDocument.Parse(message);
            read += document.RootElement.ValueKind == JsonValueKind.Object ? 1 : 0;
        }

        return read;
    }
}

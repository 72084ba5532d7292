using System.Text.Json;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>Reads one JSON value (the reader stands on its first token) into a model value.</summary>
    public delegate T JsonValueReader<T>(ref Utf8JsonReader reader);

    /// <summary>Writes one model value as JSON.</summary>
    public delegate void JsonValueWriter<T>(Utf8JsonWriter writer, T value, RealtimeJsonWriteMode mode);
}

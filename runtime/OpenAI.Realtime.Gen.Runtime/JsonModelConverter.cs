using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// The <c>JsonConverter</c> of every generated model class: reads and writes it through <see cref="JsonModel"/>,
    /// without reflection. A message that is JSON null is a <see cref="JsonException"/>; a null nested in a user's own type
    /// reads as null.
    /// </summary>
    /// <typeparam name="T">The generated model class.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonModelConverter<T> : JsonConverter<T>
        where T : JsonModel, new()
    {
        /// <inheritdoc/>
        public override bool HandleNull => true;

        /// <inheritdoc/>
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => JsonModelReader.BeginRead(ref reader, options) ? null : JsonModel.Read<T>(ref reader);

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
            => JsonModel.WriteOrNull(writer, value, RealtimeJsonOptions.GetWriteMode(options));
    }
}

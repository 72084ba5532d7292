// Metadata, from #/components/schemas/Metadata
/// <summary>A named map of short strings.</summary>
/// <remarks>
/// <para>At most 4 entries.</para>
/// <para>Keys of at most 8 characters.</para>
/// <para>Values of at most 16 characters.</para>
/// </remarks>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
[__Sys::Text.Json.Serialization.JsonConverter(typeof(__M::MetadataJsonConverter))]
public partial class Metadata : __Sys::Collections.Generic.Dictionary<string, string>, __Oai::IRealtimeValidatable
{
    /// <summary>Creates an empty map (keys compared ordinally).</summary>
    public Metadata() : base(__Sys::StringComparer.Ordinal)
    {
    }

    /// <summary>Creates a map holding a copy of <paramref name="values"/>.</summary>
    /// <param name="values">The entries to copy.</param>
    public Metadata(__Sys::Collections.Generic.IDictionary<string, string> values) : base(values, __Sys::StringComparer.Ordinal)
    {
    }

    /// <summary>
    /// Checks this value, and every value it holds, against the constraints of its schema: required members, nulls the
    /// spec does not allow, lengths, ranges, counts, patterns and closed enumerations. Reading is tolerant; this is where
    /// a payload that breaks the spec shows. Never throws.
    /// </summary>
    /// <returns>Every violation found; empty when the value is valid.</returns>
    public __Sys::Collections.Generic.IReadOnlyList<__Oai::RealtimeValidationError> Validate()
    {
        var context = new __Oai::RealtimeValidationContext();
        ((__Oai::IRealtimeValidatable)this).Validate(context);
        return context.Errors;
    }

    void __Oai::IRealtimeValidatable.Validate(__Oai::RealtimeValidationContext context)
    {
        var self = (__Sys::Collections.Generic.IDictionary<string, string>)this;
        context.CheckCount(self?.Count, null, 4, "members");
        if (self != null)
        {
            foreach (var pair0 in self)
            {
                context.PushProperty(pair0.Key);
                context.CheckLength(pair0.Key, null, 8);
                var item0 = pair0.Value;
                context.CheckNotNull(item0 == null);
                context.CheckLength(item0, null, 16);
                context.Pop();
            }
        }
    }

    [__Sys::ComponentModel.EditorBrowsable(__Sys::ComponentModel.EditorBrowsableState.Never)]
    internal static Metadata ReadJson(ref __Sys::Text.Json.Utf8JsonReader reader)
    {
        var value = new Metadata();
        __Oai::JsonModelReader.ReadMapInto(ref reader, value, __Oai::JsonModelReader.ReadString, true);
        return value;
    }

    [__Sys::ComponentModel.EditorBrowsable(__Sys::ComponentModel.EditorBrowsableState.Never)]
    internal void WriteJson(__Sys::Text.Json.Utf8JsonWriter writer, __Oai::RealtimeJsonWriteMode mode)
        => __Oai::JsonModelWriter.WriteMap<string>(writer, this, __Oai::JsonModelWriter.WriteString, mode);
}

/// <summary>Reads and writes <see cref="Metadata"/> as JSON without reflection.</summary>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
[__Sys::ComponentModel.EditorBrowsable(__Sys::ComponentModel.EditorBrowsableState.Never)]
internal sealed class MetadataJsonConverter : __Sys::Text.Json.Serialization.JsonConverter<__M::Metadata>
{
    public static __M::Metadata ReadValue(ref __Sys::Text.Json.Utf8JsonReader reader) => __M::Metadata.ReadJson(ref reader);

    public static void WriteValue(__Sys::Text.Json.Utf8JsonWriter writer, __M::Metadata value, __Oai::RealtimeJsonWriteMode mode) => value.WriteJson(writer, mode);

    public override bool HandleNull => true;

    public override __M::Metadata? Read(ref __Sys::Text.Json.Utf8JsonReader reader, __Sys::Type typeToConvert, __Sys::Text.Json.JsonSerializerOptions options)
        => __Oai::JsonModelReader.BeginRead(ref reader, options) ? null : ReadValue(ref reader);

    public override void Write(__Sys::Text.Json.Utf8JsonWriter writer, __M::Metadata value, __Sys::Text.Json.JsonSerializerOptions options)
        => WriteValue(writer, value, __Oai::RealtimeJsonOptions.GetWriteMode(options));
}

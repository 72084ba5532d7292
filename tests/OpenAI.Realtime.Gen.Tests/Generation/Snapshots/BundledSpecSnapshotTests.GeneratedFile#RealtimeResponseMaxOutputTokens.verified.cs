// RealtimeResponseMaxOutputTokens, from #/components/schemas/RealtimeResponse/properties/max_output_tokens
/// <summary>Output token cap (tool calls included) that applied to this response.</summary>
/// <remarks>Holds exactly one of: <c>Integer</c> (a JSON integer); <c>Inf</c> (the string <c>inf</c>).</remarks>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
[__Sys::Text.Json.Serialization.JsonConverter(typeof(__Oai::JsonUnionConverter<__M::RealtimeResponseMaxOutputTokens, __M::RealtimeResponseMaxOutputTokensJsonModel>))]
public sealed partial class RealtimeResponseMaxOutputTokens : __Oai::RealtimeUnion, __Sys::IEquatable<RealtimeResponseMaxOutputTokens>
{
    private static readonly __Sys::Text.Json.JsonEncodedText s_InfText = __Sys::Text.Json.JsonEncodedText.Encode("inf");
    private RealtimeResponseMaxOutputTokens(int @case, object? value) : base(@case, value) { }

    /// <summary>Creates the <c>Integer</c> case.</summary>
    public static RealtimeResponseMaxOutputTokens FromInteger(long value) => new RealtimeResponseMaxOutputTokens(0, value);

    /// <summary>Whether this is the <c>Integer</c> case.</summary>
    public bool IsInteger => _case == 0;

    /// <summary>The <c>Integer</c> case, or <c>null</c> when this holds another case.</summary>
    public long? Integer => AsValue<long>(0);

    /// <summary>Wraps the <c>Integer</c> case.</summary>
    public static implicit operator RealtimeResponseMaxOutputTokens(long value) => FromInteger(value);

    /// <summary>The string <c>inf</c>.</summary>
    public static RealtimeResponseMaxOutputTokens Inf { get; } = new RealtimeResponseMaxOutputTokens(1, "inf");

    /// <summary>Whether this is the string <c>inf</c>.</summary>
    public bool IsInf => _case == 1;

    /// <inheritdoc/>
    public bool Equals(RealtimeResponseMaxOutputTokens? other) => EqualsUnion(other);

    /// <inheritdoc cref="__Oai::JsonUnion.Validate"/>
    public __Sys::Collections.Generic.IReadOnlyList<__Oai::RealtimeValidationError> Validate() => __Oai::JsonUnion.Validate(this);

    internal static RealtimeResponseMaxOutputTokens ReadJson(ref __Sys::Text.Json.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case __Sys::Text.Json.JsonTokenType.String:
                if (__Oai::JsonModelReader.TextEquals(ref reader, s_InfText.EncodedUtf8Bytes))
                {
                    return Inf;
                }

                return new RealtimeResponseMaxOutputTokens(-1, __Oai::JsonModelReader.ReadElement(ref reader));
            case __Sys::Text.Json.JsonTokenType.Number:
                if (__Oai::JsonModelReader.IsInteger(ref reader))
                {
                    return new RealtimeResponseMaxOutputTokens(0, __Oai::JsonModelReader.ReadInt64(ref reader));
                }

                return new RealtimeResponseMaxOutputTokens(-1, __Oai::JsonModelReader.ReadElement(ref reader));
            default:
                throw __Oai::JsonModelReader.NoUnionCase(ref reader, "RealtimeResponseMaxOutputTokens", "a string or an integer");
        }
    }

    internal static void WriteJson(__Sys::Text.Json.Utf8JsonWriter writer, RealtimeResponseMaxOutputTokens value, __Oai::RealtimeJsonWriteMode mode)
    {
        switch (value._case)
        {
            case 0: writer.WriteNumberValue((long)value._value!); return;
            case 1: writer.WriteStringValue((string)value._value!); return;
            default: __Oai::JsonModelWriter.WriteElement(writer, (__Sys::Text.Json.JsonElement)value._value!, mode); return;
        }
    }
}

internal sealed class RealtimeResponseMaxOutputTokensJsonModel : __Oai::JsonUnionModel<__M::RealtimeResponseMaxOutputTokens>
{
    public RealtimeResponseMaxOutputTokensJsonModel() : base(__M::RealtimeResponseMaxOutputTokens.ReadJson, __M::RealtimeResponseMaxOutputTokens.WriteJson) { }
}

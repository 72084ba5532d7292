// ToolSelection, from #/components/schemas/ToolSelection
/// <summary>A tool mode, or a specific function.</summary>
/// <remarks>Holds exactly one of: <c>ToolMode</c> (a JSON string); <c>Function</c> (a JSON object).</remarks>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
[__Sys::Text.Json.Serialization.JsonConverter(typeof(__Oai::JsonUnionConverter<__M::ToolSelection, __M::ToolSelectionJsonModel>))]
public sealed partial class ToolSelection : __Oai::RealtimeUnion, __Sys::IEquatable<ToolSelection>
{
    private static readonly __Oai::JsonDiscriminator s_discriminator = new __Oai::JsonDiscriminator("ToolSelection", new[] { "type" }, new string?[] { "function" }, new[] { 1 });
    private ToolSelection(int @case, object? value) : base(@case, value) { }

    /// <summary>Creates the <c>ToolMode</c> case.</summary>
    public static ToolSelection FromToolMode(__M::ToolMode value) => new ToolSelection(0, value);

    /// <summary>Whether this is the <c>ToolMode</c> case.</summary>
    public bool IsToolMode => _case == 0;

    /// <summary>The <c>ToolMode</c> case, or <c>null</c> when this holds another case.</summary>
    public __M::ToolMode? ToolMode => AsValue<__M::ToolMode>(0);

    /// <summary>Wraps the <c>ToolMode</c> case.</summary>
    public static implicit operator ToolSelection(__M::ToolMode value) => FromToolMode(value);

    /// <summary>Creates the <c>Function</c> case.</summary>
    public static ToolSelection FromFunction(__M::ToolSelectionFunction value) => new ToolSelection(1, __Oai::JsonUnion.NotNull(value));

    /// <summary>Whether this is the <c>Function</c> case.</summary>
    public bool IsFunction => _case == 1;

    /// <summary>The <c>Function</c> case, or <c>null</c> when this holds another case.</summary>
    public __M::ToolSelectionFunction? Function => As<__M::ToolSelectionFunction>(1);

    /// <summary>Wraps the <c>Function</c> case.</summary>
    public static implicit operator ToolSelection(__M::ToolSelectionFunction value) => FromFunction(value);

    /// <summary>The value <c>none</c>.</summary>
    public static ToolSelection None => FromToolMode(__M::ToolMode.None);

    /// <summary>The value <c>auto</c>.</summary>
    public static ToolSelection Auto => FromToolMode(__M::ToolMode.Auto);

    /// <summary>The value <c>required</c>.</summary>
    public static ToolSelection Required => FromToolMode(__M::ToolMode.Required);

    /// <summary>Wraps a string as the <c>ToolMode</c> case.</summary>
    public static implicit operator ToolSelection(string value) => FromToolMode(new __M::ToolMode(value));

    /// <inheritdoc/>
    public bool Equals(ToolSelection? other) => EqualsUnion(other);

    /// <inheritdoc cref="__Oai::JsonUnion.Validate"/>
    public __Sys::Collections.Generic.IReadOnlyList<__Oai::RealtimeValidationError> Validate() => __Oai::JsonUnion.Validate(this);

    protected override void ValidateCase(__Oai::RealtimeValidationContext context)
    {
        if (_case == 0) context.CheckKnown((__M::ToolMode)_value!);
        else base.ValidateCase(context);
    }

    internal static ToolSelection ReadJson(ref __Sys::Text.Json.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case __Sys::Text.Json.JsonTokenType.String:
                return new ToolSelection(0, __Oai::JsonOpenEnum.Read<__M::ToolMode>(ref reader));
            case __Sys::Text.Json.JsonTokenType.StartObject:
            {
                int row = s_discriminator.FindRow(ref reader);
                switch (s_discriminator.CaseOf(row))
                {
                    case 1: return new ToolSelection(1, s_discriminator.ReadCase<__M::ToolSelectionFunction>(ref reader, row, __Oai::JsonModel.Read<__M::ToolSelectionFunction>));
                }
                return new ToolSelection(-1, __Oai::JsonModelReader.ReadElement(ref reader));
            }
            default:
                throw __Oai::JsonModelReader.NoUnionCase(ref reader, "ToolSelection", "a string or an object");
        }
    }

    internal static void WriteJson(__Sys::Text.Json.Utf8JsonWriter writer, ToolSelection value, __Oai::RealtimeJsonWriteMode mode)
    {
        switch (value._case)
        {
            case 0: __Oai::JsonOpenEnum.Write<__M::ToolMode>(writer, (__M::ToolMode)value._value!, mode); return;
            case 1: __Oai::JsonModel.Write<__M::ToolSelectionFunction>(writer, (__M::ToolSelectionFunction)value._value!, mode); return;
            default: __Oai::JsonModelWriter.WriteElement(writer, (__Sys::Text.Json.JsonElement)value._value!, mode); return;
        }
    }
}

internal sealed class ToolSelectionJsonModel : __Oai::JsonUnionModel<__M::ToolSelection>
{
    public ToolSelectionJsonModel() : base(__M::ToolSelection.ReadJson, __M::ToolSelection.WriteJson) { }
}

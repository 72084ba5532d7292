// TreeNode, from #/components/schemas/TreeNode
/// <summary>A recursive tree.</summary>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
[__Sys::Text.Json.Serialization.JsonConverter(typeof(__Oai::JsonModelConverter<__M::TreeNode>))]
public partial class TreeNode : __Oai::JsonModel
{
    private static readonly __Oai::JsonModelShape s_shape = new("TreeNode",
        "Value", "value", "Rs",
        "Children", "children", "I");
    private string? _Value;
    private __Sys::Collections.Generic.IList<__M::TreeNode>? _Children;

    /// <summary>The <c>value</c> member.</summary>
    /// <remarks>Required.</remarks>
    [__Sys::Text.Json.Serialization.JsonPropertyName("value")]
    public string Value { get => _Value!; set { _Value = value; __Set(0); } }

    /// <summary>The <c>children</c> member.</summary>
    [__Sys::Text.Json.Serialization.JsonPropertyName("children")]
    public __Sys::Collections.Generic.IList<__M::TreeNode>? Children { get => _Children; set { _Children = value; __Set(1); } }

    /// <inheritdoc cref="__Oai::JsonModel.__IsSet"/>
    public bool IsSet(string propertyName) => __IsSet(propertyName);
    /// <inheritdoc cref="__Oai::JsonModel.__Unset"/>
    public void Unset(string propertyName) => __Unset(propertyName);
    /// <inheritdoc cref="__Oai::JsonModel.__ValidateAll"/>
    public __Sys::Collections.Generic.IReadOnlyList<__Oai::RealtimeValidationError> Validate() => __ValidateAll();
    protected override __Oai::JsonModelShape __Shape => s_shape;
    protected override __Oai::JsonModel __New() => new TreeNode();
    protected override ref byte __Field(int m)
    {
        switch (m)
        {
            case 0: return ref __Slot(ref _Value);
            default: return ref base.__Field(m);
        }
    }
    protected override void __Read(ref __Sys::Text.Json.Utf8JsonReader r, int m)
    {
        switch (m)
        {
            case 1: _Children = __List<__M::TreeNode>(ref r, __Oai::JsonModel.Read<__M::TreeNode>, true); break;
        }
    }
    protected override void __Write(__Sys::Text.Json.Utf8JsonWriter w, int m, __Oai::RealtimeJsonWriteMode mode)
    {
        switch (m)
        {
            case 1: __List<__M::TreeNode>(w, _Children, __Oai::JsonModel.Write<__M::TreeNode>, mode); break;
        }
    }
    protected override object? __Get(int m)
    {
        switch (m)
        {
            case 1: return _Children;
            default: return null;
        }
    }
}

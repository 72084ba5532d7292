// Constrained, from #/components/schemas/Constrained
/// <summary>Members with constraints.</summary>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
[__Sys::Text.Json.Serialization.JsonConverter(typeof(__Oai::JsonModelConverter<__M::Constrained>))]
public partial class Constrained : __Oai::JsonModel
{
    private static readonly __Oai::JsonModelShape s_shape = new("Constrained",
        "Code", "code", "RVs",
        "Age", "age", "Vi",
        "Temperature", "temperature", "Vd",
        "Items", "items", "V",
        "Attributes", "attributes", "V",
        "Color", "color", "K",
        "Kind", "kind", "Cs=constrained",
        "Parts", "parts", "I",
        "MainPart", "main_part", "");
    private string? _Code;
    private int? _Age;
    private double? _Temperature;
    private __Sys::Collections.Generic.IList<string>? _Items;
    private __Sys::Collections.Generic.IDictionary<string, string>? _Attributes;
    private __M::Color? _Color;
    private string? _Kind;
    private __Sys::Collections.Generic.IList<__M::Part>? _Parts;
    private __M::Part? _MainPart;

    /// <summary>The <c>code</c> member.</summary>
    /// <remarks>
    /// <para>Required.</para>
    /// <para>Length: 2 to 4 characters.</para>
    /// <para>Pattern: <c>^[A-Z]+$</c>.</para>
    /// </remarks>
    [__Sys::Text.Json.Serialization.JsonPropertyName("code")]
    public string Code { get => _Code!; set { _Code = value; __Set(0); } }

    /// <summary>The <c>age</c> member.</summary>
    /// <remarks>Allowed values: at least 0 and at most 150.</remarks>
    [__Sys::Text.Json.Serialization.JsonPropertyName("age")]
    public int? Age { get => _Age; set { _Age = value; __Set(1); } }

    /// <summary>The <c>temperature</c> member.</summary>
    /// <remarks>Allowed values: greater than 0 and less than 2.</remarks>
    [__Sys::Text.Json.Serialization.JsonPropertyName("temperature")]
    public double? Temperature { get => _Temperature; set { _Temperature = value; __Set(2); } }

    /// <summary>The <c>items</c> member.</summary>
    /// <remarks>Count: 1 to 3.</remarks>
    [__Sys::Text.Json.Serialization.JsonPropertyName("items")]
    public __Sys::Collections.Generic.IList<string>? Items { get => _Items; set { _Items = value; __Set(3); } }

    /// <summary>The <c>attributes</c> member.</summary>
    /// <remarks>
    /// <para>Keys of at most 5 characters.</para>
    /// <para>Count: 1 to 2.</para>
    /// </remarks>
    [__Sys::Text.Json.Serialization.JsonPropertyName("attributes")]
    public __Sys::Collections.Generic.IDictionary<string, string>? Attributes { get => _Attributes; set { _Attributes = value; __Set(4); } }

    /// <summary>A closed set of colors.</summary>
    [__Sys::Text.Json.Serialization.JsonPropertyName("color")]
    public __M::Color? Color { get => _Color; set { _Color = value; __Set(5); } }

    /// <summary>The <c>kind</c> member.</summary>
    /// <remarks>Always <c>constrained</c>.</remarks>
    [__Sys::Text.Json.Serialization.JsonPropertyName("kind")]
    public string? Kind { get => _Kind; set { _Kind = value; __Set(6); } }

    /// <summary>The <c>parts</c> member.</summary>
    [__Sys::Text.Json.Serialization.JsonPropertyName("parts")]
    public __Sys::Collections.Generic.IList<__M::Part>? Parts { get => _Parts; set { _Parts = value; __Set(7); } }

    /// <summary>The <c>main_part</c> member.</summary>
    [__Sys::Text.Json.Serialization.JsonPropertyName("main_part")]
    public __M::Part? MainPart { get => _MainPart; set { _MainPart = value; __Set(8); } }

    /// <inheritdoc cref="__Oai::JsonModel.__IsSet"/>
    public bool IsSet(string propertyName) => __IsSet(propertyName);
    /// <inheritdoc cref="__Oai::JsonModel.__Unset"/>
    public void Unset(string propertyName) => __Unset(propertyName);
    /// <inheritdoc cref="__Oai::JsonModel.__ValidateAll"/>
    public __Sys::Collections.Generic.IReadOnlyList<__Oai::RealtimeValidationError> Validate() => __ValidateAll();
    protected override __Oai::JsonModelShape __Shape => s_shape;
    protected override __Oai::JsonModel __New() => new Constrained();
    protected override ref byte __Field(int m)
    {
        switch (m)
        {
            case 0: return ref __Slot(ref _Code);
            case 1: return ref __Slot(ref _Age);
            case 2: return ref __Slot(ref _Temperature);
            case 6: return ref __Slot(ref _Kind);
            default: return ref base.__Field(m);
        }
    }
    protected override void __Read(ref __Sys::Text.Json.Utf8JsonReader r, int m)
    {
        switch (m)
        {
            case 3: _Items = __List<string>(ref r, __Oai::JsonModelReader.ReadString, true); break;
            case 4: _Attributes = __Map<string>(ref r, __Oai::JsonModelReader.ReadString, true); break;
            case 5: _Color = __Enum<__M::Color>(ref r); break;
            case 7: _Parts = __List<__M::Part>(ref r, __Oai::JsonModel.Read<__M::Part>, true); break;
            case 8: _MainPart = __Model<__M::Part>(ref r); break;
        }
    }
    protected override void __Write(__Sys::Text.Json.Utf8JsonWriter w, int m, __Oai::RealtimeJsonWriteMode mode)
    {
        switch (m)
        {
            case 3: __List<string>(w, _Items, __Oai::JsonModelWriter.WriteString, mode); break;
            case 4: __Map<string>(w, _Attributes, __Oai::JsonModelWriter.WriteString, mode); break;
            case 5: __Enum(w, _Color); break;
            case 7: __List<__M::Part>(w, _Parts, __Oai::JsonModel.Write<__M::Part>, mode); break;
            case 8: __Value(w, _MainPart, mode); break;
        }
    }
    protected override object? __Get(int m)
    {
        switch (m)
        {
            case 5: return _Color;
            case 7: return _Parts;
            case 8: return _MainPart;
            default: return null;
        }
    }
    protected override bool __Validate(__Oai::RealtimeValidationContext context, int m)
    {
        switch (m)
        {
            case 0:
            {
                context.CheckLength(_Code, 2, 4);
                context.CheckPattern(_Code, "^[A-Z]+$");
                return _Code == null;
            }
            case 1: context.CheckRange(_Age, 0.0, 150.0, false, false); return _Age == null;
            case 2: context.CheckRange(_Temperature, 0.0, 2.0, true, true); return _Temperature == null;
            case 3:
            {
                context.CheckCount(_Items?.Count, 1, 3, "items");
                context.ValidateItems(_Items, true);
                return _Items == null;
            }
            case 4:
            {
                context.CheckCount(_Attributes?.Count, 1, 2, "members");
                context.ValidateMembers(_Attributes, true, 5);
                return _Attributes == null;
            }
            default: return false;
        }
    }
}

// Dog, from #/components/schemas/Dog
/// <summary>The <c>Dog</c> schema.</summary>
/// <remarks>A case of <see cref="Pet"/>.</remarks>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
[__Sys::Text.Json.Serialization.JsonConverter(typeof(__Oai::JsonModelConverter<__M::Dog>))]
public partial class Dog : __Oai::JsonModel, __M::Pet
{
    private static readonly __Oai::JsonModelShape s_shape = new("Dog",
        "PetType", "pet_type", "Rs=dog",
        "Name", "name", "Rs",
        "GoodBoy", "good_boy", "b");
    private string? _PetType;
    private string? _Name;
    private bool? _GoodBoy;

    /// <summary>Creates an instance with its constants set: <see cref="PetType"/> (<c>dog</c>).</summary>
    public Dog() { _PetType = "dog"; __Set(0); }
    private Dog(__Oai::DeserializationConstructor _) { }

    /// <summary>The <c>pet_type</c> member.</summary>
    /// <remarks>Required.</remarks>
    [__Sys::Text.Json.Serialization.JsonPropertyName("pet_type")]
    public string PetType { get => _PetType!; set { _PetType = value; __Set(0); } }

    /// <summary>The <c>name</c> member.</summary>
    /// <remarks>Required.</remarks>
    [__Sys::Text.Json.Serialization.JsonPropertyName("name")]
    public string Name { get => _Name!; set { _Name = value; __Set(1); } }

    /// <summary>The <c>good_boy</c> member.</summary>
    [__Sys::Text.Json.Serialization.JsonPropertyName("good_boy")]
    public bool? GoodBoy { get => _GoodBoy; set { _GoodBoy = value; __Set(2); } }

    /// <inheritdoc cref="__Oai::JsonModel.__IsSet"/>
    public bool IsSet(string propertyName) => __IsSet(propertyName);
    /// <inheritdoc cref="__Oai::JsonModel.__Unset"/>
    public void Unset(string propertyName) => __Unset(propertyName);
    /// <inheritdoc cref="__Oai::JsonModel.__ValidateAll"/>
    public __Sys::Collections.Generic.IReadOnlyList<__Oai::RealtimeValidationError> Validate() => __ValidateAll();
    protected override __Oai::JsonModelShape __Shape => s_shape;
    protected override __Oai::JsonModel __New() => new Dog(default(__Oai::DeserializationConstructor));
    protected override ref byte __Field(int m)
    {
        switch (m)
        {
            case 0: return ref __Slot(ref _PetType);
            case 1: return ref __Slot(ref _Name);
            case 2: return ref __Slot(ref _GoodBoy);
            default: return ref base.__Field(m);
        }
    }
}

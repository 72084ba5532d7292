// Pet, from #/components/schemas/Pet
/// <summary>A pet, told apart by pet_type through a mapping.</summary>
/// <remarks>A discriminated union on <c>pet_type</c> (see <see cref="PetVisitor{TResult}"/>); unknown kinds read as <see cref="UnknownPet"/>.</remarks>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
[__Sys::Text.Json.Serialization.JsonConverter(typeof(__Oai::JsonUnionConverter<__M::Pet, __M::PetJsonModel>))]
public partial interface Pet
{
    /// <summary>The <c>pet_type</c> member, which every case has.</summary>
    string? PetType { get; }
    /// <summary>The <c>name</c> member, which every case has.</summary>
    string? Name { get; }
}

/// <summary>A <see cref="Pet"/> of a kind this version of the spec does not know; keeps its JSON and writes it back unchanged.</summary>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
public sealed partial class UnknownPet : __Oai::JsonUnknownCase, __M::Pet
{
    /// <summary>Wraps a JSON object (a copy of it is kept).</summary>
    public UnknownPet(__Sys::Text.Json.JsonElement json) : this(json.Clone(), owned: true) { }

    internal UnknownPet(__Oai::DeferredJsonElement json, bool owned) : base(json, __M::PetJsonModel.Discriminator) { }

    /// <summary>The <c>pet_type</c> member of the JSON, when it is a string.</summary>
    public string? PetType => GetStringMember("pet_type");

    /// <summary>The <c>name</c> member of the JSON, when it is a string.</summary>
    public string? Name => GetStringMember("name");
}

/// <summary>Dispatches a <see cref="Pet"/> to one method per case; by default each calls <see cref="OnOther"/>.</summary>
/// <typeparam name="TResult">What handling a value returns.</typeparam>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
public abstract partial class PetVisitor<TResult>
{
    /// <summary>Calls the method for the case <paramref name="value"/> is.</summary>
    /// <param name="value">The value to dispatch.</param>
    public TResult Visit(__M::Pet value) => value switch
    {
        __M::Dog v => OnDog(v),
        __M::Cat v => OnCat(v),
        __M::UnknownPet v => OnUnknown(v),
        _ => OnOther(value),
    };
    /// <summary>Handles a <see cref="Dog"/>.</summary>
    protected virtual TResult OnDog(__M::Dog value) => OnOther(value);
    /// <summary>Handles a <see cref="Cat"/>.</summary>
    protected virtual TResult OnCat(__M::Cat value) => OnOther(value);
    /// <summary>Handles a value whose discriminator this version of the spec does not know.</summary>
    protected virtual TResult OnUnknown(__M::UnknownPet value) => OnOther(value);
    /// <summary>Handles every value no other method of this visitor handles.</summary>
    /// <param name="value">The value.</param>
    protected abstract TResult OnOther(__M::Pet value);
}

internal sealed class PetJsonModel : __Oai::JsonPolymorphicModel<__M::Pet>
{
    internal static readonly __Oai::JsonDiscriminator Discriminator = new __Oai::JsonDiscriminator("Pet", new[] { "pet_type" }, new string?[] { "dog", "cat" });
    internal static readonly PetJsonModel Instance = new PetJsonModel();

    public PetJsonModel() : base(Discriminator, json => new __M::UnknownPet(json, owned: true),
        Case(__Oai::JsonModel.Read<__M::Dog>, __Oai::JsonModel.Write<__M::Dog>),
        Case(__Oai::JsonModel.Read<__M::Cat>, __Oai::JsonModel.Write<__M::Cat>))
    {
    }

    internal static __M::Pet ReadValue(ref __Sys::Text.Json.Utf8JsonReader reader) => Instance.Read(ref reader);

    internal static void WriteValue(__Sys::Text.Json.Utf8JsonWriter writer, __M::Pet value, __Oai::RealtimeJsonWriteMode mode) => Instance.Write(writer, value, mode);
}

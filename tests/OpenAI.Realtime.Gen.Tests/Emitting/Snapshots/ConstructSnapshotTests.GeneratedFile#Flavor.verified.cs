// Flavor, from #/components/schemas/Flavor
/// <summary>An open enum, the listed flavors or any other string.</summary>
/// <remarks>Extensible: any other string is read, kept and written back too. The spec allows any string.</remarks>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
[__Sys::Text.Json.Serialization.JsonConverter(typeof(__Oai::JsonOpenEnumConverter<__M::Flavor>))]
public readonly partial struct Flavor : __Oai::IJsonOpenEnum<Flavor>
{
    private static readonly __Oai::JsonOpenEnumTable s_table = new(nameof(Flavor), "vanilla", "chocolate");
    private readonly string? _value;

    /// <summary>Creates a value; any string is accepted.</summary>
    /// <param name="value">The string as it appears in JSON.</param>
    /// <exception cref="__Sys::ArgumentNullException"><paramref name="value"/> is null.</exception>
    public Flavor(string value) => _value = value ?? throw new __Sys::ArgumentNullException(nameof(value));

    /// <summary>The value <c>vanilla</c>.</summary>
    public static Flavor Vanilla { get; } = "vanilla";

    /// <summary>The value <c>chocolate</c>.</summary>
    public static Flavor Chocolate { get; } = "chocolate";

    /// <summary>The values the spec lists, in its order.</summary>
    public static __Sys::Collections.Generic.IReadOnlyList<Flavor> KnownValues { get; } = new Flavor[] { Vanilla, Chocolate };

    /// <summary>Whether the spec lists this value.</summary>
    public bool IsKnown => s_table.IsKnown(_value);

    /// <summary>Converts a string to a value.</summary>
    public static implicit operator Flavor(string value) => new Flavor(value);

    /// <summary>Compares by the string, ordinally.</summary>
    public static bool operator ==(Flavor left, Flavor right) => left.Equals(right);

    /// <summary>Compares by the string, ordinally.</summary>
    public static bool operator !=(Flavor left, Flavor right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Flavor other) => string.Equals(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Flavor other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    /// <summary>The string as it appears in JSON (empty for <c>default</c>).</summary>
    public override string ToString() => _value ?? string.Empty;

    Flavor __Oai::IJsonOpenEnum<Flavor>.Read(ref __Sys::Text.Json.Utf8JsonReader reader) => new Flavor(s_table.Read(ref reader));
    void __Oai::IJsonOpenEnum<Flavor>.Write(__Sys::Text.Json.Utf8JsonWriter writer) => s_table.Write(writer, _value);
    __Oai::JsonOpenEnumTable __Oai::IJsonOpenEnum.Table => s_table;
}

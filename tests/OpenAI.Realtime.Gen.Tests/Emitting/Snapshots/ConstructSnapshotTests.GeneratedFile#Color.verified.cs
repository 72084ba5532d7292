// Color, from #/components/schemas/Color
/// <summary>A closed set of colors.</summary>
/// <remarks>Extensible: any other string is read, kept and written back too. <c>Validate()</c> reports values the spec does not list.</remarks>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
[__Sys::Text.Json.Serialization.JsonConverter(typeof(__Oai::JsonOpenEnumConverter<__M::Color>))]
public readonly partial struct Color : __Oai::IJsonOpenEnum<Color>
{
    private static readonly __Oai::JsonOpenEnumTable s_table = new(nameof(Color), "red", "green", "blue");
    private readonly string? _value;

    /// <summary>Creates a value; any string is accepted.</summary>
    /// <param name="value">The string as it appears in JSON.</param>
    /// <exception cref="__Sys::ArgumentNullException"><paramref name="value"/> is null.</exception>
    public Color(string value) => _value = value ?? throw new __Sys::ArgumentNullException(nameof(value));

    /// <summary>The value <c>red</c>.</summary>
    public static Color Red { get; } = "red";

    /// <summary>The value <c>green</c>.</summary>
    public static Color Green { get; } = "green";

    /// <summary>The value <c>blue</c>.</summary>
    public static Color Blue { get; } = "blue";

    /// <summary>The values the spec lists, in its order.</summary>
    public static __Sys::Collections.Generic.IReadOnlyList<Color> KnownValues { get; } = new Color[] { Red, Green, Blue };

    /// <summary>Whether the spec lists this value.</summary>
    public bool IsKnown => s_table.IsKnown(_value);

    /// <summary>Converts a string to a value.</summary>
    public static implicit operator Color(string value) => new Color(value);

    /// <summary>Compares by the string, ordinally.</summary>
    public static bool operator ==(Color left, Color right) => left.Equals(right);

    /// <summary>Compares by the string, ordinally.</summary>
    public static bool operator !=(Color left, Color right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Color other) => string.Equals(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Color other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    /// <summary>The string as it appears in JSON (empty for <c>default</c>).</summary>
    public override string ToString() => _value ?? string.Empty;

    Color __Oai::IJsonOpenEnum<Color>.Read(ref __Sys::Text.Json.Utf8JsonReader reader) => new Color(s_table.Read(ref reader));
    void __Oai::IJsonOpenEnum<Color>.Write(__Sys::Text.Json.Utf8JsonWriter writer) => s_table.Write(writer, _value);
    __Oai::JsonOpenEnumTable __Oai::IJsonOpenEnum.Table => s_table;
}

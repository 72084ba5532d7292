// RealtimeResponseStatus, from #/components/schemas/RealtimeResponse/properties/status
/// <summary>Where the response ended up. One of <c>in_progress</c>, <c>completed</c>, <c>cancelled</c>, <c>incomplete</c> or <c>failed</c>.</summary>
/// <remarks>Extensible: any other string is read, kept and written back too. <c>Validate()</c> reports values the spec does not list.</remarks>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
[__Sys::Text.Json.Serialization.JsonConverter(typeof(__Oai::JsonOpenEnumConverter<__M::RealtimeResponseStatus>))]
public readonly partial struct RealtimeResponseStatus : __Oai::IJsonOpenEnum<RealtimeResponseStatus>
{
    private static readonly __Oai::JsonOpenEnumTable s_table = new(nameof(RealtimeResponseStatus), "completed", "cancelled", "failed", "incomplete", "in_progress");
    private readonly string? _value;

    /// <summary>Creates a value; any string is accepted.</summary>
    /// <param name="value">The string as it appears in JSON.</param>
    /// <exception cref="__Sys::ArgumentNullException"><paramref name="value"/> is null.</exception>
    public RealtimeResponseStatus(string value) => _value = value ?? throw new __Sys::ArgumentNullException(nameof(value));

    /// <summary>The value <c>completed</c>.</summary>
    public static RealtimeResponseStatus Completed { get; } = "completed";

    /// <summary>The value <c>cancelled</c>.</summary>
    public static RealtimeResponseStatus Cancelled { get; } = "cancelled";

    /// <summary>The value <c>failed</c>.</summary>
    public static RealtimeResponseStatus Failed { get; } = "failed";

    /// <summary>The value <c>incomplete</c>.</summary>
    public static RealtimeResponseStatus Incomplete { get; } = "incomplete";

    /// <summary>The value <c>in_progress</c>.</summary>
    public static RealtimeResponseStatus InProgress { get; } = "in_progress";

    /// <summary>The values the spec lists, in its order.</summary>
    public static __Sys::Collections.Generic.IReadOnlyList<RealtimeResponseStatus> KnownValues { get; } = new RealtimeResponseStatus[] { Completed, Cancelled, Failed, Incomplete, InProgress };

    /// <summary>Whether the spec lists this value.</summary>
    public bool IsKnown => s_table.IsKnown(_value);

    /// <summary>Converts a string to a value.</summary>
    public static implicit operator RealtimeResponseStatus(string value) => new RealtimeResponseStatus(value);

    /// <summary>Compares by the string, ordinally.</summary>
    public static bool operator ==(RealtimeResponseStatus left, RealtimeResponseStatus right) => left.Equals(right);

    /// <summary>Compares by the string, ordinally.</summary>
    public static bool operator !=(RealtimeResponseStatus left, RealtimeResponseStatus right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(RealtimeResponseStatus other) => string.Equals(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RealtimeResponseStatus other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    /// <summary>The string as it appears in JSON (empty for <c>default</c>).</summary>
    public override string ToString() => _value ?? string.Empty;

    RealtimeResponseStatus __Oai::IJsonOpenEnum<RealtimeResponseStatus>.Read(ref __Sys::Text.Json.Utf8JsonReader reader) => new RealtimeResponseStatus(s_table.Read(ref reader));
    void __Oai::IJsonOpenEnum<RealtimeResponseStatus>.Write(__Sys::Text.Json.Utf8JsonWriter writer) => s_table.Write(writer, _value);
    __Oai::JsonOpenEnumTable __Oai::IJsonOpenEnum.Table => s_table;
}

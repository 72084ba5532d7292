namespace OpenAI.Realtime.Gen.Model
{
    /// <summary>
    /// The validation keywords of a schema, kept as written in the spec (numbers as invariant text) so
    /// <c>Validate()</c> reports exactly what the spec states. <see cref="Element"/> holds the constraints of list items or
    /// map values; <see cref="JsonKind"/> the JSON kind (a <c>JsonValueKind</c> name) raw JSON must have, for free-form
    /// objects. Immutable, value-equal.
    /// </summary>
    internal sealed record Constraints(
        string? Minimum = null,
        string? Maximum = null,
        bool ExclusiveMinimum = false,
        bool ExclusiveMaximum = false,
        int? MinLength = null,
        int? MaxLength = null,
        string? Pattern = null,
        int? MinItems = null,
        int? MaxItems = null,
        int? KeyMaxLength = null,
        Constraints? Element = null,
        string? JsonKind = null)
    {
        public static Constraints None { get; } = new Constraints();

        public bool IsEmpty => this == None;
    }
}

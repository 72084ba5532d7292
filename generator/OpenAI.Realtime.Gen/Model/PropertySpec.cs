namespace OpenAI.Realtime.Gen.Model
{
    /// <summary>
    /// One member of a generated object. <see cref="IsNullable"/> says whether the spec allows JSON <c>null</c>;
    /// <see cref="ConstValue"/> is the only value a one-value <c>enum</c> or <c>const</c> allows; <see cref="InitialValue"/> is
    /// what a new object carries from the start: the constant of a required member or the discriminator value of a union
    /// case (from its constant or the union's <c>mapping</c>), which must be sent anyway. <see cref="IsBase64"/>
    /// marks a string holding base64 bytes (<c>format: byte</c> or <c>contentEncoding: base64</c>). Immutable, value-equal.
    /// </summary>
    internal sealed record PropertySpec(
        string JsonName,
        string Name,
        TypeRef Type,
        bool IsRequired,
        bool IsNullable,
        bool IsServerOnly,
        bool IsReadOnly,
        string? Deprecation,
        DocComment Docs,
        DefaultValueSpec? Default,
        string? ConstValue,
        string? InitialValue,
        Constraints Constraints,
        bool IsBase64 = false);

    /// <summary>
    /// A spec default: its JSON text, and the value in the form <see cref="Kind"/> says (the string, <c>true</c>/<c>false</c>,
    /// the number as invariant text, or the enum member name), from which the emitter writes a typed constant.
    /// </summary>
    internal sealed record DefaultValueSpec(string Json, DefaultKind Kind, string? Value);

    /// <summary>How a default can be exposed in C#.</summary>
    internal enum DefaultKind
    {
        /// <summary>Only as JSON text (objects, arrays, unions, null).</summary>
        JsonOnly,
        String,
        Boolean,
        Integer,
        Number,

        /// <summary>A known member of the member's enumeration.</summary>
        EnumMember,
    }
}

namespace OpenAI.Realtime.Gen.Model
{
    /// <summary>
    /// One generated C# type. <see cref="Pointer"/> is the JSON pointer of the schema it comes from (for docs and
    /// diagnostics). All type specs are immutable and value-equal, so the incremental pipeline can compare them.
    /// </summary>
    internal abstract record TypeSpec(string Name, string Pointer, DocComment Docs, string? Deprecation)
    {
        /// <summary>What references to the type see it as: which reader, writer and converter it has.</summary>
        public abstract NamedKind Kind { get; }
    }

    /// <summary>A class with properties; <see cref="Interfaces"/> are the polymorphic unions it is a case of.</summary>
    internal sealed record ObjectTypeSpec(
        string Name,
        string Pointer,
        DocComment Docs,
        string? Deprecation,
        EquatableArray<PropertySpec> Properties,
        EquatableArray<string> Interfaces)
        : TypeSpec(Name, Pointer, Docs, Deprecation)
    {
        /// <inheritdoc/>
        public override NamedKind Kind => NamedKind.Object;
    }

    /// <summary>
    /// An extensible enumeration: a readonly struct over a string with the listed values as static members. Unknown values
    /// are kept. <see cref="IsOpen"/> is set when the spec itself allows any string (<c>anyOf: [string, enum]</c>).
    /// </summary>
    internal sealed record EnumTypeSpec(
        string Name,
        string Pointer,
        DocComment Docs,
        string? Deprecation,
        EquatableArray<EnumMemberSpec> Members,
        bool IsOpen)
        : TypeSpec(Name, Pointer, Docs, Deprecation)
    {
        /// <inheritdoc/>
        public override NamedKind Kind => NamedKind.Enum;
    }

    /// <summary>One known value of an enumeration.</summary>
    internal sealed record EnumMemberSpec(string Name, string Value);

    /// <summary>The JSON kinds a union case accepts.</summary>
    internal enum JsonKind
    {
        String,
        Integer,
        Number,
        Boolean,
        Object,
        Array,
    }

    /// <summary>
    /// A union of different JSON kinds (integer or "inf", "auto" or an object, ...): a class with one property per case.
    /// Object cases are told apart by <see cref="Discriminator"/> (or by their required members); a value of an accepted
    /// JSON kind that matches no case (an unknown discriminator, a string outside the listed values) is kept as raw JSON.
    /// </summary>
    internal sealed record UnionTypeSpec(
        string Name,
        string Pointer,
        DocComment Docs,
        string? Deprecation,
        EquatableArray<UnionCaseSpec> Cases,
        DiscriminatorSpec? Discriminator)
        : TypeSpec(Name, Pointer, Docs, Deprecation)
    {
        /// <inheritdoc/>
        public override NamedKind Kind => NamedKind.Union;
    }

    /// <summary>
    /// One case of a <see cref="UnionTypeSpec"/>. <see cref="Values"/> lists the string values of a string-enum case (they
    /// become static shortcuts on the union); <see cref="Matches"/> tells object cases apart.
    /// </summary>
    internal sealed record UnionCaseSpec(
        string Name,
        TypeRef Type,
        JsonKind Kind,
        EquatableArray<EnumMemberSpec> Values,
        EquatableArray<CaseMatch> Matches,
        EquatableArray<string> RequiredProperties);

    /// <summary>
    /// A discriminated union: an interface the case classes implement, with a fallback class for unknown discriminator
    /// values that keeps the whole JSON, and a visitor class with one method per case. <see cref="CommonMembers"/> are
    /// string members every case has.
    /// </summary>
    internal sealed record PolymorphicTypeSpec(
        string Name,
        string Pointer,
        DocComment Docs,
        string? Deprecation,
        EquatableArray<PolymorphicCaseSpec> Cases,
        DiscriminatorSpec Discriminator,
        EquatableArray<CommonMemberSpec> CommonMembers,
        string UnknownTypeName,
        string VisitorTypeName)
        : TypeSpec(Name, Pointer, Docs, Deprecation)
    {
        /// <inheritdoc/>
        public override NamedKind Kind => NamedKind.Polymorphic;
    }

    /// <summary>One case of a <see cref="PolymorphicTypeSpec"/>: the class and the discriminator values that select it.</summary>
    internal sealed record PolymorphicCaseSpec(string TypeName, EquatableArray<CaseMatch> Matches);

    /// <summary>The members whose string values choose a case, in the order they are tested.</summary>
    internal sealed record DiscriminatorSpec(EquatableArray<string> PropertyNames);

    /// <summary>
    /// One combination of discriminator values; <see cref="Values"/> runs parallel to
    /// <see cref="DiscriminatorSpec.PropertyNames"/>, with <c>null</c> for "any value".
    /// </summary>
    internal sealed record CaseMatch(EquatableArray<string> Values);

    /// <summary>A string member every case of a polymorphic union has (exposed on the interface).</summary>
    internal sealed record CommonMemberSpec(string Name, string JsonName);

    /// <summary>
    /// A named map or array schema; <see cref="Shape"/> is the <see cref="TypeRefKind.Map"/> or <see cref="TypeRefKind.List"/>
    /// reference it stands for (element type and whether elements may be null).
    /// </summary>
    internal sealed record CollectionTypeSpec(
        string Name,
        string Pointer,
        DocComment Docs,
        string? Deprecation,
        TypeRef Shape,
        Constraints Constraints)
        : TypeSpec(Name, Pointer, Docs, Deprecation)
    {
        /// <inheritdoc/>
        public override NamedKind Kind => Shape.Kind == TypeRefKind.Map ? NamedKind.Map : NamedKind.List;
    }
}

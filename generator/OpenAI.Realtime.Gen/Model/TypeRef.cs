namespace OpenAI.Realtime.Gen.Model
{
    /// <summary>The C# shape a member or union case has.</summary>
    internal enum TypeRefKind
    {
        String,
        Boolean,
        Int32,
        Int64,
        Double,
        Single,

        /// <summary>Raw JSON (<c>System.Text.Json.JsonElement</c>): free-form objects and constructs that cannot be mapped.</summary>
        Json,

        /// <summary>A generated type, see <see cref="NamedKind"/>.</summary>
        Named,

        /// <summary><c>IList&lt;Element&gt;</c>.</summary>
        List,

        /// <summary><c>IDictionary&lt;string, Element&gt;</c>.</summary>
        Map,
    }

    /// <summary>What kind of generated type a <see cref="TypeRefKind.Named"/> reference points to.</summary>
    internal enum NamedKind
    {
        /// <summary>A class with properties.</summary>
        Object,

        /// <summary>An extensible enumeration (readonly struct over a string).</summary>
        Enum,

        /// <summary>A class holding one of several JSON kinds.</summary>
        Union,

        /// <summary>An interface implemented by the cases of a discriminated union.</summary>
        Polymorphic,

        /// <summary>A named map schema: a class deriving from <c>Dictionary&lt;string, T&gt;</c>.</summary>
        Map,

        /// <summary>A named array schema: a class deriving from <c>List&lt;T&gt;</c>.</summary>
        List,
    }

    /// <summary>
    /// A reference to a C# type. Immutable, value-equal. <see cref="IsClosedEnum"/> is set on references to enumerations
    /// whose spec lists every allowed value (their members are checked by <c>Validate()</c>); <see cref="ElementIsNullable"/>
    /// on lists and maps whose items the spec allows to be null.
    /// </summary>
    internal sealed record TypeRef(TypeRefKind Kind, string? Name = null, NamedKind NamedKind = NamedKind.Object, TypeRef? Element = null, bool IsClosedEnum = false, bool ElementIsNullable = false)
    {
        public static TypeRef String { get; } = new TypeRef(TypeRefKind.String);

        public static TypeRef Boolean { get; } = new TypeRef(TypeRefKind.Boolean);

        public static TypeRef Int32 { get; } = new TypeRef(TypeRefKind.Int32);

        public static TypeRef Int64 { get; } = new TypeRef(TypeRefKind.Int64);

        public static TypeRef Double { get; } = new TypeRef(TypeRefKind.Double);

        public static TypeRef Single { get; } = new TypeRef(TypeRefKind.Single);

        public static TypeRef Json { get; } = new TypeRef(TypeRefKind.Json);

        /// <summary>Whether the C# type is a value type (needs <c>?</c> to hold null).</summary>
        public bool IsValueType => Kind switch
        {
            TypeRefKind.Boolean or TypeRefKind.Int32 or TypeRefKind.Int64 or TypeRefKind.Double or TypeRefKind.Single or TypeRefKind.Json => true,
            TypeRefKind.Named => NamedKind == NamedKind.Enum,
            _ => false,
        };

        /// <summary>Whether the JSON form is a number.</summary>
        public bool IsNumber => Kind is TypeRefKind.Int32 or TypeRefKind.Int64 or TypeRefKind.Double or TypeRefKind.Single;

        public static TypeRef ListOf(TypeRef element, bool elementIsNullable = false) => new TypeRef(TypeRefKind.List, Element: element, ElementIsNullable: elementIsNullable);

        public static TypeRef MapOf(TypeRef element, bool elementIsNullable = false) => new TypeRef(TypeRefKind.Map, Element: element, ElementIsNullable: elementIsNullable);

        public static TypeRef Named(string name, NamedKind kind, bool isClosedEnum = false) => new TypeRef(TypeRefKind.Named, name, kind, IsClosedEnum: isClosedEnum);
    }
}

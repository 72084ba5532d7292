namespace OpenAI.Realtime.Gen.Model
{
    /// <summary>
    /// The types one spec file produces (ordinal name order) and the settings they were made with. This is the cached model
    /// of the pipeline: immutable, value-equal, and free of Roslyn symbols, OpenAPI objects and JSON trees. It holds no
    /// source positions, so an edit that only moves lines (a comment, a reworded description of an ungenerated schema)
    /// leaves it equal and nothing downstream runs again.
    /// </summary>
    internal sealed record SpecModel(string FilePath, GeneratorSettings Settings, EquatableArray<TypeSpec> Types);

    /// <summary>
    /// What the parse step returns: the model, and on the side the diagnostics and where each type's schema sits in the
    /// file (both change when lines move, so the pipeline splits them from the model). Immutable, value-equal.
    /// </summary>
    internal sealed record SpecParseResult(SpecModel Model, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<TypeLocation> TypeLocations);

    /// <summary>Where the schema of a generated type is written in the spec file.</summary>
    internal sealed record TypeLocation(string TypeName, LocationInfo Location);

    /// <summary>One type to emit, with the path and settings of its spec file. Immutable, value-equal.</summary>
    internal sealed record TypeToEmit(string FilePath, GeneratorSettings Settings, TypeSpec Type);

    /// <summary>A type that more than one spec file generates in one namespace, and the file (first by path) it is taken from.</summary>
    internal sealed record DuplicateType(string Key, string Namespace, string TypeName, string OwnerPath, EquatableArray<string> OtherPaths);
}

namespace OpenAI.Realtime.Gen.Model
{
    /// <summary>
    /// The settings of one spec file, from <c>AdditionalFiles</c> item metadata and project-wide MSBuild properties.
    /// <see cref="RootsAreExplicit"/> is false when the default Realtime schema set applies (then a pattern that matches
    /// nothing is not worth a warning). Immutable, value-equal.
    /// </summary>
    internal sealed record GeneratorSettings(
        EquatableArray<string> RootPatterns,
        bool RootsAreExplicit,
        string Namespace,
        bool IsPublic,
        EquatableArray<string> ServerOnlyProperties);
}

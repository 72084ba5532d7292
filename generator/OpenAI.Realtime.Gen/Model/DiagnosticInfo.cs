namespace OpenAI.Realtime.Gen.Model
{
    /// <summary>
    /// A diagnostic carried as data through the pipeline (no Roslyn <c>Location</c> inside), reported at the end.
    /// Immutable, value-equal.
    /// </summary>
    internal sealed record DiagnosticInfo(string Id, EquatableArray<string> Arguments, LocationInfo? Location);

    /// <summary>A place in a spec file: char span plus 0-based line/column span.</summary>
    internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn);
}

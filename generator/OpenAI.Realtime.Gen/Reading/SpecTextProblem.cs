namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>What went wrong while turning spec text into a tree.</summary>
    internal enum SpecProblemKind
    {
        /// <summary>The text is not well-formed YAML/JSON (fatal).</summary>
        Syntax,

        /// <summary>A mapping repeats a key; the later value wins (warning).</summary>
        DuplicateKey,

        /// <summary>A <see cref="SpecTextLimits"/> bound was exceeded (fatal).</summary>
        LimitExceeded,

        /// <summary>Valid YAML the reader does not support, such as non-scalar keys or several documents (fatal).</summary>
        Unsupported,
    }

    /// <summary>A problem found while reading spec text, located in that text.</summary>
    internal sealed record SpecTextProblem(SpecProblemKind Kind, string Message, SourceSpan Span);
}

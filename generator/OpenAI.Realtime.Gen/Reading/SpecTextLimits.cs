namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// Bounds that keep a hostile or broken spec from exhausting the compiler's stack, memory or time.
    /// </summary>
    /// <param name="MaxDepth">Deepest allowed nesting of mappings/sequences (the root container is depth 1).</param>
    /// <param name="MaxNodes">Most nodes (containers, scalars and nulls) the tree may hold, alias copies included.</param>
    /// <param name="MaxAliasNodes">Most nodes that YAML alias expansion may create in total.</param>
    /// <param name="MaxScalarLength">Longest allowed scalar or key, in chars.</param>
    internal sealed record SpecTextLimits(
        int MaxDepth = 128,
        int MaxNodes = 2_000_000,
        int MaxAliasNodes = 100_000,
        int MaxScalarLength = 4 * 1024 * 1024)
    {
        /// <summary>The limits used for real specs.</summary>
        public static SpecTextLimits Default { get; } = new();
    }
}

namespace OpenAI.Realtime.Gen.Model
{
    /// <summary>Documentation text taken from the spec, unescaped (the emitter escapes it). Immutable, value-equal.</summary>
    internal sealed record DocComment(string? Summary, string? Remarks = null)
    {
        public static DocComment None { get; } = new DocComment(Summary: null);
    }
}

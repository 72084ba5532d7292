namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>Where the key of one mapping member was written.</summary>
    internal readonly struct KeySpan
    {
        public KeySpan(string name, SourceSpan span)
        {
            Name = name;
            Span = span;
        }

        /// <summary>The member name, as stored in the <c>JsonObject</c>.</summary>
        public string Name { get; }

        /// <summary>The key token.</summary>
        public SourceSpan Span { get; }
    }
}

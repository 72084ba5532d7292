using System;

namespace OpenAI.Realtime.Gen.Overlays.JsonPath
{
    /// <summary>
    /// A JSONPath query that is not well-formed or valid under RFC 9535 (<see cref="NotSupported"/> false), or a valid
    /// one that uses a part of RFC 9535 this evaluator does not implement (<see cref="NotSupported"/> true). The evaluator
    /// never answers a query it cannot answer exactly.
    /// </summary>
    internal sealed class JsonPathException : Exception
    {
        public JsonPathException(string message, int position, bool notSupported = false)
            : base(message)
        {
            Position = position;
            NotSupported = notSupported;
        }

        public JsonPathException()
        {
        }

        public JsonPathException(string message)
            : base(message)
        {
        }

        public JsonPathException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        /// <summary>The 0-based char offset in the query where the problem was found.</summary>
        public int Position { get; }

        /// <summary>True when the query is valid RFC 9535 but outside the supported subset.</summary>
        public bool NotSupported { get; }
    }
}

using System;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>One constraint of the spec that a model value violates.</summary>
    public sealed class RealtimeValidationError : IEquatable<RealtimeValidationError>
    {
        /// <summary>Creates an error.</summary>
        public RealtimeValidationError(string path, string message)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Message = message ?? throw new ArgumentNullException(nameof(message));
        }

        /// <summary>JSON path of the offending value, e.g. <c>$.audio.output.voice</c>.</summary>
        public string Path { get; }

        /// <summary>What is wrong, in words.</summary>
        public string Message { get; }

        /// <inheritdoc />
        public bool Equals(RealtimeValidationError? other)
            => other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as RealtimeValidationError);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) * 31 + StringComparer.Ordinal.GetHashCode(Message);

        /// <inheritdoc />
        public override string ToString() => Path + ": " + Message;
    }
}

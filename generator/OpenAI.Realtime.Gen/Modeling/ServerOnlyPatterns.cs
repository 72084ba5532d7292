using OpenAI.Realtime.Gen.Configuration;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Modeling
{
    /// <summary>
    /// Decides which members only the server sets, beyond <c>readOnly</c> in the spec. Patterns have the form
    /// <c>Schema.member</c>, both parts glob patterns: <c>*.object</c> is the <c>object</c> member of every schema.
    /// </summary>
    internal static class ServerOnlyPatterns
    {
        /// <summary>
        /// The default list: the fields of server resources that a request must not carry. <c>id</c> is only listed for
        /// sessions and responses, because clients do set the <c>id</c> of conversation items they create.
        /// </summary>
        public const string Default = "*.object;*.expires_at;*.client_secret;RealtimeSession.id;RealtimeSessionCreateResponse*.id;RealtimeTranscriptionSessionCreateResponse*.id;RealtimeResponse.id;RealtimeBetaResponse.id";

        public static bool Matches(EquatableArray<string> patterns, string schemaName, string jsonName)
        {
            foreach (string pattern in patterns)
            {
                int dot = pattern.LastIndexOf('.');
                if (dot <= 0 || dot == pattern.Length - 1)
                {
                    continue;
                }

                if (GlobPattern.IsMatch(pattern, dot + 1, pattern.Length, jsonName) && GlobPattern.IsMatch(pattern, 0, dot, schemaName))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

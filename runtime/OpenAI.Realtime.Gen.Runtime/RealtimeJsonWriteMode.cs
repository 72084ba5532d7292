using System;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// Chooses what the generated converters write. Reading is always tolerant and lossless; only writing has modes.
    /// </summary>
    [Flags]
    public enum RealtimeJsonWriteMode
    {
        /// <summary>
        /// Writes back exactly what was read or set: every present property (explicit <c>null</c> included),
        /// server-only properties and unknown members kept from the wire. JSON read and written in this mode is the same JSON.
        /// </summary>
        RoundTrip = 0,

        /// <summary>Leaves out server-only properties (<c>readOnly</c> in the spec, and <c>id</c>/<c>object</c>/<c>expires_at</c>/<c>client_secret</c> of server resources).</summary>
        OmitServerOnly = 1,

        /// <summary>Leaves out the unknown members kept in <c>AdditionalProperties</c>.</summary>
        OmitUnknownMembers = 2,

        /// <summary>
        /// What a request to the server may carry: the properties the user set or read, minus server-only properties and unknown
        /// members. Use it to send back a value that was read from the server (the GA server rejects a whole
        /// <c>session.update</c> that carries a field it does not accept).
        /// </summary>
        Request = OmitServerOnly | OmitUnknownMembers,
    }
}

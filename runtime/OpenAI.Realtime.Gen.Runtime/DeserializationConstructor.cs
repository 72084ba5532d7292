using System.ComponentModel;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// Selects the constructor generated readers use: it leaves every member unset, where the public constructor sets the
    /// constant members a new value must carry (such as a union case's <c>type</c>).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public readonly struct DeserializationConstructor
    {
    }
}

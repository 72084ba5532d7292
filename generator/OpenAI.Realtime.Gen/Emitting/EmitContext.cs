using System.Collections.Generic;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// What an emitter needs besides the type: the namespace, the accessibility, and the members the user already declared
    /// in their own part of the partial type (the generator leaves those out, so a spec refresh never causes CS0102).
    /// </summary>
    internal sealed class EmitContext
    {
        private readonly HashSet<string> _userMembers;

        public EmitContext(string ns, bool isPublic, IEnumerable<string>? userMembers = null)
        {
            Namespace = ns;
            Accessibility = isPublic ? "public" : "internal";
            _userMembers = new HashSet<string>(userMembers ?? new string[0], System.StringComparer.Ordinal);
        }

        public string Namespace { get; }

        public string Accessibility { get; }

        public bool IsUserDeclared(string memberName) => _userMembers.Contains(memberName);
    }
}

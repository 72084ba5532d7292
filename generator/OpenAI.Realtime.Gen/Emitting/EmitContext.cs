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

        public EmitContext(string ns, bool isPublic, IEnumerable<string>? userMembers = null, LanguageLevel language = LanguageLevel.CSharp8)
        {
            FileScopedNamespace = language >= LanguageLevel.CSharp10;
            Namespace = ns;
            Accessibility = isPublic ? "public" : "internal";
            _userMembers = new HashSet<string>(userMembers ?? new string[0], System.StringComparer.Ordinal);
        }

        public string Namespace { get; }

        /// <summary>Whether the file declares its namespace as <c>namespace X;</c> (C# 10 and later) rather than in braces.</summary>
        public bool FileScopedNamespace { get; }

        /// <summary>
        /// <c>new</c> for a field initializer of type <paramref name="type"/>: target-typed (<c>new(...)</c>) with the
        /// C# 10 output (C# 9 has it too, but keeps the C# 8 text: one text per <see cref="LanguageLevel"/>); the caller
        /// appends the arguments.
        /// </summary>
        public string New(string type) => FileScopedNamespace ? "new" : "new " + type;

        public string Accessibility { get; }

        public bool IsUserDeclared(string memberName) => _userMembers.Contains(memberName);
    }

    /// <summary>The C# version of the project, as far as the generated code cares.</summary>
    internal enum LanguageLevel
    {
        /// <summary>Before C# 8: no models (an error diagnostic says why).</summary>
        TooOld,

        /// <summary>C# 8 or 9: namespaces in braces.</summary>
        CSharp8,

        /// <summary>C# 10 or later: file-scoped namespaces.</summary>
        CSharp10,
    }
}

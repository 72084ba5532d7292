using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Extending
{
    /// <summary>
    /// The member names a user's part of a partial type declares, found from syntax alone (no semantic model, so a
    /// keystroke elsewhere costs nothing). The generator leaves out its own member of the same name. A parameterless
    /// constructor is recorded as <c>.ctor</c>. Immutable, value-equal.
    /// </summary>
    internal sealed record UserPartialType(string FullName, EquatableArray<string> Members)
    {
        /// <summary>The member name recorded for a user's instance constructor with parameters.</summary>
        public const string ConstructorWithParameters = ".ctor(...)";

        /// <summary>Cheap syntax filter: a top-level partial class, struct or interface.</summary>
        public static bool IsCandidate(SyntaxNode node)
            => node is TypeDeclarationSyntax type
                && type.Modifiers.Any(SyntaxKind.PartialKeyword)
                && type.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax
                && type.Members.Count > 0;

        public static UserPartialType Create(TypeDeclarationSyntax type)
        {
            var members = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (MemberDeclarationSyntax member in type.Members)
            {
                switch (member)
                {
                    case PropertyDeclarationSyntax property:
                        members.Add(property.Identifier.ValueText);
                        break;
                    case MethodDeclarationSyntax method when method.ExplicitInterfaceSpecifier is null:
                        members.Add(method.Identifier.ValueText);
                        break;
                    case FieldDeclarationSyntax field:
                        foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                        {
                            members.Add(variable.Identifier.ValueText);
                        }

                        break;
                    case EventDeclarationSyntax @event:
                        members.Add(@event.Identifier.ValueText);
                        break;
                    case BaseTypeDeclarationSyntax nested:
                        members.Add(nested.Identifier.ValueText);
                        break;
                    case ConstructorDeclarationSyntax constructor when !constructor.Modifiers.Any(SyntaxKind.StaticKeyword):
                        members.Add(constructor.ParameterList.Parameters.Count == 0 ? ".ctor" : ConstructorWithParameters);
                        break;
                }
            }

            return new UserPartialType(NamespaceOf(type) + type.Identifier.ValueText, members.ToEquatableArray());
        }

        private static string NamespaceOf(SyntaxNode node)
        {
            var parts = new List<string>();
            for (SyntaxNode? current = node.Parent; current is not null; current = current.Parent)
            {
                if (current is BaseNamespaceDeclarationSyntax ns)
                {
                    parts.Insert(0, ns.Name.ToString().Replace(" ", string.Empty));
                }
            }

            return parts.Count == 0 ? string.Empty : string.Join(".", parts) + ".";
        }

        /// <summary>The members users declared for the type <paramref name="fullName"/>, over all its partial declarations.</summary>
        public static IEnumerable<string> MembersOf(EquatableArray<UserPartialType> all, string fullName)
            => all.Where(t => t.FullName == fullName).SelectMany(t => t.Members);
    }
}

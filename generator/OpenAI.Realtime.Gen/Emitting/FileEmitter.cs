using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// Writes the model files: each type's declarations (<see cref="EmitType"/>), and the files that hold them, up to
    /// <see cref="TypesPerFile"/> types each (<see cref="EmitFile"/>): header, namespace, then the types in name order.
    /// </summary>
    internal static class FileEmitter
    {
        /// <summary>
        /// How many types one model file holds. The compiler pays per syntax tree as well as per line: the whole official
        /// spec's 1,711 types, one file each, took 8-12 % longer through the compiler server than the same text in 16 files
        /// (docs/performance.md, section 6, "Sixth run").
        /// </summary>
        public const int TypesPerFile = 64;

        /// <summary>The version written in <c>[GeneratedCode]</c>.</summary>
        public static readonly string GeneratorVersion = typeof(FileEmitter).Assembly.GetName().Version?.ToString() ?? "1.0.0.0";

        /// <summary>
        /// The declarations for <paramref name="type"/>, indented for its file's namespace, after the line that names it and
        /// the schema it comes from (<c>// Name, from #/components/schemas/...</c>).
        /// </summary>
        public static string EmitType(TypeSpec type, EmitContext context)
        {
            var writer = new SourceWriter();
            if (!context.FileScopedNamespace)
            {
                writer.Indent();
            }

            writer.Line($"// {type.Name}{(type.Pointer is null ? string.Empty : ", from #" + EscapeForComment(type.Pointer))}");
            switch (type)
            {
                case ObjectTypeSpec objectType:
                    ObjectEmitter.Emit(writer, objectType, context);
                    break;
                case EnumTypeSpec enumType:
                    EnumEmitter.Emit(writer, enumType, context);
                    break;
                case UnionTypeSpec unionType:
                    UnionEmitter.Emit(writer, unionType, context);
                    break;
                case PolymorphicTypeSpec polymorphicType:
                    PolymorphicEmitter.Emit(writer, polymorphicType, context);
                    break;
                case CollectionTypeSpec collectionType:
                    CollectionEmitter.Emit(writer, collectionType, context);
                    break;
            }

            return writer.ToStringAndRelease();
        }

        /// <summary>
        /// The model files of namespace <c>context.Namespace</c>: its <paramref name="types"/> (name, text from
        /// <see cref="EmitType"/>) in ordinal name order, <see cref="TypesPerFile"/> to a file, named
        /// <c>Namespace.Models.g.cs</c> when one file holds them all, else <c>Namespace.Models.01.g.cs</c>, ...; each header
        /// says which types the file holds.
        /// </summary>
        public static IEnumerable<(string HintName, string Source)> EmitFiles(IEnumerable<(string Name, string Text)> types, EmitContext context)
        {
            var sorted = types.OrderBy(t => t.Name, System.StringComparer.Ordinal).ToList();
            int count = (sorted.Count + TypesPerFile - 1) / TypesPerFile;
            for (int i = 0; i < count; i++)
            {
                var chunk = sorted.Skip(i * TypesPerFile).Take(TypesPerFile).ToList();
                string number = count == 1 ? string.Empty : "." + (i + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
                string description = count == 1
                    ? $"the {chunk.Count} models of {context.Namespace}"
                    : $"models {chunk[0].Name} to {chunk[chunk.Count - 1].Name} of {context.Namespace} (file {i + 1} of {count})";
                yield return (context.Namespace + ".Models" + number + ".g.cs", EmitFile(chunk.Select(t => t.Text).ToList(), description, context));
            }
        }

        /// <summary>
        /// One model file: the header naming what it holds (<paramref name="description"/>), then <paramref name="types"/>
        /// (texts from <see cref="EmitType"/>, in order) inside the namespace.
        /// </summary>
        private static string EmitFile(IReadOnlyList<string> types, string description, EmitContext context)
        {
            var writer = new SourceWriter();
            WriteHeader(writer, description, context.Namespace);
            OpenNamespace(writer, context);
            string text = writer.ToStringAndRelease();
            var file = new StringBuilder(text, text.Length + types.Sum(t => t.Length + 1) + 4);
            for (int i = 0; i < types.Count; i++)
            {
                if (i > 0)
                {
                    file.Append('\n');
                }

                file.Append(types[i]);
            }

            if (!context.FileScopedNamespace)
            {
                file.Append("}\n");
            }

            return file.ToString();
        }

        /// <summary>Opens the file's namespace: file-scoped where the language allows it (one indentation level less).</summary>
        public static void OpenNamespace(SourceWriter writer, EmitContext context)
        {
            if (context.FileScopedNamespace)
            {
                writer.Line($"namespace {context.Namespace};");
                writer.Line();
            }
            else
            {
                writer.Line($"namespace {context.Namespace}");
                writer.Open();
            }
        }

        /// <summary>Closes what <see cref="OpenNamespace"/> opened.</summary>
        public static void CloseNamespace(SourceWriter writer, EmitContext context)
        {
            if (!context.FileScopedNamespace)
            {
                writer.Close();
            }
        }

        /// <summary>
        /// The header every generated file starts with: what the file holds (<paramref name="description"/>), then the
        /// aliases generated code qualifies names with (<c>__Sys::</c> for <c>System</c>, <c>__Oai::</c> for the runtime's
        /// <c>OpenAI.Realtime.Serialization</c>, <c>__M::</c> for the models' namespace <paramref name="ns"/>).
        /// </summary>
        public static void WriteHeader(SourceWriter writer, string description, string ns)
        {
            writer.Line("// <auto-generated/>");
            writer.Line($"// OpenAI.Realtime.Gen: {EscapeForComment(description)}");
            // Annotations on, warnings off: the public API carries its nullable annotations, and no build of the user's pays
            // the nullable flow analysis of the generated bodies (10-20 % of the compiler's time on them). "enable annotations" alone
            // would leave the warnings, and with them the analysis, to the project's <Nullable>. Tests check the code under
            // full warnings.
            writer.Line("#nullable enable annotations");
            writer.Line("#nullable disable warnings");
            // Members the spec deprecates are still read and written; the runtime overrides (__Read, ...) need no docs.
            writer.Line("#pragma warning disable CS0612, CS0618, CS1591");
            writer.Line($"using {TypeSyntax.SystemAlias} = global::System;");
            writer.Line($"using {TypeSyntax.RuntimeAlias} = global::OpenAI.Realtime.Serialization;");
            writer.Line($"using {TypeSyntax.ModelsAlias} = global::{ns};");
            writer.Line();
        }

        /// <summary><c>[GeneratedCode]</c>, and <c>[Obsolete]</c> for deprecated schemas.</summary>
        public static void WriteTypeAttributes(SourceWriter writer, string? deprecation)
        {
            writer.Line($"[__Sys::CodeDom.Compiler.GeneratedCode(\"OpenAI.Realtime.Gen\", \"{GeneratorVersion}\")]");
            if (deprecation is not null)
            {
                writer.Line($"[__Sys::Obsolete({CSharpText.StringLiteral(deprecation)})]");
            }
        }

        /// <summary>
        /// A <c>private static readonly byte[][]</c> field named <paramref name="field"/> holding <paramref name="texts"/> as
        /// UTF-8, in order (the readers' lookup tables of member names and of values), built by the runtime from one list
        /// of string literals.
        /// </summary>
        public static void WriteUtf8Table(SourceWriter writer, string field, IEnumerable<string> texts)
            => writer.Line($"private static readonly byte[][] {field} = {TypeSyntax.Runtime}::JsonModelTables.Utf8({string.Join(", ", texts.Select(CSharpText.StringLiteral))});");

        /// <summary>Keeps a pointer on its comment line: anything outside printable ASCII becomes <c>\uXXXX</c>.</summary>
        private static string EscapeForComment(string text)
        {
            string literal = CSharpText.StringLiteral(text);
            return literal.Substring(1, literal.Length - 2);
        }
    }
}

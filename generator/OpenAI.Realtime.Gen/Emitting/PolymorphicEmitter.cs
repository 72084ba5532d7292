using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// Emits a discriminated union: an interface the case classes implement (a class can be a case of several unions, as
    /// <c>RealtimeFunctionTool</c> is), a fallback class for discriminator values the spec does not know, which keeps the
    /// whole JSON and writes it back, a visitor, and a small model for the runtime's <c>JsonPolymorphicModel</c>: the
    /// discriminator table, the case readers by case index, and a type switch for writing. The runtime's generic
    /// <c>JsonUnionConverter</c> serves it to <c>JsonSerializer</c>.
    /// </summary>
    internal static class PolymorphicEmitter
    {
        public static void Emit(SourceWriter writer, PolymorphicTypeSpec type, EmitContext context)
        {
            string ns = context.Namespace;
            string name = type.Name;
            var facts = new List<string>
            {
                "A discriminated union on " + string.Join(" and ", type.Discriminator.PropertyNames.Select(p => "<c>" + CSharpText.DocText(p) + "</c>"))
                    + " (see <see cref=\"" + type.VisitorTypeName + "{TResult}\"/>); unknown kinds read as <see cref=\"" + type.UnknownTypeName + "\"/>.",
            };
            DocWriter.Write(writer, type.Docs.Summary, "One of several object shapes, told apart by a discriminator member.", facts);
            FileEmitter.WriteTypeAttributes(writer, type.Deprecation);
            writer.Line($"[__Sys::Text.Json.Serialization.JsonConverter(typeof({TypeSyntax.ConverterType(type.Name, type.Kind, ns)}))]");
            writer.Line($"{context.Accessibility} partial interface {name}");
            writer.Open();
            foreach (CommonMemberSpec member in type.CommonMembers)
            {
                DocWriter.Summary(writer, "The <c>" + CSharpText.DocText(member.JsonName) + "</c> member, which every case has.");
                writer.Line($"string? {member.Name} {{ get; }}");
            }

            writer.Close();
            writer.Line();
            WriteUnknownClass(writer, type, context);
            writer.Line();
            WriteVisitor(writer, type, context);
            writer.Line();
            WriteModel(writer, type, ns);
        }

        /// <summary>
        /// The method names of the visitor: <c>On</c> plus the case type name without the union's name in front
        /// (<c>RealtimeServerEventResponseDone</c> -> <c>OnResponseDone</c>).
        /// </summary>
        internal static List<(string TypeName, string Method)> VisitorMethods(PolymorphicTypeSpec type)
        {
            var taken = new HashSet<string>(System.StringComparer.Ordinal) { "Visit", "OnUnknown", "OnOther" };
            var methods = new List<(string, string)>();
            foreach (PolymorphicCaseSpec c in type.Cases)
            {
                string stem = c.TypeName.Length > type.Name.Length && c.TypeName.StartsWith(type.Name, System.StringComparison.Ordinal) && !char.IsDigit(c.TypeName[type.Name.Length])
                    ? c.TypeName.Substring(type.Name.Length)
                    : c.TypeName;
                string method = "On" + stem;
                for (int n = 2; !taken.Add(method); n++)
                {
                    method = "On" + stem + n.ToString(CultureInfo.InvariantCulture);
                }

                methods.Add((c.TypeName, method));
            }

            return methods;
        }

        private static void WriteVisitor(SourceWriter writer, PolymorphicTypeSpec type, EmitContext context)
        {
            string ns = context.Namespace;
            string union = TypeSyntax.Qualified(type.Name, ns);
            writer.Line($"/// <summary>Dispatches a <see cref=\"{type.Name}\"/> to one method per case; by default each calls <see cref=\"OnOther\"/>.</summary>");
            writer.Line("/// <typeparam name=\"TResult\">What handling a value returns.</typeparam>");
            FileEmitter.WriteTypeAttributes(writer, null);
            writer.Line($"{context.Accessibility} abstract partial class {type.VisitorTypeName}<TResult>");
            writer.Open();
            writer.Line("/// <summary>Calls the method for the case <paramref name=\"value\"/> is.</summary>");
            writer.Line("/// <param name=\"value\">The value to dispatch.</param>");
            writer.Line($"public TResult Visit({union} value) => value switch");
            writer.Open();
            List<(string TypeName, string Method)> methods = VisitorMethods(type);
            foreach (var (typeName, method) in methods)
            {
                writer.Line($"{TypeSyntax.Qualified(typeName, ns)} v => {method}(v),");
            }

            writer.Line($"{TypeSyntax.Qualified(type.UnknownTypeName, ns)} v => OnUnknown(v),");
            writer.Line("_ => OnOther(value),");
            writer.Close(";");
            foreach (var (typeName, method) in methods)
            {
                writer.Line($"/// <summary>Handles a <see cref=\"{typeName}\"/>.</summary>");
                writer.Line($"protected virtual TResult {method}({TypeSyntax.Qualified(typeName, ns)} value) => OnOther(value);");
            }

            writer.Line("/// <summary>Handles a value whose discriminator this version of the spec does not know.</summary>");
            writer.Line($"protected virtual TResult OnUnknown({TypeSyntax.Qualified(type.UnknownTypeName, ns)} value) => OnOther(value);");
            writer.Line("/// <summary>Handles every value no other method of this visitor handles.</summary>");
            writer.Line("/// <param name=\"value\">The value.</param>");
            writer.Line($"protected abstract TResult OnOther({union} value);");
            writer.Close();
        }

        private static void WriteUnknownClass(SourceWriter writer, PolymorphicTypeSpec type, EmitContext context)
        {
            string unknown = type.UnknownTypeName;
            writer.Line($"/// <summary>A <see cref=\"{type.Name}\"/> of a kind this version of the spec does not know; keeps its JSON and writes it back unchanged.</summary>");
            FileEmitter.WriteTypeAttributes(writer, null);
            writer.Line($"{context.Accessibility} sealed partial class {unknown} : {TypeSyntax.Runtime}::JsonUnknownCase, {TypeSyntax.Qualified(type.Name, context.Namespace)}");
            writer.Open();
            DocWriter.Summary(writer, "Wraps a JSON object (a copy of it is kept).");
            writer.Line($"public {unknown}({TypeSyntax.Json}.JsonElement json) : this(json.Clone(), owned: true) {{ }}");
            writer.Line();
            writer.Line($"internal {unknown}({TypeSyntax.DeferredJson} json, bool owned) : base(json, {TypeSyntax.Qualified(type.Name + "JsonModel", context.Namespace)}.Discriminator) {{ }}");
            foreach (CommonMemberSpec member in type.CommonMembers)
            {
                writer.Line();
                DocWriter.Summary(writer, "The <c>" + CSharpText.DocText(member.JsonName) + "</c> member of the JSON, when it is a string.");
                writer.Line($"public string? {member.Name} => GetStringMember({CSharpText.StringLiteral(member.JsonName)});");
            }

            writer.Close();
        }

        private static void WriteModel(SourceWriter writer, PolymorphicTypeSpec type, string ns)
        {
            string qualified = TypeSyntax.Qualified(type.Name, ns);
            string model = type.Name + "JsonModel";
            writer.Line($"internal sealed class {model} : {TypeSyntax.Runtime}::JsonPolymorphicModel<{qualified}>");
            writer.Open();
            string table = DiscriminatorWriter.Table(type.Name, type.Discriminator, type.Cases.Select(c => c.Matches).ToList());
            writer.Line($"internal static readonly {TypeSyntax.Runtime}::JsonDiscriminator Discriminator = {table};");
            writer.Line($"internal static readonly {model} Instance = new {model}();");
            writer.Line();
            writer.Line($"public {model}() : base(Discriminator, json => new {TypeSyntax.Qualified(type.UnknownTypeName, ns)}(json, owned: true),");
            writer.Indent();
            for (int i = 0; i < type.Cases.Count; i++)
            {
                PolymorphicCaseSpec c = type.Cases[i];
                string end = i == type.Cases.Count - 1 ? ")" : ",";
                writer.Line($"Case({TypeSyntax.NamedReader(c.TypeName, NamedKind.Object, ns)}, {TypeSyntax.NamedWriter(c.TypeName, NamedKind.Object, ns)}){end}");
            }

            if (type.Cases.Count == 0)
            {
                writer.Line(")");
            }

            writer.Unindent();
            writer.Line("{");
            writer.Line("}");
            writer.Line();
            writer.Line($"internal static {qualified} ReadValue(ref {TypeSyntax.Json}.Utf8JsonReader reader) => Instance.Read(ref reader);");
            writer.Line();
            writer.Line($"internal static void WriteValue({TypeSyntax.Json}.Utf8JsonWriter writer, {qualified} value, {TypeSyntax.WriteMode} mode) => Instance.Write(writer, value, mode);");
            writer.Close();
        }
    }
}

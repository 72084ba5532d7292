using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// Emits a discriminated union: an interface the case classes implement (a class can be a case of several unions, as
    /// <c>RealtimeFunctionTool</c> is), a fallback class for discriminator values the spec does not know, which keeps the
    /// whole JSON and writes it back, and a converter that picks the case wherever the discriminator stands in the object.
    /// </summary>
    internal static class PolymorphicEmitter
    {
        public static void Emit(SourceWriter writer, PolymorphicTypeSpec type, EmitContext context)
        {
            string ns = context.Namespace;
            string name = type.Name;
            string qualified = TypeSyntax.Qualified(name, ns);
            var facts = new List<string>
            {
                "A discriminated union on " + string.Join(" and ", type.Discriminator.PropertyNames.Select(p => "<c>" + CSharpText.DocText(p) + "</c>"))
                    + ". Its cases: " + string.Join(", ", type.Cases.Select(c => "<see cref=\"" + c.TypeName + "\"/>")) + ".",
                "A value whose discriminator this version of the spec does not know is read as <see cref=\"" + type.UnknownTypeName + "\"/>, which keeps the whole JSON and writes it back unchanged.",
            };
            DocWriter.Write(writer, type.Docs.Summary, "One of several object shapes, told apart by a discriminator member.", facts);
            FileEmitter.WriteTypeAttributes(writer, type.Deprecation);
            writer.Line($"[__Sys::Text.Json.Serialization.JsonConverter(typeof({TypeSyntax.ConverterType(name, NamedKind.Polymorphic, ns)}))]");
            writer.Line($"{context.Accessibility} partial interface {name}");
            writer.Open();
            foreach (CommonMemberSpec member in type.CommonMembers)
            {
                DocWriter.Summary(writer, "The <c>" + CSharpText.DocText(member.JsonName) + "</c> member, which every case has.");
                writer.Line($"string? {member.Name} {{ get; }}");
                writer.Line();
            }

            writer.Close();
            writer.Line();
            WriteUnknownClass(writer, type, context);
            writer.Line();
            WriteVisitor(writer, type, context);
            writer.Line();
            WriteConverter(writer, type, qualified, ns);
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
            writer.Line("/// <summary>");
            writer.Line($"/// Dispatches a <see cref=\"{type.Name}\"/> to one method per case. Override the cases you handle; every other");
            writer.Line("/// value, including kinds this version of the spec does not know, goes to <see cref=\"OnOther\"/>.");
            writer.Line("/// </summary>");
            writer.Line("/// <typeparam name=\"TResult\">What handling a value returns (for example <c>ValueTask</c> in an async receive loop).</typeparam>");
            FileEmitter.WriteTypeAttributes(writer, null);
            writer.Line($"{context.Accessibility} abstract partial class {type.VisitorTypeName}<TResult>");
            writer.Open();
            writer.Line("/// <summary>Calls the method for the case <paramref name=\"value\"/> is.</summary>");
            writer.Line("/// <param name=\"value\">The value to dispatch.</param>");
            writer.Line($"public TResult Visit({union} value)");
            writer.Open();
            writer.Line("switch (value)");
            writer.Open();
            List<(string TypeName, string Method)> methods = VisitorMethods(type);
            for (int i = 0; i < methods.Count; i++)
            {
                string variable = "case" + i.ToString(CultureInfo.InvariantCulture);
                writer.Line($"case {TypeSyntax.Qualified(methods[i].TypeName, ns)} {variable}:");
                writer.Indent().Line($"return {methods[i].Method}({variable});").Unindent();
            }

            writer.Line($"case {TypeSyntax.Qualified(type.UnknownTypeName, ns)} unknown:");
            writer.Indent().Line("return OnUnknown(unknown);").Unindent();
            writer.Line("default:");
            writer.Indent().Line("return OnOther(value);").Unindent();
            writer.Close();
            writer.Close();
            foreach (var (typeName, method) in methods)
            {
                writer.Line();
                writer.Line($"/// <summary>Handles a <see cref=\"{typeName}\"/>; by default passes it to <see cref=\"OnOther\"/>.</summary>");
                writer.Line("/// <param name=\"value\">The value.</param>");
                writer.Line($"protected virtual TResult {method}({TypeSyntax.Qualified(typeName, ns)} value) => OnOther(value);");
            }

            writer.Line();
            writer.Line("/// <summary>Handles a value whose discriminator this version of the spec does not know; by default passes it to <see cref=\"OnOther\"/>.</summary>");
            writer.Line("/// <param name=\"value\">The value, with its whole JSON.</param>");
            writer.Line($"protected virtual TResult OnUnknown({TypeSyntax.Qualified(type.UnknownTypeName, ns)} value) => OnOther(value);");
            writer.Line();
            writer.Line("/// <summary>Handles every value no other method of this visitor handles.</summary>");
            writer.Line("/// <param name=\"value\">The value.</param>");
            writer.Line($"protected abstract TResult OnOther({union} value);");
            writer.Close();
        }

        private static void WriteUnknownClass(SourceWriter writer, PolymorphicTypeSpec type, EmitContext context)
        {
            string unknown = type.UnknownTypeName;
            writer.Line("/// <summary>");
            writer.Line($"/// A <see cref=\"{type.Name}\"/> whose discriminator value this version of the spec does not know. It keeps the whole");
            writer.Line("/// JSON object and writes it back unchanged, so a new kind of value never breaks reading.");
            writer.Line("/// </summary>");
            FileEmitter.WriteTypeAttributes(writer, null);
            writer.Line($"{context.Accessibility} sealed partial class {unknown} : {TypeSyntax.Qualified(type.Name, context.Namespace)}, {TypeSyntax.Runtime}.IRealtimeValidatable");
            writer.Open();
            // Not readonly: reading the value caches the parsed element in the field.
            writer.Line($"private {TypeSyntax.DeferredJson} _json;");
            writer.Line();
            DocWriter.Summary(writer, "Wraps a JSON object (a copy of it is kept).");
            writer.Line($"public {unknown}({TypeSyntax.Json}.JsonElement json)");
            writer.Indent().Line(": this(json.Clone(), owned: true)").Unindent();
            writer.Open();
            writer.Close();
            writer.Line();
            writer.Line($"internal {unknown}({TypeSyntax.DeferredJson} json, bool owned)");
            writer.Open();
            writer.Line("_json = json;");
            writer.Close();
            writer.Line();
            DocWriter.Summary(writer, "The whole JSON object, as read (parsed when first asked for).");
            writer.Line($"public {TypeSyntax.Json}.JsonElement Json => _json.Value.GetValueOrDefault();");
            writer.Line();
            writer.Line($"internal void WriteJson({TypeSyntax.Json}.Utf8JsonWriter writer, {TypeSyntax.WriteMode} mode) => _json.Write(writer, mode);");
            writer.Line();
            foreach (CommonMemberSpec member in type.CommonMembers)
            {
                DocWriter.Summary(writer, "The <c>" + CSharpText.DocText(member.JsonName) + "</c> member of the JSON, when it is a string.");
                writer.Line($"public string? {member.Name} => {TypeSyntax.Reader}.GetStringMember(Json, {CSharpText.StringLiteral(member.JsonName)});");
                writer.Line();
            }

            DocWriter.Summary(writer, "The JSON text.");
            writer.Line("public override string ToString() => Json.GetRawText();");
            writer.Line();
            string discriminator = type.Discriminator.PropertyNames[0];
            writer.Line("/// <summary>Reports that the value is none of the cases the spec lists (it is kept, and written back, as read).</summary>");
            writer.Line($"void {TypeSyntax.Runtime}.IRealtimeValidatable.Validate({TypeSyntax.Runtime}.RealtimeValidationContext context)");
            writer.Indent().Line($"=> context.ReportUnknownCase({CSharpText.StringLiteral(discriminator)}, {TypeSyntax.Reader}.GetStringMember(Json, {CSharpText.StringLiteral(discriminator)}), {CSharpText.StringLiteral(type.Name)});").Unindent();
            writer.Close();
        }

        private static void WriteConverter(SourceWriter writer, PolymorphicTypeSpec type, string qualified, string ns)
        {
            ConverterWriter.WriteOpening(writer, type.Name, qualified);
            IEnumerable<EquatableArray<CaseMatch>> allMatches = type.Cases.Select(c => c.Matches);
            DiscriminatorWriter.WriteFields(writer, type.Discriminator, allMatches);
            writer.Line();
            writer.Line($"public static {qualified} ReadValue(ref {TypeSyntax.Json}.Utf8JsonReader reader)");
            writer.Open();
            writer.Line($"{TypeSyntax.Reader}.Expect(ref reader, {TypeSyntax.Json}.JsonTokenType.StartObject, {CSharpText.StringLiteral(type.Name)});");
            DiscriminatorWriter.WritePeeks(writer, type.Discriminator, allMatches);
            if (type.Discriminator.PropertyNames.Count == 1)
            {
                // One member decides: a switch over the peeked value index.
                List<string> values = DiscriminatorWriter.ValuesPerProperty(type.Discriminator, allMatches)[0];
                writer.Line("switch (d0)");
                writer.Open();
                var written = new HashSet<int>();
                foreach (PolymorphicCaseSpec c in type.Cases)
                {
                    foreach (CaseMatch match in c.Matches)
                    {
                        int index = values.IndexOf(match.Values[0]!);
                        if (!written.Add(index))
                        {
                            continue;
                        }

                        writer.Line($"case {index}:");
                        writer.Indent().Line($"return {TypeSyntax.NamedReader(c.TypeName, NamedKind.Object, ns)}(ref reader);").Unindent();
                    }
                }

                writer.Close();
            }
            else
            {
                foreach (PolymorphicCaseSpec c in type.Cases)
                {
                    foreach (CaseMatch match in c.Matches)
                    {
                        writer.Line($"if ({DiscriminatorWriter.Condition(type.Discriminator, allMatches, match)})");
                        writer.Open();
                        writer.Line($"return {TypeSyntax.NamedReader(c.TypeName, NamedKind.Object, ns)}(ref reader);");
                        writer.Close();
                    }
                }
            }

            writer.Line();
            writer.Line($"return new {TypeSyntax.Qualified(type.UnknownTypeName, ns)}({TypeSyntax.DeferredJson}.Read(ref reader), owned: true);");
            writer.Close();
            writer.Line();
            writer.Line($"public static void WriteValue({TypeSyntax.Json}.Utf8JsonWriter writer, {qualified} value, {TypeSyntax.WriteMode} mode)");
            writer.Open();
            writer.Line("switch (value)");
            writer.Open();
            for (int i = 0; i < type.Cases.Count; i++)
            {
                string variable = "case" + i.ToString(CultureInfo.InvariantCulture);
                writer.Line($"case {TypeSyntax.Qualified(type.Cases[i].TypeName, ns)} {variable}:");
                writer.Indent();
                writer.Line($"{TypeSyntax.NamedWriter(type.Cases[i].TypeName, NamedKind.Object, ns)}(writer, {variable}, mode);");
                writer.Line("return;");
                writer.Unindent();
            }

            writer.Line($"case {TypeSyntax.Qualified(type.UnknownTypeName, ns)} unknown:");
            writer.Indent();
            writer.Line("unknown.WriteJson(writer, mode);");
            writer.Line("return;");
            writer.Unindent();
            writer.Line("default:");
            writer.Indent().Line($"throw {TypeSyntax.Writer}.NotACase(value, {CSharpText.StringLiteral(type.Name)});").Unindent();
            writer.Close();
            writer.Close();
            writer.Line();
            ConverterWriter.WriteOverrides(writer, qualified, isStruct: false);
            writer.Close();
        }
    }
}

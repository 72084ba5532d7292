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
            writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + TypeSyntax.Converter(name, ns) + "))]");
            writer.Line(context.Accessibility + " partial interface " + name);
            writer.Open();
            foreach (CommonMemberSpec member in type.CommonMembers)
            {
                DocWriter.Summary(writer, "The <c>" + CSharpText.DocText(member.JsonName) + "</c> member, which every case has.");
                writer.Line("string? " + member.Name + " { get; }");
                writer.Line();
            }

            writer.Close();
            writer.Line();
            WriteUnknownClass(writer, type, context);
            writer.Line();
            WriteConverter(writer, type, qualified, ns);
        }

        private static void WriteUnknownClass(SourceWriter writer, PolymorphicTypeSpec type, EmitContext context)
        {
            string unknown = type.UnknownTypeName;
            writer.Line("/// <summary>");
            writer.Line("/// A <see cref=\"" + type.Name + "\"/> whose discriminator value this version of the spec does not know. It keeps the whole");
            writer.Line("/// JSON object and writes it back unchanged, so a new kind of value never breaks reading.");
            writer.Line("/// </summary>");
            FileEmitter.WriteTypeAttributes(writer, null);
            writer.Line(context.Accessibility + " sealed partial class " + unknown + " : " + TypeSyntax.Qualified(type.Name, context.Namespace));
            writer.Open();
            DocWriter.Summary(writer, "Wraps a JSON object (a copy of it is kept).");
            writer.Line("public " + unknown + "(" + TypeSyntax.Json + ".JsonElement json)");
            writer.Indent().Line(": this(json.Clone(), owned: true)").Unindent();
            writer.Open();
            writer.Close();
            writer.Line();
            writer.Line("internal " + unknown + "(" + TypeSyntax.Json + ".JsonElement json, bool owned)");
            writer.Open();
            writer.Line("Json = json;");
            writer.Close();
            writer.Line();
            DocWriter.Summary(writer, "The whole JSON object, as read.");
            writer.Line("public " + TypeSyntax.Json + ".JsonElement Json { get; }");
            writer.Line();
            foreach (CommonMemberSpec member in type.CommonMembers)
            {
                DocWriter.Summary(writer, "The <c>" + CSharpText.DocText(member.JsonName) + "</c> member of the JSON, when it is a string.");
                writer.Line("public string? " + member.Name + " => " + TypeSyntax.Reader + ".GetStringMember(Json, " + CSharpText.StringLiteral(member.JsonName) + ");");
                writer.Line();
            }

            DocWriter.Summary(writer, "The JSON text.");
            writer.Line("public override string ToString() => Json.GetRawText();");
            writer.Close();
        }

        private static void WriteConverter(SourceWriter writer, PolymorphicTypeSpec type, string qualified, string ns)
        {
            ConverterWriter.WriteOpening(writer, type.Name, qualified);
            IEnumerable<EquatableArray<CaseMatch>> allMatches = type.Cases.Select(c => c.Matches);
            DiscriminatorWriter.WriteFields(writer, type.Discriminator, allMatches);
            writer.Line();
            writer.Line("public static " + qualified + " ReadValue(ref " + TypeSyntax.Json + ".Utf8JsonReader reader)");
            writer.Open();
            writer.Line(TypeSyntax.Reader + ".Expect(ref reader, " + TypeSyntax.Json + ".JsonTokenType.StartObject, " + CSharpText.StringLiteral(type.Name) + ");");
            DiscriminatorWriter.WritePeeks(writer, type.Discriminator);
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

                        writer.Line("case " + index.ToString(CultureInfo.InvariantCulture) + ":");
                        writer.Indent().Line("return " + TypeSyntax.Converter(c.TypeName, ns) + ".ReadValue(ref reader);").Unindent();
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
                        writer.Line("if (" + DiscriminatorWriter.Condition(type.Discriminator, allMatches, match) + ")");
                        writer.Open();
                        writer.Line("return " + TypeSyntax.Converter(c.TypeName, ns) + ".ReadValue(ref reader);");
                        writer.Close();
                    }
                }
            }

            writer.Line();
            writer.Line("return new " + TypeSyntax.Qualified(type.UnknownTypeName, ns) + "(" + TypeSyntax.Reader + ".ReadElement(ref reader), owned: true);");
            writer.Close();
            writer.Line();
            writer.Line("public static void WriteValue(" + TypeSyntax.Json + ".Utf8JsonWriter writer, " + qualified + " value, " + TypeSyntax.WriteMode + " mode)");
            writer.Open();
            writer.Line("switch (value)");
            writer.Open();
            for (int i = 0; i < type.Cases.Count; i++)
            {
                string variable = "case" + i.ToString(CultureInfo.InvariantCulture);
                writer.Line("case " + TypeSyntax.Qualified(type.Cases[i].TypeName, ns) + " " + variable + ":");
                writer.Indent();
                writer.Line(TypeSyntax.Converter(type.Cases[i].TypeName, ns) + ".WriteValue(writer, " + variable + ", mode);");
                writer.Line("return;");
                writer.Unindent();
            }

            writer.Line("case " + TypeSyntax.Qualified(type.UnknownTypeName, ns) + " unknown:");
            writer.Indent();
            writer.Line(TypeSyntax.Writer + ".WriteElement(writer, unknown.Json, mode);");
            writer.Line("return;");
            writer.Unindent();
            writer.Line("default:");
            writer.Indent().Line("throw " + TypeSyntax.Writer + ".NotACase(value, " + CSharpText.StringLiteral(type.Name) + ");").Unindent();
            writer.Close();
            writer.Close();
            writer.Line();
            ConverterWriter.WriteOverrides(writer, qualified, isStruct: false);
            writer.Close();
        }
    }
}

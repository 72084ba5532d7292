using System.Collections.Generic;
using System.Linq;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// Emits an extensible enumeration: a readonly struct over the string, with the listed values as static members.
    /// A value the spec does not list (a new voice, a new status) is read, kept and written back; it never throws.
    /// </summary>
    internal static class EnumEmitter
    {
        public static void Emit(SourceWriter writer, EnumTypeSpec type, EmitContext context)
        {
            string ns = context.Namespace;
            string name = type.Name;
            var facts = new List<string>
            {
                "An extensible enumeration: besides the values listed here, any string is accepted and kept, so a value the API adds later is read and written back unchanged."
                    + (type.IsOpen ? " The spec allows any string here." : " The spec lists every allowed value: <c>Validate()</c> of a model holding another value reports it."),
            };
            DocWriter.Write(writer, type.Docs.Summary, "The <c>" + CSharpText.DocText(name) + "</c> values.", facts);
            FileEmitter.WriteTypeAttributes(writer, type.Deprecation);
            writer.Line($"[__Sys::Text.Json.Serialization.JsonConverter(typeof({TypeSyntax.ConverterType(name, NamedKind.Enum, ns)}))]");
            writer.Line($"{context.Accessibility} readonly partial struct {name} : __Sys::IEquatable<{name}>");
            writer.Open();
            if (type.Members.Count > 0)
            {
                // The reader's lookup table: the listed values as raw UTF-8, in the order of the reader's cases; the
                // writer's, the same values pre-encoded.
                FileEmitter.WriteUtf8Table(writer, "s_valuesUtf8", type.Members.Select(m => m.Value));
                writer.Line($"private static readonly {TypeSyntax.Json}.JsonEncodedText[] s_values = {TypeSyntax.Runtime}.JsonModelTables.Encode(s_valuesUtf8);");
            }

            writer.Line("private readonly string? _value;");
            writer.Line();
            DocWriter.Summary(writer, "Creates a value; any string is accepted, listed by the spec or not.");
            writer.Line("/// <param name=\"value\">The string as it appears in JSON.</param>");
            writer.Line("/// <exception cref=\"__Sys::ArgumentNullException\"><paramref name=\"value\"/> is null.</exception>");
            writer.Line($"public {name}(string value)");
            writer.Open();
            writer.Line("_value = value ?? throw new __Sys::ArgumentNullException(nameof(value));");
            writer.Close();
            writer.Line();
            foreach (EnumMemberSpec member in type.Members)
            {
                DocWriter.Summary(writer, "The value <c>" + CSharpText.DocText(member.Value) + "</c>.");
                writer.Line($"public static {name} {member.Name} {{ get; }} = new {name}({CSharpText.StringLiteral(member.Value)});");
                writer.Line();
            }

            DocWriter.Summary(writer, "The values the spec lists, in its order.");
            writer.Line($"public static {TypeSyntax.Collections}.IReadOnlyList<{name}> KnownValues {{ get; }} = new {name}[] {{ {string.Join(", ", type.Members.Select(m => m.Name))} }};");
            writer.Line();
            writer.Line($"internal const string AllowedValuesText = {CSharpText.StringLiteral(ValidationWriter.AllowedValuesText(type.Members.Select(m => m.Value)))};");
            writer.Line();
            DocWriter.Summary(writer, "Whether the spec lists this value.");
            writer.Line("public bool IsKnown");
            writer.Open();
            writer.Line("get");
            writer.Open();
            writer.Line("switch (_value)");
            writer.Open();
            foreach (EnumMemberSpec member in type.Members)
            {
                writer.Line($"case {CSharpText.StringLiteral(member.Value)}:");
            }

            writer.Indent().Line("return true;").Unindent();
            writer.Line("default:");
            writer.Indent().Line("return false;").Unindent();
            writer.Close();
            writer.Close();
            writer.Close();
            writer.Line();
            DocWriter.Summary(writer, "Converts a string to a value.");
            writer.Line($"public static implicit operator {name}(string value) => new {name}(value);");
            writer.Line();
            DocWriter.Summary(writer, "Compares by the string, ordinally.");
            writer.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
            writer.Line();
            DocWriter.Summary(writer, "Compares by the string, ordinally.");
            writer.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line($"public bool Equals({name} other) => string.Equals(_value, other._value, __Sys::StringComparison.Ordinal);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public override int GetHashCode() => _value == null ? 0 : __Sys::StringComparer.Ordinal.GetHashCode(_value);");
            writer.Line();
            DocWriter.Summary(writer, "The string as it appears in JSON (empty for <c>default</c>).");
            writer.Line("public override string ToString() => _value ?? string.Empty;");
            writer.Line();
            writer.Line("[__Sys::ComponentModel.EditorBrowsable(__Sys::ComponentModel.EditorBrowsableState.Never)]");
            writer.Line($"internal static {name} ReadJson(ref {TypeSyntax.Json}.Utf8JsonReader reader)");
            writer.Open();
            writer.Line($"if (reader.TokenType != {TypeSyntax.Json}.JsonTokenType.String)");
            writer.Open();
            writer.Line($"throw {TypeSyntax.Reader}.UnexpectedToken(ref reader, \"a string\", {CSharpText.StringLiteral(name)});");
            writer.Close();
            writer.Line();
            if (type.Members.Count > 0)
            {
                writer.Line($"switch ({TypeSyntax.Reader}.MatchString(ref reader, s_valuesUtf8))");
                writer.Open();
                for (int i = 0; i < type.Members.Count; i++)
                {
                    writer.Line($"case {i}:");
                    writer.Indent().Line($"return {type.Members[i].Name};").Unindent();
                }

                writer.Close();
                writer.Line();
            }
            writer.Line($"return new {name}({TypeSyntax.Reader}.ReadString(ref reader));");
            writer.Close();
            writer.Line();
            writer.Line("[__Sys::ComponentModel.EditorBrowsable(__Sys::ComponentModel.EditorBrowsableState.Never)]");
            writer.Line($"internal void WriteJson({TypeSyntax.Json}.Utf8JsonWriter writer, {TypeSyntax.WriteMode} mode)");
            writer.Open();
            writer.Line("if (_value == null)");
            writer.Open();
            writer.Line("writer.WriteNullValue();");
            writer.Close();
            for (int i = 0; i < type.Members.Count; i++)
            {
                // A listed value read or taken from a static property is that very literal: written pre-encoded.
                if (CSharpText.IsJsonVerbatim(type.Members[i].Value))
                {
                    writer.Line($"else if ((object)_value == (object){CSharpText.StringLiteral(type.Members[i].Value)}) writer.WriteStringValue(s_values[{i}]);");
                }
            }

            writer.Line("else");
            writer.Open();
            writer.Line("writer.WriteStringValue(_value);");
            writer.Close();
            writer.Close();
            writer.Close();
            writer.Line();
            ConverterWriter.WriteForClass(writer, name, ns, isStruct: true);
        }
    }
}

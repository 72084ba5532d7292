using System.Collections.Generic;
using System.Linq;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// Emits an extensible enumeration: a readonly struct over the string, with the listed values as static members.
    /// A value the spec does not list (a new voice, a new status) is read, kept and written back; it never throws.
    /// Table-driven: the struct declares its public API and a runtime <c>JsonOpenEnumTable</c> of its values, which does
    /// the matching, <c>IsKnown</c> and writing; its <c>[JsonConverter]</c> is the runtime's generic
    /// <c>JsonOpenEnumConverter&lt;T&gt;</c> (through <c>IJsonOpenEnum&lt;T&gt;</c>), so no converter class is emitted.
    /// </summary>
    internal static class EnumEmitter
    {
        public static void Emit(SourceWriter writer, EnumTypeSpec type, EmitContext context)
        {
            string ns = context.Namespace;
            string name = type.Name;
            string table = TypeSyntax.Runtime + "::JsonOpenEnumTable";
            string self = TypeSyntax.Runtime + "::IJsonOpenEnum<" + name + ">";
            var facts = new List<string>
            {
                "Extensible: any other string is read, kept and written back too."
                    + (type.IsOpen ? " The spec allows any string." : " <c>Validate()</c> reports values the spec does not list."),
            };
            DocWriter.Write(writer, type.Docs.Summary, "The <c>" + CSharpText.DocText(name) + "</c> values.", facts);
            FileEmitter.WriteTypeAttributes(writer, type.Deprecation);
            writer.Line($"[__Sys::Text.Json.Serialization.JsonConverter(typeof({TypeSyntax.ConverterType(type.Name, type.Kind, ns)}))]");

            // IJsonOpenEnum<T> extends IEquatable<T>.
            writer.Line($"{context.Accessibility} readonly partial struct {name} : {self}");
            writer.Open();

            // The runtime's table of the listed values: the very literals of the static members, so a value read from JSON
            // holds the same string instance as its static member (no allocation) and is written pre-encoded.
            string literals = string.Concat(type.Members.Select(m => ", " + CSharpText.StringLiteral(m.Value)));
            writer.Line($"private static readonly {table} s_table = {context.New(table)}(nameof({name}){literals});");
            writer.Line("private readonly string? _value;");
            writer.Line();
            DocWriter.Summary(writer, "Creates a value; any string is accepted.");
            writer.Line("/// <param name=\"value\">The string as it appears in JSON.</param>");
            writer.Line("/// <exception cref=\"__Sys::ArgumentNullException\"><paramref name=\"value\"/> is null.</exception>");
            writer.Line($"public {name}(string value) => _value = value ?? throw new __Sys::ArgumentNullException(nameof(value));");
            writer.Line();
            foreach (EnumMemberSpec member in type.Members)
            {
                DocWriter.Summary(writer, "The value <c>" + CSharpText.DocText(member.Value) + "</c>.");
                writer.Line($"public static {name} {member.Name} {{ get; }} = {CSharpText.StringLiteral(member.Value)};");
                writer.Line();
            }

            DocWriter.Summary(writer, "The values the spec lists, in its order.");
            writer.Line($"public static {TypeSyntax.Collections}.IReadOnlyList<{name}> KnownValues {{ get; }} = new {name}[] {{ {string.Join(", ", type.Members.Select(m => m.Name))} }};");
            writer.Line();
            DocWriter.Summary(writer, "Whether the spec lists this value.");
            writer.Line("public bool IsKnown => s_table.IsKnown(_value);");
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
            writer.Line($"public bool Equals({name} other) => string.Equals(_value, other._value);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public override int GetHashCode() => _value?.GetHashCode() ?? 0;");
            writer.Line();
            DocWriter.Summary(writer, "The string as it appears in JSON (empty for <c>default</c>).");
            writer.Line("public override string ToString() => _value ?? string.Empty;");
            writer.Line();
            writer.Line($"{name} {self}.Read(ref {TypeSyntax.Json}.Utf8JsonReader reader) => new {name}(s_table.Read(ref reader));");
            writer.Line($"void {self}.Write({TypeSyntax.Json}.Utf8JsonWriter writer) => s_table.Write(writer, _value);");
            writer.Line($"{table} {TypeSyntax.Runtime}::IJsonOpenEnum.Table => s_table;");
            writer.Close();
        }
    }
}

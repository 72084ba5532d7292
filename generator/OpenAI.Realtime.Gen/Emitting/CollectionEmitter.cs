using System.Collections.Generic;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// Emits a named map schema as a class deriving from <c>Dictionary&lt;string, T&gt;</c> (<c>Metadata</c>) and a named
    /// array schema as a class deriving from <c>List&lt;T&gt;</c>, with validation of the counts and lengths the spec states.
    /// </summary>
    internal static class CollectionEmitter
    {
        public static void Emit(SourceWriter writer, CollectionTypeSpec type, EmitContext context)
        {
            string ns = context.Namespace;
            string name = type.Name;
            TypeRef shape = type.Shape;
            bool isMap = shape.Kind == TypeRefKind.Map;
            string element = TypeSyntax.Element(shape, ns);
            string baseType = isMap ? TypeSyntax.Collections + ".Dictionary<string, " + element + ">" : TypeSyntax.Collections + ".List<" + element + ">";

            DocWriter.Write(writer, type.Docs.Summary, "The <c>" + CSharpText.DocText(name) + "</c> " + (isMap ? "map" : "list") + ".", Facts(type.Constraints, isMap));
            FileEmitter.WriteTypeAttributes(writer, type.Deprecation);
            writer.Line($"[__Sys::Text.Json.Serialization.JsonConverter(typeof({TypeSyntax.ConverterType(type.Name, type.Kind, ns)}))]");
            writer.Line($"{context.Accessibility} partial class {name} : {baseType}, {TypeSyntax.Runtime}::IRealtimeValidatable");
            writer.Open();
            DocWriter.Summary(writer, "Creates an empty " + (isMap ? "map (keys compared ordinally)" : "list") + ".");
            writer.Line($"public {name}(){(isMap ? " : base(__Sys::StringComparer.Ordinal)" : string.Empty)}");
            writer.Open();
            writer.Close();
            writer.Line();
            DocWriter.Summary(writer, "Creates a " + (isMap ? "map" : "list") + " holding a copy of <paramref name=\"values\"/>.");
            writer.Line("/// <param name=\"values\">The entries to copy.</param>");
            string source = isMap ? TypeSyntax.Collections + ".IDictionary<string, " + element + ">" : TypeSyntax.Collections + ".IEnumerable<" + element + ">";
            writer.Line($"public {name}({source} values){(isMap ? " : base(values, __Sys::StringComparer.Ordinal)" : " : base(values)")}");
            writer.Open();
            writer.Close();
            writer.Line();
            if (!context.IsUserDeclared("Validate"))
            {
                ValidationWriter.WritePublicValidate(writer);
            }

            writer.Line($"void {TypeSyntax.Runtime}::IRealtimeValidatable.Validate({TypeSyntax.Runtime}::RealtimeValidationContext context)");
            writer.Open();
            if (ValidationWriter.HasChecks(shape, type.Constraints) || type.Constraints.KeyMaxLength is not null)
            {
                writer.Line($"var self = ({TypeSyntax.Collections}{(isMap ? ".IDictionary<string, " : ".IList<")}{element}>)this;");
                ValidationWriter.WriteChecks(writer, shape, type.Constraints, null, "self", false, ns, 0);
            }

            writer.Close();
            writer.Line();
            writer.Line("[__Sys::ComponentModel.EditorBrowsable(__Sys::ComponentModel.EditorBrowsableState.Never)]");
            writer.Line($"internal static {name} ReadJson(ref {TypeSyntax.Json}.Utf8JsonReader reader)");
            writer.Open();
            writer.Line($"var value = new {name}();");
            writer.Line($"{TypeSyntax.Reader}{(isMap ? ".ReadMapInto" : ".ReadListInto")}(ref reader, value, {TypeSyntax.ElementReader(shape, ns)}, {TypeSyntax.AllowsNullElements(shape)});");
            writer.Line("return value;");
            writer.Close();
            writer.Line();
            writer.Line("[__Sys::ComponentModel.EditorBrowsable(__Sys::ComponentModel.EditorBrowsableState.Never)]");
            writer.Line($"internal void WriteJson({TypeSyntax.Json}.Utf8JsonWriter writer, {TypeSyntax.WriteMode} mode)");
            writer.Indent().Line($"=> {TypeSyntax.Write(shape, ns, "this").TrimEnd(';')};").Unindent();
            writer.Close();
            writer.Line();
            ConverterWriter.WriteForClass(writer, name, ns);
        }

        private static List<string> Facts(Constraints constraints, bool isMap)
        {
            var facts = new List<string>();
            if (constraints.MaxItems is int max)
            {
                facts.Add("At most " + max.ToString(System.Globalization.CultureInfo.InvariantCulture) + (isMap ? " entries." : " items."));
            }

            if (constraints.KeyMaxLength is int keyMax)
            {
                facts.Add("Keys of at most " + keyMax.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters.");
            }

            if (constraints.Element?.MaxLength is int valueMax)
            {
                facts.Add("Values of at most " + valueMax.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters.");
            }

            return facts;
        }
    }
}

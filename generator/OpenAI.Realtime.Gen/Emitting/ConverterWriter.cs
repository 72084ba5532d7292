namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// Writes the <c>JsonConverter</c> of a generated type. Generated code calls the static <c>ReadValue</c> and
    /// <c>WriteValue</c> directly (no serializer lookup per value); the overrides serve <c>JsonSerializer</c>.
    /// </summary>
    internal static class ConverterWriter
    {
        /// <summary>For a class whose reading and writing live in its <c>ReadJson</c>/<c>WriteJson</c> members (named maps and lists).</summary>
        public static void WriteForClass(SourceWriter writer, string typeName, string ns)
        {
            string type = TypeSyntax.Qualified(typeName, ns);
            WriteOpening(writer, typeName, type);
            writer.Line($"public static {type} ReadValue(ref {TypeSyntax.Json}.Utf8JsonReader reader) => {type}.ReadJson(ref reader);");
            writer.Line();
            writer.Line($"public static void WriteValue({TypeSyntax.Json}.Utf8JsonWriter writer, {type} value, {TypeSyntax.WriteMode} mode) => value.WriteJson(writer, mode);");
            writer.Line();
            WriteOverrides(writer, type);
            writer.Close();
        }

        /// <summary>
        /// For a union of JSON kinds: the model the runtime's generic <c>JsonUnionConverter</c> reads and writes it through
        /// (its static <c>ReadJson</c>/<c>WriteJson</c>).
        /// </summary>
        public static void WriteUnionModel(SourceWriter writer, string typeName, string ns)
        {
            string type = TypeSyntax.Qualified(typeName, ns);
            writer.Line($"internal sealed class {typeName}JsonModel : {TypeSyntax.Runtime}::JsonUnionModel<{type}>");
            writer.Open();
            writer.Line($"public {typeName}JsonModel() : base({type}.ReadJson, {type}.WriteJson) {{ }}");
            writer.Close();
        }

        /// <summary>Opens the converter class; the caller writes <c>ReadValue</c>/<c>WriteValue</c> and calls <see cref="WriteOverrides"/>.</summary>
        public static void WriteOpening(SourceWriter writer, string typeName, string qualifiedType)
        {
            writer.Line($"/// <summary>Reads and writes <see cref=\"{typeName}\"/> as JSON without reflection.</summary>");
            FileEmitter.WriteTypeAttributes(writer, null);
            writer.Line("[__Sys::ComponentModel.EditorBrowsable(__Sys::ComponentModel.EditorBrowsableState.Never)]");
            writer.Line($"internal sealed class {typeName}JsonConverter : {TypeSyntax.Json}.Serialization.JsonConverter<{qualifiedType}>");
            writer.Open();
        }

        public static void WriteOverrides(SourceWriter writer, string qualifiedType)
        {
            // JSON null reaches Read too: a message that is null is an error on every read path, a null nested in a
            // user's own type is null.
            writer.Line("public override bool HandleNull => true;");
            writer.Line();
            writer.Line($"public override {qualifiedType}? Read(ref {TypeSyntax.Json}.Utf8JsonReader reader, __Sys::Type typeToConvert, {TypeSyntax.Json}.JsonSerializerOptions options)");
            writer.Indent().Line($"=> {TypeSyntax.Reader}.BeginRead(ref reader, options) ? null : ReadValue(ref reader);").Unindent();

            writer.Line();
            writer.Line($"public override void Write({TypeSyntax.Json}.Utf8JsonWriter writer, {qualifiedType} value, {TypeSyntax.Json}.JsonSerializerOptions options)");
            writer.Indent().Line($"=> WriteValue(writer, value, {TypeSyntax.Runtime}::RealtimeJsonOptions.GetWriteMode(options));").Unindent();
        }
    }
}

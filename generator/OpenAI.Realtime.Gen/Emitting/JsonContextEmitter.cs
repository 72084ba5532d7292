using System.Collections.Generic;
using System.Linq;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// Emits <c>RealtimeJsonContext</c>, a <c>JsonSerializerContext</c> over the generated types: the trim-safe way to use
    /// <c>JsonSerializer</c> with them (<c>JsonSerializer.Serialize(value, RealtimeJsonContext.Default.RealtimeResponse)</c>),
    /// and the source of ready options in round-trip (<c>Default</c>) and request (<c>Requests</c>) mode.
    /// </summary>
    internal static class JsonContextEmitter
    {
        public const string ContextName = "RealtimeJsonContext";

        /// <summary>The alias of <c>System.Text.Json.Serialization.Metadata</c> in the context's file.</summary>
        private const string Metadata = "__Meta";

        private const string TypeInfo = Metadata + "::JsonTypeInfo";

        public static string Emit(IReadOnlyList<ContextType> types, EmitContext context)
        {
            string ns = context.Namespace;
            var writer = new SourceWriter();
            FileEmitter.WriteHeader(writer, ContextName + ", serializer metadata for the models of " + ns, ns);
            writer.Line($"using {Metadata} = global::System.Text.Json.Serialization.Metadata;");
            writer.Line();
            FileEmitter.OpenNamespace(writer, context);
            writer.Line("/// <summary>");
            writer.Line("/// Serializer metadata for the models generated in this namespace: use it with <c>JsonSerializer</c> for");
            writer.Line("/// reflection-free, trim-safe reading and writing, e.g. <c>JsonSerializer.Deserialize(json, RealtimeJsonContext.Default.RealtimeResponse)</c>.");
            writer.Line("/// </summary>");
            FileEmitter.WriteTypeAttributes(writer, null);
            writer.Line($"{context.Accessibility} sealed partial class {ContextName} : {TypeSyntax.Json}.Serialization.JsonSerializerContext, {TypeSyntax.Json}.Serialization.Metadata.IJsonTypeInfoResolver");
            writer.Open();
            writer.Line($"private static {ContextName}? s_default;");
            writer.Line($"private static {ContextName}? s_requests;");
            writer.Line();
            DocWriter.Summary(writer, "Creates a context with its own options (round-trip mode, relaxed escaping).");
            writer.Line($"public {ContextName}()");
            writer.Indent().Line($": this({TypeSyntax.Runtime}::RealtimeJsonOptions.Create(null))").Unindent();
            writer.Open();
            writer.Close();
            writer.Line();
            DocWriter.Summary(writer, "Creates a context bound to <paramref name=\"options\"/> (see <c>RealtimeJsonOptions.Create</c> for the write mode).");
            writer.Line("/// <param name=\"options\">Options not yet bound to another context.</param>");
            writer.Line($"public {ContextName}({TypeSyntax.Json}.JsonSerializerOptions options)");
            writer.Indent().Line(": base(options)").Unindent();
            writer.Open();
            writer.Close();
            writer.Line();
            DocWriter.Summary(writer, "A shared context that writes back exactly what was read or set (round-trip mode).");
            writer.Line($"public static {ContextName} Default => s_default ??= new {ContextName}({TypeSyntax.Runtime}::RealtimeJsonOptions.Create(null, {TypeSyntax.WriteMode}.RoundTrip));");
            writer.Line();
            DocWriter.Summary(writer, "A shared context that writes what a request may carry: server-only members and unknown members are left out.");
            writer.Line($"public static {ContextName} Requests => s_requests ??= new {ContextName}({TypeSyntax.Runtime}::RealtimeJsonOptions.Create(null, {TypeSyntax.WriteMode}.Request));");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line($"protected override {TypeSyntax.Json}.JsonSerializerOptions? GeneratedSerializerOptions => null;");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line($"public override {TypeInfo}? GetTypeInfo(__Sys::Type type)");
            writer.Indent().Line($"=> Options.TryGetTypeInfo(type, out {TypeInfo}? typeInfo) ? typeInfo : null;").Unindent();
            writer.Line();
            writer.Line($"{TypeInfo}? {Metadata}::IJsonTypeInfoResolver.GetTypeInfo(__Sys::Type type, {TypeSyntax.Json}.JsonSerializerOptions options)");
            writer.Open();
            foreach (ContextType entry in types)
            {
                string qualified = TypeSyntax.Qualified(entry.Name, ns);
                string info = entry.Kind switch
                {
                    NamedKind.Object => "__Model<" + qualified + ">(options)",
                    NamedKind.Enum => "__Enum<" + qualified + ">(options)",
                    _ => "__Info(options, new " + TypeSyntax.ConverterType(entry.Name, entry.Kind, ns) + "())",
                };
                writer.Line($"if (type == typeof({qualified})) return {info};");
            }

            writer.Line("return null;");
            writer.Close();
            writer.Line();
            // The names cannot collide with a generated type's (no '__' in those). The options cache every type info.
            writer.Line($"private static {TypeInfo} __Info<T>({TypeSyntax.Json}.JsonSerializerOptions options, {TypeSyntax.Json}.Serialization.JsonConverter<T> converter) => {Metadata}::JsonMetadataServices.CreateValueInfo<T>(options, converter);");
            writer.Line($"private static {TypeInfo} __Model<T>({TypeSyntax.Json}.JsonSerializerOptions options) where T : {TypeSyntax.Runtime}::JsonModel, new() => __Info(options, new {TypeSyntax.Runtime}::JsonModelConverter<T>());");
            writer.Line($"private static {TypeInfo} __Enum<T>({TypeSyntax.Json}.JsonSerializerOptions options) where T : struct, {TypeSyntax.Runtime}::IJsonOpenEnum<T> => __Info(options, new {TypeSyntax.Runtime}::JsonOpenEnumConverter<T>());");
            writer.Line();
            // The properties' type infos, cached by index (one array instead of a field per type).
            writer.Line($"private readonly {TypeInfo}?[] __cache = new {TypeInfo}?[{types.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}];");
            writer.Line();
            writer.Line($"private {TypeInfo}<T> __Get<T>(int index) => ({TypeInfo}<T>)(__cache[index] ??= Options.GetTypeInfo(typeof(T)));");
            for (int index = 0; index < types.Count; index++)
            {
                string name = types[index].Name;
                string qualified = TypeSyntax.Qualified(name, ns);
                writer.Line();
                DocWriter.Summary(writer, "Metadata for <see cref=\"" + qualified + "\"/>.");
                writer.Line($"public {TypeInfo}<{qualified}> {name} => __Get<{qualified}>({index.ToString(System.Globalization.CultureInfo.InvariantCulture)});");
            }

            writer.Close();
            FileEmitter.CloseNamespace(writer, context);
            return writer.ToStringAndRelease();
        }
    }

    /// <summary>
    /// A type the JSON context lists (every generated type; the unknown-case classes are reached through their union):
    /// its name and kind, which says which converter it has.
    /// </summary>
    internal sealed record ContextType(string Name, NamedKind Kind)
    {
        public static ContextType Of(TypeSpec type) => new ContextType(type.Name, type.Kind);
    }
}

using System;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// The C# text for types and for the expressions that read and write them. Everything is <c>global::</c>-qualified so
    /// generated code means the same wherever a user's own types or usings would shadow a name.
    /// </summary>
    internal static class TypeSyntax
    {
        /// <summary>
        /// The aliases every generated file declares (see <see cref="FileEmitter.WriteHeader"/>): qualified with <c>::</c>
        /// they bind only to these aliases, as hygienic as <c>global::</c>, and keep each mention short.
        /// </summary>
        public const string SystemAlias = "__Sys";
        public const string RuntimeAlias = "__Oai";
        public const string ModelsAlias = "__M";

        /// <summary>The prefix of a generated type's name: the alias of the file's own namespace.</summary>
        public const string Models = ModelsAlias + "::";

        /// <summary>The runtime's namespace (<c>OpenAI.Realtime.Serialization</c>) by its alias: <c>Runtime + "::JsonModel"</c>.</summary>
        public const string Runtime = RuntimeAlias;
        public const string Json = "__Sys::Text.Json";
        public const string Collections = "__Sys::Collections.Generic";
        public const string Reader = Runtime + "::JsonModelReader";
        public const string Writer = Runtime + "::JsonModelWriter";
        public const string WriteMode = Runtime + "::RealtimeJsonWriteMode";
        public const string DeferredJson = Runtime + "::DeferredJsonElement";

        /// <summary>The C# type, without a trailing <c>?</c>.</summary>
        public static string Of(TypeRef type, string ns) => type.Kind switch
        {
            TypeRefKind.String => "string",
            TypeRefKind.Boolean => "bool",
            TypeRefKind.Int32 => "int",
            TypeRefKind.Int64 => "long",
            TypeRefKind.Double => "double",
            TypeRefKind.Single => "float",
            TypeRefKind.Json => Json + ".JsonElement",
            TypeRefKind.Named => Qualified(type.Name!, ns),
            TypeRefKind.List => Collections + ".IList<" + Element(type, ns) + ">",
            TypeRefKind.Map => Collections + ".IDictionary<string, " + Element(type, ns) + ">",
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };

        /// <summary>The C# type with <c>?</c> added.</summary>
        public static string Nullable(TypeRef type, string ns) => Of(type, ns) + "?";

        /// <summary>The element type of a list or map as written inside the generic arguments.</summary>
        public static string Element(TypeRef type, string ns) => type.ElementIsNullable ? Nullable(type.Element!, ns) : Of(type.Element!, ns);

        public static string Qualified(string name, string ns) => Models + name;

        public static string Converter(string name, string ns) => Models + name + "JsonConverter";

        /// <summary>
        /// The <c>JsonConverter</c> type named in a generated type's <c>[JsonConverter]</c> attribute and created by the
        /// JSON context: the runtime's generic converter for a kind that is table-driven, else the type's own converter.
        /// </summary>
        public static string ConverterType(string name, NamedKind kind, string ns) => kind switch
        {
            NamedKind.Object => Runtime + "::JsonModelConverter<" + Qualified(name, ns) + ">",
            NamedKind.Enum => Runtime + "::JsonOpenEnumConverter<" + Qualified(name, ns) + ">",
            NamedKind.Union or NamedKind.Polymorphic => Runtime + "::JsonUnionConverter<" + Qualified(name, ns) + ", " + Models + name + "JsonModel>",
            _ => Converter(name, ns),
        };

        /// <summary>A <c>JsonValueReader&lt;T&gt;</c> method group reading a generated type (the reader is on its first token, not null).</summary>
        public static string NamedReader(string name, NamedKind kind, string ns) => kind switch
        {
            NamedKind.Object => Runtime + "::JsonModel.Read<" + Qualified(name, ns) + ">",
            NamedKind.Enum => Runtime + "::JsonOpenEnum.Read<" + Qualified(name, ns) + ">",
            NamedKind.Union => Qualified(name, ns) + ".ReadJson",
            NamedKind.Polymorphic => Models + name + "JsonModel.ReadValue",
            _ => Converter(name, ns) + ".ReadValue",
        };

        /// <summary>A <c>JsonValueWriter&lt;T&gt;</c> method group writing a generated type (the value is not null).</summary>
        public static string NamedWriter(string name, NamedKind kind, string ns) => kind switch
        {
            NamedKind.Object => Runtime + "::JsonModel.Write<" + Qualified(name, ns) + ">",
            NamedKind.Enum => Runtime + "::JsonOpenEnum.Write<" + Qualified(name, ns) + ">",
            NamedKind.Union => Qualified(name, ns) + ".WriteJson",
            NamedKind.Polymorphic => Models + name + "JsonModel.WriteValue",
            _ => Converter(name, ns) + ".WriteValue",
        };

        /// <summary>A <c>JsonValueReader&lt;T&gt;</c> delegate expression for <paramref name="type"/>.</summary>
        public static string ReaderDelegate(TypeRef type, string ns) => type.Kind switch
        {
            TypeRefKind.String => Reader + ".ReadString",
            TypeRefKind.Boolean => Reader + ".ReadBoolean",
            TypeRefKind.Int32 => Reader + ".ReadInt32",
            TypeRefKind.Int64 => Reader + ".ReadInt64",
            TypeRefKind.Double => Reader + ".ReadDouble",
            TypeRefKind.Single => Reader + ".ReadSingle",
            TypeRefKind.Json => Reader + ".ReadElement",
            TypeRefKind.Named => NamedReader(type.Name!, type.NamedKind, ns),
            TypeRefKind.List or TypeRefKind.Map => "(ref " + Json + ".Utf8JsonReader r) => (" + Of(type, ns) + ")" + ReadCollection(type, ns, "r"),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };

        /// <summary>A <c>JsonValueWriter&lt;T&gt;</c> delegate expression for <paramref name="type"/>.</summary>
        public static string WriterDelegate(TypeRef type, string ns) => type.Kind switch
        {
            TypeRefKind.String => Writer + ".WriteString",
            TypeRefKind.Boolean => Writer + ".WriteBoolean",
            TypeRefKind.Int32 => Writer + ".WriteInt32",
            TypeRefKind.Int64 => Writer + ".WriteInt64",
            TypeRefKind.Double => Writer + ".WriteDouble",
            TypeRefKind.Single => Writer + ".WriteSingle",
            TypeRefKind.Json => Writer + ".WriteElement",
            TypeRefKind.Named => NamedWriter(type.Name!, type.NamedKind, ns),
            TypeRefKind.List or TypeRefKind.Map => "(w, v, m) => " + WriteCollection(type, ns, "w", "v", "m"),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };

        /// <summary>An expression reading a value of <paramref name="type"/> (not null) from <paramref name="reader"/>.</summary>
        public static string Read(TypeRef type, string ns, string reader = "reader") => type.Kind switch
        {
            TypeRefKind.List or TypeRefKind.Map => ReadCollection(type, ns, reader),
            _ => ReaderDelegate(type, ns) + "(ref " + reader + ")",
        };

        /// <summary>A statement writing <paramref name="value"/> (not null) of <paramref name="type"/>.</summary>
        public static string Write(TypeRef type, string ns, string value, string writer = "writer", string mode = "mode") => type.Kind switch
        {
            TypeRefKind.String => writer + ".WriteStringValue(" + value + ");",
            TypeRefKind.Boolean => writer + ".WriteBooleanValue(" + value + ");",
            TypeRefKind.Int32 or TypeRefKind.Int64 or TypeRefKind.Double or TypeRefKind.Single => writer + ".WriteNumberValue(" + value + ");",
            TypeRefKind.List or TypeRefKind.Map => WriteCollection(type, ns, writer, value, mode) + ";",
            _ => WriterDelegate(type, ns) + "(" + writer + ", " + value + ", " + mode + ");",
        };

        private static string ReadCollection(TypeRef type, string ns, string reader)
        {
            string method = type.Kind == TypeRefKind.List ? ".ReadList<" : ".ReadMap<";
            return Reader + method + Element(type, ns) + ">(ref " + reader + ", " + ElementReader(type, ns) + ", " + AllowsNullElements(type) + ")";
        }

        /// <summary>
        /// The element reader of a list or map: nullable value-type elements are read through a lambda that converts to
        /// <c>T?</c> (JSON nulls never reach it: the collection reader stores them directly).
        /// </summary>
        public static string ElementReader(TypeRef type, string ns)
            => type.ElementIsNullable && type.Element!.IsValueType
                ? "(ref " + Json + ".Utf8JsonReader e) => (" + Nullable(type.Element!, ns) + ")" + Read(type.Element!, ns, "e")
                : ReaderDelegate(type.Element!, ns);

        /// <summary>Whether the collection reader stores JSON null elements as null (otherwise the element reader sees them and throws).</summary>
        public static string AllowsNullElements(TypeRef type) => type.ElementIsNullable || !type.Element!.IsValueType ? "true" : "false";

        private static string WriteCollection(TypeRef type, string ns, string writer, string value, string mode)
        {
            string method = type.Kind == TypeRefKind.List ? ".WriteList<" : ".WriteMap<";
            return Writer + method + Element(type, ns) + ">(" + writer + ", " + value + ", " + ElementWriter(type, ns) + ", " + mode + ")";
        }

        /// <summary>
        /// The element writer; for nullable elements the null case is handled by the collection writer, so the delegate
        /// unwraps the value.
        /// </summary>
        public static string ElementWriter(TypeRef type, string ns)
        {
            TypeRef element = type.Element!;
            if (type.ElementIsNullable && element.IsValueType)
            {
                return "(w, v, m) => " + Write(element, ns, "v.GetValueOrDefault()", "w", "m").TrimEnd(';');
            }

            if (type.ElementIsNullable)
            {
                // The collection writer writes null items itself; the delegate only sees the others.
                return "(w, v, m) => " + Write(element, ns, "v!", "w", "m").TrimEnd(';');
            }

            return WriterDelegate(element, ns);
        }
    }
}

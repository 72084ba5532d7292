using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// Emits a class for an object schema: properties that track whether they are set (absent, explicit null, value),
    /// unknown members kept in <c>AdditionalProperties</c>, <c>Validate()</c>, the reflection-free reader and writer, and
    /// its <c>JsonConverter</c>.
    /// </summary>
    internal static class ObjectEmitter
    {
        public static void Emit(SourceWriter writer, ObjectTypeSpec type, EmitContext context)
        {
            string ns = context.Namespace;
            List<PropertySpec> properties = type.Properties.Where(p => !context.IsUserDeclared(p.Name)).ToList();
            List<PropertySpec> replaced = type.Properties.Where(p => context.IsUserDeclared(p.Name)).ToList();
            List<PropertySpec> initialized = properties.Where(p => p.InitialValue is not null).ToList();
            int presenceWords = (type.Properties.Count + 63) / 64;

            DocWriter.Write(writer, type.Docs.Summary, "The <c>" + CSharpText.DocText(type.Name) + "</c> schema.", SchemaFacts(type));
            FileEmitter.WriteTypeAttributes(writer, type.Deprecation);
            writer.Line($"[__Sys::Text.Json.Serialization.JsonConverter(typeof({TypeSyntax.ConverterType(type.Name, NamedKind.Object, ns)}))]");
            string interfaces = string.Concat(type.Interfaces.Select(i => TypeSyntax.Qualified(i, ns) + ", "));
            writer.Line($"{context.Accessibility} partial class {type.Name} : {interfaces}{TypeSyntax.Runtime}.IRealtimeValidatable");
            writer.Open();

            foreach (PropertySpec property in type.Properties)
            {
                if (ExpectedString(property) is string expected)
                {
                    writer.Line($"private static readonly byte[] s_{property.Name}Expected = {CSharpText.Utf8Bytes(expected)};");
                    if (PreEncodedString(property) is string preEncoded)
                    {
                        writer.Line($"private static readonly {TypeSyntax.Json}.JsonEncodedText s_{property.Name}Value = {TypeSyntax.Json}.JsonEncodedText.Encode({CSharpText.StringLiteral(preEncoded)});");
                    }
                }
            }

            if (type.Properties.Count > 0)
            {
                // The reader's lookup table: JSON names as raw UTF-8, in the order of the properties (and of the reader's cases).
                FileEmitter.WriteUtf8Table(writer, "s_memberNamesUtf8", type.Properties.Select(p => p.JsonName));
                // The writer's names, encoded once from the same table; the C# names IsSet and Unset look up.
                writer.Line($"private static readonly {TypeSyntax.Json}.JsonEncodedText[] s_names = {TypeSyntax.Runtime}.JsonModelTables.Encode(s_memberNamesUtf8);");
                writer.Line($"private static readonly string[] s_propertyNames = {{ {string.Join(", ", type.Properties.Select(p => CSharpText.StringLiteral(p.Name)))} }};");
            }

            for (int word = 0; word < presenceWords; word++)
            {
                writer.Line($"private ulong _present{word};");
            }

            foreach (PropertySpec property in properties)
            {
                writer.Line($"private {(IsDeferred(property) ? TypeSyntax.DeferredJson : TypeSyntax.Nullable(property.Type, ns))} _{property.Name};");
            }

            writer.Line($"private {TypeSyntax.Collections}.Dictionary<string, {TypeSyntax.Json}.JsonElement>? _additionalProperties;");
            writer.Line();

            WriteConstructors(writer, type, initialized, context);
            foreach (PropertySpec property in properties)
            {
                WriteProperty(writer, type, property, ns);
                if (property.IsBase64)
                {
                    WriteBase64Accessors(writer, type, property, context);
                }
            }

            WriteAdditionalProperties(writer);
            WritePresenceMembers(writer, type, properties, replaced, context);
            WriteDefaults(writer, type, context);
            WriteValidation(writer, type, properties, replaced, context);
            WriteHooks(writer);
            WriteReader(writer, type, properties, replaced, initialized.Count > 0, ns);
            WriteWriter(writer, type, properties, replaced, ns);
            writer.Close();
            writer.Line();
            ConverterWriter.WriteForClass(writer, type.Name, ns);
        }

        /// <summary>
        /// A free-form member: its field is a <c>DeferredJsonElement</c>, which keeps an object or array read from JSON as
        /// text until the member is first read.
        /// </summary>
        private static bool IsDeferred(PropertySpec property) => property.Type.Kind == TypeRefKind.Json;

        /// <summary>The value of a member's backing field, as the member's nullable type.</summary>
        private static string FieldValue(PropertySpec property) => "_" + property.Name + (IsDeferred(property) ? ".Value" : string.Empty);

        private static List<string> SchemaFacts(ObjectTypeSpec type)
        {
            var facts = new List<string>();
            if (type.Interfaces.Count > 0)
            {
                facts.Add("A case of " + string.Join(", ", type.Interfaces.Select(i => "<see cref=\"" + i + "\"/>")) + ".");
            }

            return facts;
        }

        private static void WriteConstructors(SourceWriter writer, ObjectTypeSpec type, List<PropertySpec> initialized, EmitContext context)
        {
            if (context.IsUserDeclared(".ctor"))
            {
                return;
            }

            if (initialized.Count == 0)
            {
                DocWriter.Summary(writer, "Creates an instance with no member set; only the members set afterwards are written.");
                writer.Line($"public {type.Name}()");
                writer.Open();
                writer.Close();
                writer.Line();
                return;
            }

            string constants = string.Join(", ", initialized.Select(p => "<see cref=\"" + p.Name + "\"/> (<c>" + CSharpText.DocText(p.InitialValue!) + "</c>)"));
            DocWriter.Summary(writer, "Creates an instance with only its constant members set: " + constants + ".");
            writer.Line($"public {type.Name}()");
            writer.Open();
            foreach (PropertySpec property in initialized)
            {
                int index = type.Properties.IndexOf(property);
                writer.Line($"_{property.Name} = {CSharpText.StringLiteral(property.InitialValue!)};");
                writer.Line($"{PresenceField(index)} |= {PresenceMask(index)};");
            }

            writer.Close();
            writer.Line();
            writer.Line($"private {type.Name}({TypeSyntax.Runtime}.DeserializationConstructor _)");
            writer.Open();
            writer.Close();
            writer.Line();
        }

        private static void WriteProperty(SourceWriter writer, ObjectTypeSpec type, PropertySpec property, string ns)
        {
            int index = type.Properties.IndexOf(property);
            bool nonNullable = property.IsRequired && !property.IsNullable;
            string propertyType = nonNullable ? TypeSyntax.Of(property.Type, ns) : TypeSyntax.Nullable(property.Type, ns);
            string field = FieldValue(property);
            string getter = !nonNullable ? field
                : property.Type.IsValueType ? field + ".GetValueOrDefault()"
                : field + "!";

            DocWriter.Write(writer, property.Docs.Summary, "The <c>" + CSharpText.DocText(property.JsonName) + "</c> member.", PropertyFacts(property, ns));
            writer.Line($"[__Sys::Text.Json.Serialization.JsonPropertyName({CSharpText.StringLiteral(property.JsonName)})]");
            if (property.Deprecation is string deprecation)
            {
                writer.Line($"[__Sys::Obsolete({CSharpText.StringLiteral(deprecation)})]");
            }

            writer.Line($"public {propertyType} {property.Name}");
            writer.Open();
            writer.Line($"get => {getter};");
            writer.Line($"set {{ _{property.Name} = value; {PresenceField(index)} |= {PresenceMask(index)}; }}");
            writer.Close();
            writer.Line();
        }

        /// <summary>Byte accessors for a base64 string member: encode from and decode to bytes without the caller handling base64.</summary>
        private static void WriteBase64Accessors(SourceWriter writer, ObjectTypeSpec type, PropertySpec property, EmitContext context)
        {
            string get = "Get" + property.Name + "Bytes";
            string set = "Set" + property.Name + "Bytes";
            if (type.Properties.Any(p => p.Name == get || p.Name == set) || context.IsUserDeclared(get) || context.IsUserDeclared(set))
            {
                return;
            }

            writer.Line($"/// <summary>Sets <see cref=\"{property.Name}\"/> to the base64 encoding of <paramref name=\"bytes\"/>.</summary>");
            writer.Line("/// <param name=\"bytes\">The raw bytes (for audio: the PCM or G.711 samples).</param>");
            writer.Line($"public void {set}(__Sys::ReadOnlySpan<byte> bytes) => {property.Name} = {TypeSyntax.Runtime}.Base64Text.Encode(bytes);");
            writer.Line();
            writer.Line($"/// <summary>The bytes <see cref=\"{property.Name}\"/> encodes in base64, or <c>null</c> when it is not set or null.</summary>");
            writer.Line("/// <exception cref=\"__Sys::FormatException\">The member does not hold base64 text.</exception>");
            writer.Line($"public byte[]? {get}() => _{property.Name} == null ? null : {TypeSyntax.Runtime}.Base64Text.Decode(_{property.Name});");
            writer.Line();
        }

        private static List<string> PropertyFacts(PropertySpec property, string ns)
        {
            var facts = new List<string>();
            if (property.IsRequired)
            {
                facts.Add("Required by the spec.");
            }

            if (property.IsNullable)
            {
                facts.Add("May be <c>null</c>: assigning <c>null</c> writes an explicit JSON <c>null</c>; call <c>Unset(nameof(" + property.Name + "))</c> to leave the member out.");
            }

            if (property.ConstValue is string constant)
            {
                facts.Add("Always <c>" + CSharpText.DocText(constant) + "</c>.");
            }

            if (property.Default is DefaultValueSpec defaultValue)
            {
                facts.Add("The server assumes <c>" + CSharpText.DocText(defaultValue.Json) + "</c> when the member is absent (see <c>Defaults</c>); it is never sent unless you set it.");
            }

            Constraints c = property.Constraints;
            if (c.Minimum is not null || c.Maximum is not null)
            {
                string low = c.Minimum is null ? string.Empty : (c.ExclusiveMinimum ? "greater than " : "at least ") + c.Minimum;
                string high = c.Maximum is null ? string.Empty : (c.ExclusiveMaximum ? "less than " : "at most ") + c.Maximum;
                facts.Add("Allowed values: " + low + (low.Length > 0 && high.Length > 0 ? " and " : string.Empty) + high + ".");
            }

            if (c.MinLength is not null || c.MaxLength is not null)
            {
                facts.Add("Length: " + (c.MinLength?.ToString(CultureInfo.InvariantCulture) ?? "0") + " to " + (c.MaxLength?.ToString(CultureInfo.InvariantCulture) ?? "any") + " characters.");
            }

            if (c.KeyMaxLength is int keyMax)
            {
                facts.Add("Keys of at most " + keyMax.ToString(CultureInfo.InvariantCulture) + " characters.");
            }

            if (c.Element?.MaxLength is int valueMax)
            {
                facts.Add("Items of at most " + valueMax.ToString(CultureInfo.InvariantCulture) + " characters.");
            }

            if (c.MinItems is not null || c.MaxItems is not null)
            {
                facts.Add("Count: " + (c.MinItems?.ToString(CultureInfo.InvariantCulture) ?? "0") + " to " + (c.MaxItems?.ToString(CultureInfo.InvariantCulture) ?? "any") + ".");
            }

            if (c.Pattern is string pattern)
            {
                facts.Add("Pattern: <c>" + CSharpText.DocText(pattern) + "</c>.");
            }

            if (property.IsBase64)
            {
                facts.Add("Base64 text; <c>Get" + property.Name + "Bytes()</c> and <c>Set" + property.Name + "Bytes(...)</c> convert from and to bytes.");
            }

            if (property.IsServerOnly)
            {
                facts.Add("Set by the server: left out when writing in <see cref=\"" + TypeSyntax.WriteMode + ".Request\"/> mode.");
            }

            return facts;
        }

        private static void WriteAdditionalProperties(SourceWriter writer)
        {
            writer.Line("/// <summary>");
            writer.Line("/// JSON members the spec does not describe. They are kept when reading and written back, so fields the API adds");
            writer.Line($"/// before the spec does are not lost; <see cref=\"{TypeSyntax.WriteMode}.Request\"/> mode leaves them out.");
            writer.Line("/// </summary>");
            writer.Line("[__Sys::Text.Json.Serialization.JsonIgnore]");
            writer.Line($"public {TypeSyntax.Collections}.IDictionary<string, {TypeSyntax.Json}.JsonElement> AdditionalProperties => _additionalProperties ??= new {TypeSyntax.Collections}.Dictionary<string, {TypeSyntax.Json}.JsonElement>(__Sys::StringComparer.Ordinal);");
            writer.Line();
        }

        private static void WritePresenceMembers(SourceWriter writer, ObjectTypeSpec type, List<PropertySpec> properties, List<PropertySpec> replaced, EmitContext context)
        {
            int words = (type.Properties.Count + 63) / 64;
            string indexOf = "int index = " + TypeSyntax.Runtime + ".JsonModelTables.IndexOf(s_propertyNames, propertyName, " + CSharpText.StringLiteral(type.Name) + ");";
            string notAProperty = "throw new __Sys::ArgumentException(\"'\" + propertyName + \"' is not a property of " + type.Name + ".\", nameof(propertyName));";
            if (!context.IsUserDeclared("IsSet"))
            {
                writer.Line("/// <summary>Whether a member is set: assigned, or present in the JSON read (an explicit <c>null</c> counts). Only set members are written.</summary>");
                writer.Line("/// <param name=\"propertyName\">The C# property name; use <c>nameof</c>.</param>");
                writer.Line("/// <exception cref=\"__Sys::ArgumentException\"><paramref name=\"propertyName\"/> is not a property of this type.</exception>");
                writer.Line("public bool IsSet(string propertyName)");
                writer.Open();
                if (words == 0)
                {
                    writer.Line(notAProperty);
                }
                else
                {
                    // The presence word of the member: index < 64 ? _present0 : index < 128 ? _present1 : ...
                    string word = PresenceField(64 * (words - 1));
                    for (int w = words - 2; w >= 0; w--)
                    {
                        word = "index < " + (64 * (w + 1)).ToString(CultureInfo.InvariantCulture) + " ? " + PresenceField(64 * w) + " : " + word;
                    }

                    writer.Line(indexOf);
                    writer.Line($"return {TypeSyntax.Runtime}.JsonModelTables.IsSet({word}, index);");
                }

                writer.Close();
                writer.Line();
            }

            if (!context.IsUserDeclared("Unset"))
            {
                writer.Line("/// <summary>Leaves a member out: it reads as unset and is not written.</summary>");
                writer.Line("/// <param name=\"propertyName\">The C# property name; use <c>nameof</c>.</param>");
                writer.Line("/// <exception cref=\"__Sys::ArgumentException\"><paramref name=\"propertyName\"/> is not a property of this type.</exception>");
                writer.Line("public void Unset(string propertyName)");
                writer.Open();
                if (words == 0)
                {
                    writer.Line(notAProperty);
                }
                else
                {
                    writer.Line(indexOf);
                    List<PropertySpec> cleared = properties.Where(p => !replaced.Contains(p)).ToList();
                    if (cleared.Count > 0)
                    {
                        writer.Line("switch (index)");
                        writer.Open();
                        foreach (PropertySpec property in cleared)
                        {
                            int index = type.Properties.IndexOf(property);
                            writer.Line($"case {index.ToString(CultureInfo.InvariantCulture)}: _{property.Name} = {(IsDeferred(property) ? "default" : "null")}; break;");
                        }

                        writer.Close();
                    }

                    for (int w = 0; w < words; w++)
                    {
                        string clear = PresenceField(64 * w) + " &= " + TypeSyntax.Runtime + ".JsonModelTables.Clear(index);";
                        writer.Line(words == 1 ? clear : "if (index >> 6 == " + w.ToString(CultureInfo.InvariantCulture) + ") " + clear);
                    }
                }

                writer.Close();
                writer.Line();
            }
        }

        private static void WriteDefaults(SourceWriter writer, ObjectTypeSpec type, EmitContext context)
        {
            List<PropertySpec> withDefaults = type.Properties.Where(p => p.Default is not null).ToList();
            if (withDefaults.Count == 0 || context.IsUserDeclared("Defaults"))
            {
                return;
            }

            writer.Line($"/// <summary>The defaults the spec states for the members of <see cref=\"{type.Name}\"/>: what the server assumes when a member is absent. They are never sent for you.</summary>");
            writer.Line("public static class Defaults");
            writer.Open();
            foreach (PropertySpec property in withDefaults)
            {
                DefaultValueSpec value = property.Default!;
                writer.Line($"/// <summary>The default of <see cref=\"{type.Name}.{property.Name}\"/>: <c>{CSharpText.DocText(value.Json)}</c>.</summary>");
                writer.Line(DefaultDeclaration(property, value, context.Namespace));
            }

            writer.Close();
            writer.Line();
        }

        private static string DefaultDeclaration(PropertySpec property, DefaultValueSpec value, string ns)
        {
            switch (value.Kind)
            {
                case DefaultKind.String:
                    return "public const string " + property.Name + " = " + CSharpText.StringLiteral(value.Value!) + ";";
                case DefaultKind.Boolean:
                    return "public const bool " + property.Name + " = " + value.Value + ";";
                case DefaultKind.Integer:
                    return property.Type.Kind == TypeRefKind.Int32 && int.TryParse(value.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
                        ? "public const int " + property.Name + " = " + value.Value + ";"
                        : "public const long " + property.Name + " = " + value.Value + "L;";
                case DefaultKind.Number:
                    return property.Type.Kind == TypeRefKind.Single
                        ? "public const float " + property.Name + " = " + value.Value + "f;"
                        : "public const double " + property.Name + " = " + ValidationWriter.NumberLiteral(value.Value!) + ";";
                case DefaultKind.EnumMember:
                    string enumType = TypeSyntax.Of(property.Type, ns);
                    return "public static readonly " + enumType + " " + property.Name + " = " + enumType + "." + value.Value + ";";
                default:
                    return "public const string " + property.Name + "Json = " + CSharpText.StringLiteral(value.Json) + ";";
            }
        }

        private static void WriteValidation(SourceWriter writer, ObjectTypeSpec type, List<PropertySpec> properties, List<PropertySpec> replaced, EmitContext context)
        {
            string ns = context.Namespace;
            if (!context.IsUserDeclared("Validate"))
            {
                ValidationWriter.WritePublicValidate(writer);
            }

            writer.Line($"void {TypeSyntax.Runtime}.IRealtimeValidatable.Validate({TypeSyntax.Runtime}.RealtimeValidationContext context)");
            writer.Open();
            foreach (PropertySpec property in type.Properties)
            {
                int index = type.Properties.IndexOf(property);
                string isSet = "(" + PresenceField(index) + " & " + PresenceMask(index) + ") != 0";
                if (property.IsRequired)
                {
                    writer.Line($"context.CheckRequired({isSet}, {CSharpText.StringLiteral(property.JsonName)});");
                }

                bool replacedByUser = replaced.Contains(property);
                string value = replacedByUser ? "this." + property.Name : FieldValue(property);
                bool checksNull = !property.IsNullable && !replacedByUser;
                bool checksValue = ValidationWriter.HasChecks(property.Type, property.Constraints, property.ConstValue) && !replacedByUser;
                if (!checksNull && !checksValue)
                {
                    continue;
                }

                if (!checksValue)
                {
                    string isNull = IsDeferred(property) ? "!_" + property.Name + ".HasValue" : value + " == null";
                    writer.Line($"context.CheckMemberNotNull({isSet}, {CSharpText.StringLiteral(property.JsonName)}, {isNull});");
                    continue;
                }

                writer.Line($"if ({isSet})");
                writer.Open();
                writer.Line($"context.PushProperty({CSharpText.StringLiteral(property.JsonName)});");
                if (checksNull)
                {
                    writer.Line($"context.CheckNotNull({(!replacedByUser && IsDeferred(property) ? "!_" + property.Name + ".HasValue" : value + " == null")});");
                }

                if (checksValue)
                {
                    ValidationWriter.WriteChecks(writer, property.Type, property.Constraints, property.ConstValue, value, property.Type.IsValueType, ns, 0);
                }

                writer.Line("context.Pop();");
                writer.Close();
            }

            writer.Line("OnValidate(context);");
            writer.Close();
            writer.Line();
        }

        private static void WriteHooks(SourceWriter writer)
        {
            writer.Line("/// <summary>Adds checks of your own to <see cref=\"Validate\"/>; implement it in your part of this partial class.</summary>");
            writer.Line($"partial void OnValidate({TypeSyntax.Runtime}.RealtimeValidationContext context);");
            writer.Line();
            writer.Line("/// <summary>Runs after a value was read from JSON; implement it in your part of this partial class.</summary>");
            writer.Line("partial void OnDeserialized();");
            writer.Line();
            writer.Line("/// <summary>Runs before a value is written as JSON; implement it in your part of this partial class.</summary>");
            writer.Line("partial void OnSerializing();");
            writer.Line();
        }

        private static void WriteReader(SourceWriter writer, ObjectTypeSpec type, List<PropertySpec> properties, List<PropertySpec> replaced, bool hasReadConstructor, string ns)
        {
            writer.Line("[__Sys::ComponentModel.EditorBrowsable(__Sys::ComponentModel.EditorBrowsableState.Never)]");
            writer.Line($"internal static {type.Name} ReadJson(ref {TypeSyntax.Json}.Utf8JsonReader reader)");
            writer.Open();
            writer.Line($"{TypeSyntax.Reader}.Expect(ref reader, {TypeSyntax.Json}.JsonTokenType.StartObject, {CSharpText.StringLiteral(type.Name)});");
            writer.Line($"var value = new {type.Name}{(hasReadConstructor ? "(default(" + TypeSyntax.Runtime + ".DeserializationConstructor))" : "()")};");
            writer.Line("string? member = null;");
            if (type.Properties.Count > 0)
            {
                // The member being read: matched (its index in the name table) or unknown (member, its name).
                writer.Line("int matched = -1;");
                writer.Line("int nextMember = 0;");
            }

            writer.Line("try");
            writer.Open();
            writer.Line("while (true)");
            writer.Open();
            writer.Line($"{TypeSyntax.Reader}.Advance(ref reader);");
            writer.Line($"if (reader.TokenType == {TypeSyntax.Json}.JsonTokenType.EndObject)");
            writer.Open();
            writer.Line("break;");
            writer.Close();
            writer.Line();
            if (type.Properties.Count > 0)
            {
                writer.Line($"switch (matched = {TypeSyntax.Reader}.MatchMember(ref reader, s_memberNamesUtf8, ref nextMember))");
                writer.Open();
            }

            for (int index = 0; index < type.Properties.Count; index++)
            {
                PropertySpec property = type.Properties[index];
                writer.Line($"case {index}:");
                writer.Indent();
                bool deferred = IsDeferred(property) && !replaced.Contains(property);
                if (deferred)
                {
                    writer.Line($"{TypeSyntax.Reader}.Advance(ref reader);");
                }

                // Moves to the value and reads it, or null.
                string read = deferred
                    ? TypeSyntax.DeferredJson + ".Read(ref reader)"
                    : TypeSyntax.Reader + ".AdvanceToValue(ref reader) ? "
                    + (ExpectedString(property) is string expected
                        ? TypeSyntax.Reader + ".ReadString(ref reader, s_" + property.Name + "Expected, " + CSharpText.StringLiteral(expected) + ")"
                        : TypeSyntax.Read(property.Type, ns))
                    + " : (" + TypeSyntax.Nullable(property.Type, ns) + ")null";
                if (replaced.Contains(property))
                {
                    bool nonNullable = property.IsRequired && !property.IsNullable;
                    writer.Line($"value.{property.Name} = ({read}){(nonNullable ? (property.Type.IsValueType ? ".GetValueOrDefault()" : "!") : string.Empty)};");
                }
                else
                {
                    writer.Line($"value._{property.Name} = {read};");
                }

                writer.Line($"value.{PresenceField(index)} |= {PresenceMask(index)};");
                writer.Line("break;");
                writer.Unindent();
            }

            if (type.Properties.Count > 0)
            {
                writer.Line("default:");
                writer.Indent();
            }

            writer.Line($"member = {TypeSyntax.Reader}.ReadPropertyName(ref reader);");
            writer.Line($"{TypeSyntax.Reader}.Advance(ref reader);");
            writer.Line($"{TypeSyntax.Reader}.ReadAdditionalProperty(ref reader, ref value._additionalProperties, member);");
            if (type.Properties.Count > 0)
            {
                writer.Line("break;");
                writer.Unindent();
                writer.Close();
            }

            writer.Line();
            writer.Line("member = null;");
            if (type.Properties.Count > 0)
            {
                writer.Line("matched = -1;");
            }

            writer.Close();
            writer.Close();
            if (type.Properties.Count > 0)
            {
                writer.Line($"catch ({TypeSyntax.Json}.JsonException exception) when (member != null || matched >= 0)");
                writer.Open();
                writer.Line($"throw {TypeSyntax.Reader}.WithProperty(exception, member ?? {TypeSyntax.Runtime}.JsonModelTables.Text(s_memberNamesUtf8, matched));");
                writer.Close();
            }
            else
            {
                writer.Line($"catch ({TypeSyntax.Json}.JsonException exception) when (member != null)");
                writer.Open();
                writer.Line($"throw {TypeSyntax.Reader}.WithProperty(exception, member);");
                writer.Close();
            }
            writer.Line();
            writer.Line("value.OnDeserialized();");
            writer.Line("return value;");
            writer.Close();
            writer.Line();
        }

        private static void WriteWriter(SourceWriter writer, ObjectTypeSpec type, List<PropertySpec> properties, List<PropertySpec> replaced, string ns)
        {
            writer.Line("[__Sys::ComponentModel.EditorBrowsable(__Sys::ComponentModel.EditorBrowsableState.Never)]");
            writer.Line($"internal void WriteJson({TypeSyntax.Json}.Utf8JsonWriter writer, {TypeSyntax.WriteMode} mode)");
            writer.Open();
            writer.Line("OnSerializing();");
            if (type.Properties.Any(p => p.IsServerOnly))
            {
                writer.Line($"bool serverOnly = (mode & {TypeSyntax.WriteMode}.OmitServerOnly) == 0;");
            }

            writer.Line("writer.WriteStartObject();");
            foreach (PropertySpec property in type.Properties)
            {
                int index = type.Properties.IndexOf(property);
                bool replacedByUser = replaced.Contains(property);
                string condition = "(" + PresenceField(index) + " & " + PresenceMask(index) + ") != 0";
                if (replacedByUser)
                {
                    // A member the user declared: written when set through the generated reader, or when not null.
                    condition = "(" + condition + " || this." + property.Name + " != null)";
                }

                if (property.IsServerOnly)
                {
                    condition += " && serverOnly";
                }

                writer.Line($"if ({condition})");
                writer.Open();
                if (replacedByUser || !WriteScalarMember(writer, property, NameField(type, property)))
                {
                    writer.Line($"writer.WritePropertyName({NameField(type, property)});");
                    if (!replacedByUser && IsDeferred(property))
                    {
                        writer.Line($"_{property.Name}.Write(writer, mode);");
                    }
                    else
                    {
                        string field = replacedByUser ? "this." + property.Name : "_" + property.Name;
                        WriteValueOrNull(writer, property.Type, field, ns, replacedByUser && property.IsRequired && !property.IsNullable);
                    }
                }

                writer.Close();
            }

            writer.Line($"{TypeSyntax.Writer}.WriteAdditionalProperties(writer, _additionalProperties, mode);");
            writer.Line("writer.WriteEndObject();");
            writer.Close();
        }

        /// <summary>
        /// Writes a string, number or boolean member's name and value in one call of the writer (its backing field, which
        /// may be null). A string that almost always holds one verbatim value (a constant, a discriminator) writes that
        /// value pre-encoded when it is that very string. False for other kinds of member.
        /// </summary>
        private static bool WriteScalarMember(SourceWriter writer, PropertySpec property, string name)
        {
            string field = "_" + property.Name;
            string? method = TypeSyntax.NamedWriteMethod(property.Type);
            if (method is null)
            {
                return false;
            }

            if (property.Type.Kind == TypeRefKind.String)
            {
                // Utf8JsonWriter.WriteString(name, null) writes null.
                if (PreEncodedString(property) is string expected)
                {
                    writer.Line($"if ((object?){field} == (object){CSharpText.StringLiteral(expected)}) writer.{method}({name}, s_{property.Name}Value);");
                    writer.Line($"else writer.{method}({name}, {field});");
                }
                else
                {
                    writer.Line($"writer.{method}({name}, {field});");
                }

                return true;
            }

            writer.Line($"if ({field}.HasValue) writer.{method}({name}, {field}.GetValueOrDefault());");
            writer.Line($"else writer.WriteNull({name});");
            return true;
        }

        /// <summary>Writes <paramref name="expression"/>, or JSON null when it is null.</summary>
        internal static void WriteValueOrNull(SourceWriter writer, TypeRef type, string expression, string ns, bool expressionIsNonNullable)
        {
            if (expressionIsNonNullable && type.IsValueType)
            {
                writer.Line(TypeSyntax.Write(type, ns, expression));
                return;
            }

            // One statement per branch, without braces: this is written for every member of every type.
            writer.Line(type.IsValueType
                ? $"if ({expression}.HasValue) {TypeSyntax.Write(type, ns, expression + ".GetValueOrDefault()")}"
                : $"if ({expression} != null) {TypeSyntax.Write(type, ns, expression)}");
            writer.Line("else writer.WriteNullValue();");
        }

        /// <summary>The writer's encoded JSON name of <paramref name="property"/>: its entry in <c>s_names</c>.</summary>
        private static string NameField(ObjectTypeSpec type, PropertySpec property)
            => "s_names[" + type.Properties.IndexOf(property).ToString(CultureInfo.InvariantCulture) + "]";

        internal static string PresenceField(int index) => "_present" + (index / 64).ToString(CultureInfo.InvariantCulture);

        internal static string PresenceMask(int index) => "0x" + (1UL << (index % 64)).ToString("X", CultureInfo.InvariantCulture) + "UL";

        /// <summary>
        /// The value a string member almost always holds (its constant, or the discriminator value of a union case): read
        /// without allocating when it is that value.
        /// </summary>
        private static string? ExpectedString(PropertySpec property)
            => property.Type.Kind == TypeRefKind.String ? property.ConstValue ?? property.InitialValue : null;

        /// <summary>The expected string when it is written the same by every encoder: kept pre-encoded (<c>s_{Name}Value</c>).</summary>
        private static string? PreEncodedString(PropertySpec property)
            => ExpectedString(property) is string expected && CSharpText.IsJsonVerbatim(expected) ? expected : null;
    }
}

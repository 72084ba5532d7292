using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenAI.Realtime.Gen.Extending;
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

            DocWriter.Write(writer, type.Docs.Summary, "The <c>" + CSharpText.DocText(type.Name) + "</c> schema.", SchemaFacts(type));
            FileEmitter.WriteTypeAttributes(writer, type.Deprecation);
            writer.Line($"[__Sys::Text.Json.Serialization.JsonConverter(typeof({TypeSyntax.ConverterType(type.Name, type.Kind, ns)}))]");
            string interfaces = string.Concat(type.Interfaces.Select(i => ", " + TypeSyntax.Qualified(i, ns)));
            writer.Line($"{context.Accessibility} partial class {type.Name} : {Model}{interfaces}");
            writer.Open();
            WriteShape(writer, type, replaced, context);
            foreach (PropertySpec property in properties)
            {
                writer.Line($"private {(IsDeferred(property) ? TypeSyntax.DeferredJson : TypeSyntax.Nullable(property.Type, ns))} _{property.Name};");
            }

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

            WritePresenceMembers(writer, type, context);
            WriteDefaults(writer, type, context);
            WriteHooks(writer, type.Name, initialized.Count > 0, context);
            WriteMemberFields(writer, type, replaced);
            WriteMemberReader(writer, type, replaced, ns);
            WriteMemberWriter(writer, type, replaced, ns);
            WriteMemberGetter(writer, type, replaced);
            WriteMemberValidator(writer, type, replaced, ns);
            WriteUserSet(writer, type, replaced);
            writer.Close();
        }

        /// <summary>The runtime base class of every model.</summary>
        private const string Model = TypeSyntax.Runtime + "::JsonModel";

        /// <summary>
        /// The type's <c>JsonModelShape</c>: one line per member with its C# name, JSON name and flags (see the runtime's
        /// <c>JsonModelShape</c>), in the order of the member indexes the reader, writer and validator switch on.
        /// </summary>
        private static void WriteShape(SourceWriter writer, ObjectTypeSpec type, List<PropertySpec> replaced, EmitContext context)
        {
            string shape = TypeSyntax.Runtime + "::JsonModelShape";
            var hooks = new List<string>();
            if (context.IsUserDeclared("OnDeserialized"))
            {
                hooks.Add(TypeSyntax.Runtime + "::JsonModelHooks.OnRead");
            }

            if (context.IsUserDeclared("OnSerializing"))
            {
                hooks.Add(TypeSyntax.Runtime + "::JsonModelHooks.OnWrite");
            }

            string head = $"private static readonly {shape} s_shape = {context.New(shape)}({CSharpText.StringLiteral(type.Name)}"
                + (hooks.Count > 0 ? ", " + string.Join(" | ", hooks) : string.Empty);
            if (type.Properties.Count == 0)
            {
                writer.Line(head + ");");
                return;
            }

            writer.Line(head + ",");
            writer.Indent();
            for (int i = 0; i < type.Properties.Count; i++)
            {
                PropertySpec property = type.Properties[i];
                string flags = (property.IsRequired ? "R" : string.Empty)
                    + (property.IsNullable ? "N" : string.Empty)
                    + (property.IsServerOnly ? "S" : string.Empty)
                    + (replaced.Contains(property) ? "U" : string.Empty)
                    + (ValidationFlags(property, replaced) ?? "V")
                    + SlotKind(property, replaced)
                    + (ExpectedString(property) is string expected ? "=" + expected : string.Empty);
                string end = i == type.Properties.Count - 1 ? ");" : ",";
                writer.Line($"{CSharpText.StringLiteral(property.Name)}, {CSharpText.StringLiteral(property.JsonName)}, {CSharpText.StringLiteral(flags)}{end}");
            }

            writer.Unindent();
        }

        /// <summary>
        /// The shape's slot kind of a member whose field the runtime reads, writes, checks and clears itself through
        /// <c>__Field</c> (a primitive the generator did not hand to the user), or the empty string when the class has
        /// member code for it.
        /// </summary>
        private static string SlotKind(PropertySpec property, List<PropertySpec> replaced)
        {
            if (replaced.Contains(property))
            {
                return string.Empty;
            }

            switch (property.Type.Kind)
            {
                case TypeRefKind.String: return "s";
                case TypeRefKind.Boolean: return "b";
                case TypeRefKind.Int32: return "i";
                case TypeRefKind.Int64: return "l";
                case TypeRefKind.Double: return "d";
                case TypeRefKind.Single: return "f";
                default: return string.Empty;
            }
        }

        /// <summary>
        /// <c>__Field</c>: a reference to the field of each member with a slot kind, which the runtime's reader, writer,
        /// validator and <c>Unset</c> use instead of member code.
        /// </summary>
        private static void WriteMemberFields(SourceWriter writer, ObjectTypeSpec type, List<PropertySpec> replaced)
        {
            IEnumerable<int> members = Enumerable.Range(0, type.Properties.Count).Where(i => SlotKind(type.Properties[i], replaced).Length > 0);
            WriteReturnSwitch(writer, "protected override ref byte __Field(int m)", members, i => "ref __Slot(ref _" + type.Properties[i].Name + ")", "ref base.__Field(m)");
        }

        /// <summary>
        /// A method that returns, for member <c>m</c>, the expression <paramref name="value"/> gives its index (one case per
        /// member of <paramref name="members"/>), or <paramref name="fallback"/>; nothing when there are no members.
        /// </summary>
        private static void WriteReturnSwitch(SourceWriter writer, string signature, IEnumerable<int> members, System.Func<int, string> value, string fallback)
        {
            List<int> cases = members.ToList();
            if (cases.Count == 0)
            {
                return;
            }

            writer.Line(signature);
            writer.Open();
            writer.Line("switch (m)");
            writer.Open();
            foreach (int index in cases)
            {
                writer.Line($"case {index.ToString(CultureInfo.InvariantCulture)}: return {value(index)};");
            }

            writer.Line($"default: return {fallback};");
            writer.Close();
            writer.Close();
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
                // The implicit constructor does, unless the user declared one with parameters (which would take it away).
                if (context.IsUserDeclared(UserPartialType.ConstructorWithParameters))
                {
                    DocWriter.Summary(writer, "Creates an instance with no member set; only the members set afterwards are written.");
                    writer.Line($"public {type.Name}() {{ }}");
                    writer.Line();
                }

                return;
            }

            string constants = string.Join(", ", initialized.Select(p => "<see cref=\"" + p.Name + "\"/> (<c>" + CSharpText.DocText(p.InitialValue!) + "</c>)"));
            DocWriter.Summary(writer, "Creates an instance with its constants set: " + constants + ".");
            string sets = string.Concat(initialized.Select(p => "_" + p.Name + " = " + CSharpText.StringLiteral(p.InitialValue!) + "; __Set(" + type.Properties.IndexOf(p).ToString(CultureInfo.InvariantCulture) + "); "));
            writer.Line($"public {type.Name}() {{ {sets}}}");
            writer.Line($"private {type.Name}({TypeSyntax.Runtime}::DeserializationConstructor _) {{ }}");
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

            writer.Line($"public {propertyType} {property.Name} {{ get => {getter}; set {{ _{property.Name} = value; __Set({index.ToString(CultureInfo.InvariantCulture)}); }} }}");
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
            writer.Line($"public void {set}(__Sys::ReadOnlySpan<byte> bytes) => {property.Name} = {TypeSyntax.Runtime}::Base64Text.Encode(bytes);");
            writer.Line();
            writer.Line($"/// <summary>The bytes <see cref=\"{property.Name}\"/> encodes in base64, or <c>null</c> when it is not set or null.</summary>");
            writer.Line("/// <exception cref=\"__Sys::FormatException\">The member does not hold base64 text.</exception>");
            writer.Line($"public byte[]? {get}() => _{property.Name} == null ? null : {TypeSyntax.Runtime}::Base64Text.Decode(_{property.Name});");
            writer.Line();
        }

        private static List<string> PropertyFacts(PropertySpec property, string ns)
        {
            var facts = new List<string>();
            if (property.IsRequired)
            {
                facts.Add("Required.");
            }

            if (property.IsNullable)
            {
                facts.Add("May be <c>null</c> (written as JSON <c>null</c>; <c>Unset(nameof(" + property.Name + "))</c> leaves it out).");
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
                facts.Add("Set by the server: not written in request mode.");
            }

            return facts;
        }

        /// <summary><c>IsSet</c>, <c>Unset</c> and <c>Validate()</c>, unless the user declared them: each forwards to the runtime.</summary>
        private static void WritePresenceMembers(SourceWriter writer, ObjectTypeSpec type, EmitContext context)
        {
            if (!context.IsUserDeclared("IsSet"))
            {
                writer.Line($"/// <inheritdoc cref=\"{Model}.__IsSet\"/>");
                writer.Line("public bool IsSet(string propertyName) => __IsSet(propertyName);");
            }

            if (!context.IsUserDeclared("Unset"))
            {
                writer.Line($"/// <inheritdoc cref=\"{Model}.__Unset\"/>");
                writer.Line("public void Unset(string propertyName) => __Unset(propertyName);");
            }

            if (!context.IsUserDeclared("Validate"))
            {
                writer.Line($"/// <inheritdoc cref=\"{Model}.__ValidateAll\"/>");
                writer.Line($"public {TypeSyntax.Collections}.IReadOnlyList<{TypeSyntax.Runtime}::RealtimeValidationError> Validate() => __ValidateAll();");
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

        /// <summary>
        /// The overrides the runtime calls, and the partial hooks (<c>OnDeserialized</c>, <c>OnSerializing</c>,
        /// <c>OnValidate</c>) the user implemented in their part of the class: a hook is declared and called only when the
        /// user's part has it, so a class nobody extends carries none.
        /// </summary>
        private static void WriteHooks(SourceWriter writer, string typeName, bool hasReadConstructor, EmitContext context)
        {
            writer.Line($"protected override {TypeSyntax.Runtime}::JsonModelShape __Shape => s_shape;");
            writer.Line($"protected override {Model} __New() => new {typeName}({(hasReadConstructor ? "default(" + TypeSyntax.Runtime + "::DeserializationConstructor)" : string.Empty)});");
            if (context.IsUserDeclared("OnValidate"))
            {
                writer.Line($"partial void OnValidate({TypeSyntax.Runtime}::RealtimeValidationContext context);");
                writer.Line($"protected override void __OnValidate({TypeSyntax.Runtime}::RealtimeValidationContext context) => OnValidate(context);");
            }

            if (context.IsUserDeclared("OnDeserialized"))
            {
                writer.Line("partial void OnDeserialized();");
                writer.Line("protected override void __OnRead() => OnDeserialized();");
            }

            if (context.IsUserDeclared("OnSerializing"))
            {
                writer.Line("partial void OnSerializing();");
                writer.Line("protected override void __OnWrite() => OnSerializing();");
            }
        }

        /// <summary>
        /// <c>__Read</c>: reads member <c>m</c> from the value the reader stands on, JSON null included (the runtime's
        /// reader loop matches the name, marks the member set and keeps unknown members).
        /// </summary>
        private static void WriteMemberReader(SourceWriter writer, ObjectTypeSpec type, List<PropertySpec> replaced, string ns)
        {
            List<int> members = MembersWithCode(type, replaced);
            if (members.Count > 0)
            {
                writer.Line($"protected override void __Read(ref {TypeSyntax.Json}.Utf8JsonReader r, int m)");
                writer.Open();
                var cases = new List<string>();
                bool usesNull = false;
                foreach (int index in members)
                {
                    PropertySpec property = type.Properties[index];
                    bool user = replaced.Contains(property);
                    string value = IsDeferred(property) && !user
                        ? TypeSyntax.DeferredJson + ".Read(ref r)"
                        : ExpectedString(property) is not null
                            ? "s_shape.ReadString(ref r, " + index.ToString(CultureInfo.InvariantCulture) + ")"
                            : MemberRead(property.Type, ns);
                    if (value.StartsWith("n ?", System.StringComparison.Ordinal))
                    {
                        usesNull = true;
                    }

                    if (user && property.IsRequired && !property.IsNullable)
                    {
                        value = "(" + value + ")" + (property.Type.IsValueType ? ".GetValueOrDefault()" : "!");
                    }

                    cases.Add($"case {index.ToString(CultureInfo.InvariantCulture)}: {(user ? "this." + property.Name : "_" + property.Name)} = {value}; break;");
                }

                if (usesNull)
                {
                    writer.Line($"bool n = r.TokenType == {TypeSyntax.Json}.JsonTokenType.Null;");
                }

                writer.Line("switch (m)");
                writer.Open();
                foreach (string line in cases)
                {
                    writer.Line(line);
                }

                writer.Close();
                writer.Close();
            }
        }

        /// <summary>The members the class has code for in <c>__Read</c> and <c>__Write</c>: those without a slot kind.</summary>
        private static List<int> MembersWithCode(ObjectTypeSpec type, List<PropertySpec> replaced)
            => Enumerable.Range(0, type.Properties.Count).Where(i => SlotKind(type.Properties[i], replaced).Length == 0).ToList();

        /// <summary>An expression reading a member of <paramref name="type"/> from <c>r</c>: its value, or null for JSON null.</summary>
        private static string MemberRead(TypeRef type, string ns)
        {
            switch (type.Kind)
            {
                case TypeRefKind.String:
                    return "__String(ref r)";
                case TypeRefKind.Boolean:
                    return "__Boolean(ref r)";
                case TypeRefKind.Int32:
                    return "__Int32(ref r)";
                case TypeRefKind.Int64:
                    return "__Int64(ref r)";
                case TypeRefKind.Double:
                    return "__Double(ref r)";
                case TypeRefKind.Single:
                    return "__Single(ref r)";
                case TypeRefKind.List:
                    return "__List<" + TypeSyntax.Element(type, ns) + ">(ref r, " + TypeSyntax.ElementReader(type, ns) + ", " + TypeSyntax.AllowsNullElements(type) + ")";
                case TypeRefKind.Map:
                    return "__Map<" + TypeSyntax.Element(type, ns) + ">(ref r, " + TypeSyntax.ElementReader(type, ns) + ", " + TypeSyntax.AllowsNullElements(type) + ")";
                case TypeRefKind.Named when type.NamedKind == NamedKind.Object:
                    return "__Model<" + TypeSyntax.Of(type, ns) + ">(ref r)";
                case TypeRefKind.Named when type.NamedKind == NamedKind.Enum:
                    return "__Enum<" + TypeSyntax.Of(type, ns) + ">(ref r)";
            }

            return (type.IsValueType ? "n ? default(" + TypeSyntax.Nullable(type, ns) + ") : " : "n ? null : ") + TypeSyntax.Read(type, ns, "r");
        }

        /// <summary><c>__Write</c>: writes the value of member <c>m</c> (the runtime writes the set members' names, in order).</summary>
        private static void WriteMemberWriter(SourceWriter writer, ObjectTypeSpec type, List<PropertySpec> replaced, string ns)
        {
            List<int> members = MembersWithCode(type, replaced);
            if (members.Count > 0)
            {
                writer.Line($"protected override void __Write({TypeSyntax.Json}.Utf8JsonWriter w, int m, {TypeSyntax.WriteMode} mode)");
                writer.Open();
                writer.Line("switch (m)");
                writer.Open();
                foreach (int index in members)
                {
                    PropertySpec property = type.Properties[index];
                    bool user = replaced.Contains(property);
                    string field = user ? "this." + property.Name : "_" + property.Name;
                    string write = !user && IsDeferred(property)
                        ? field + ".Write(w, mode);"
                        : ValueOrNull(property.Type, field, ns, user && property.IsRequired && !property.IsNullable);
                    writer.Line($"case {index.ToString(CultureInfo.InvariantCulture)}: {write} break;");
                }

                writer.Close();
                writer.Close();
            }
        }

        /// <summary>A statement that writes <paramref name="expression"/> of <paramref name="type"/>, or JSON null.</summary>
        private static string ValueOrNull(TypeRef type, string expression, string ns, bool isNonNullable)
        {
            if (isNonNullable && type.IsValueType)
            {
                return TypeSyntax.Write(type, ns, expression, "w");
            }

            switch (type.Kind)
            {
                case TypeRefKind.String:
                    return "w.WriteStringValue(" + expression + ");";
                case TypeRefKind.Boolean:
                case TypeRefKind.Int32:
                case TypeRefKind.Int64:
                case TypeRefKind.Double:
                case TypeRefKind.Single:
                    return "__Value(w, " + expression + ");";
                case TypeRefKind.List:
                    return "__List<" + TypeSyntax.Element(type, ns) + ">(w, " + expression + ", " + TypeSyntax.ElementWriter(type, ns) + ", mode);";
                case TypeRefKind.Map:
                    return "__Map<" + TypeSyntax.Element(type, ns) + ">(w, " + expression + ", " + TypeSyntax.ElementWriter(type, ns) + ", mode);";
                case TypeRefKind.Named when type.NamedKind == NamedKind.Object:
                    return "__Value(w, " + expression + ", mode);";
                case TypeRefKind.Named when type.NamedKind == NamedKind.Enum:
                    return "__Enum(w, " + expression + ");";
            }

            return type.IsValueType
                ? "if (" + expression + ".HasValue) " + TypeSyntax.Write(type, ns, expression + ".GetValueOrDefault()", "w") + " else w.WriteNullValue();"
                : "if (" + expression + " != null) " + TypeSyntax.Write(type, ns, expression, "w") + " else w.WriteNullValue();";
        }

        /// <summary>
        /// How <c>Validate()</c> checks a member's value, as shape flags: empty when the runtime does it from the value
        /// (<c>__Get</c>) and the flags (none for a member with nothing to check, or one the user declared); null when it
        /// takes generated code (<c>__Validate</c>, flag <c>V</c>).
        /// </summary>
        private static string? ValidationFlags(PropertySpec property, List<PropertySpec> replaced)
            => replaced.Contains(property) || !IsValidated(property) ? string.Empty
                : ValidationWriter.ShapeFlags(property.Type, property.Constraints, property.ConstValue);

        /// <summary>Whether <c>Validate()</c> looks at a member's value: it must not be null, or it has checks.</summary>
        private static bool IsValidated(PropertySpec property)
            => !property.IsNullable || ValidationWriter.HasChecks(property.Type, property.Constraints, property.ConstValue);

        /// <summary>
        /// <c>__Get</c>: the value of member <c>m</c> for the checks the runtime makes from the shape's flags (null, nested
        /// models, constants, closed enumerations, list items). Members with nothing to check, or checked by
        /// <c>__Validate</c>, have no case.
        /// </summary>
        private static void WriteMemberGetter(SourceWriter writer, ObjectTypeSpec type, List<PropertySpec> replaced)
        {
            IEnumerable<int> members = MembersWithCode(type, replaced)
                .Where(i => !replaced.Contains(type.Properties[i]) && IsValidated(type.Properties[i]) && ValidationFlags(type.Properties[i], replaced) is not null);
            WriteReturnSwitch(writer, "protected override object? __Get(int m)", members, i => "_" + type.Properties[i].Name, "null");
        }

        /// <summary>
        /// <c>__Validate</c>: the checks of member <c>m</c>'s value that take generated code (shape flag <c>V</c>), returning
        /// whether it is null (the runtime checks required members and the nulls the spec does not allow, and keeps the path).
        /// </summary>
        private static void WriteMemberValidator(SourceWriter writer, ObjectTypeSpec type, List<PropertySpec> replaced, string ns)
        {
            var checkedMembers = new List<int>();
            for (int index = 0; index < type.Properties.Count; index++)
            {
                PropertySpec property = type.Properties[index];
                if (ValidationFlags(property, replaced) is null)
                {
                    checkedMembers.Add(index);
                }
            }

            if (checkedMembers.Count == 0)
            {
                return;
            }

            writer.Line($"protected override bool __Validate({TypeSyntax.Runtime}::RealtimeValidationContext context, int m)");
            writer.Open();
            writer.Line("switch (m)");
            writer.Open();
            foreach (int index in checkedMembers)
            {
                PropertySpec property = type.Properties[index];
                string value = FieldValue(property);
                string isNull = IsDeferred(property) ? "!_" + property.Name + ".HasValue" : value + " == null";
                string label = "case " + index.ToString(CultureInfo.InvariantCulture) + ":";
                if (!ValidationWriter.HasChecks(property.Type, property.Constraints, property.ConstValue))
                {
                    writer.Line($"{label} return {isNull};");
                    continue;
                }

                var checks = new SourceWriter();
                ValidationWriter.WriteChecks(checks, property.Type, property.Constraints, property.ConstValue, value, property.Type.IsValueType, ns, 0);
                string[] lines = checks.ToStringAndRelease().Split(new[] { '\n' }, System.StringSplitOptions.RemoveEmptyEntries);
                if (lines.Length == 1)
                {
                    writer.Line($"{label} {lines[0].Trim()} return {isNull};");
                    continue;
                }

                writer.Line(label);
                writer.Open();
                foreach (string line in lines)
                {
                    writer.Line(line.TrimEnd('\r'));
                }

                writer.Line($"return {isNull};");
                writer.Close();
            }

            writer.Line("default: return false;");
            writer.Close();
            writer.Close();
        }

        /// <summary>
        /// <c>__UserSet</c>, for members the user declared: they are written when set through the generated reader or when
        /// not null.
        /// </summary>
        private static void WriteUserSet(SourceWriter writer, ObjectTypeSpec type, List<PropertySpec> replaced)
        {
            List<string> masks = replaced
                .Select(p => type.Properties.IndexOf(p))
                .Where(i => i < 64)
                .Select(i => "(this." + type.Properties[i].Name + " != null ? 0x" + (1UL << i).ToString("X", CultureInfo.InvariantCulture) + "UL : 0UL)")
                .ToList();
            if (masks.Count > 0)
            {
                writer.Line($"protected override ulong __UserSet() => {string.Join(" | ", masks)};");
            }
        }

        /// <summary>
        /// The value a string member almost always holds (its constant, or the discriminator value of a union case): read
        /// without allocating when it is that value.
        /// </summary>
        private static string? ExpectedString(PropertySpec property)
            => property.Type.Kind == TypeRefKind.String ? property.ConstValue ?? property.InitialValue : null;
    }
}

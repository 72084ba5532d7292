using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// Emits a union of different JSON kinds (integer or <c>"inf"</c>, <c>"auto"</c> or an object, ...): a sealed class that
    /// holds one case, with a property per case, factory methods and implicit conversions. The case read from JSON is the
    /// one written back; a value of an accepted kind that matches no case is kept as raw JSON; a value of a kind no case
    /// accepts is a <c>JsonException</c>.
    /// </summary>
    internal static class UnionEmitter
    {
        private const string UnknownCase = "-1";

        public static void Emit(SourceWriter writer, UnionTypeSpec type, EmitContext context)
        {
            string ns = context.Namespace;
            string name = type.Name;
            var facts = new List<string>
            {
                "Holds exactly one of: " + string.Join("; ", type.Cases.Select(c => "<c>" + CSharpText.DocText(c.Name) + "</c> (" + Describe(c) + ")")) + ".",
            };
            DocWriter.Write(writer, type.Docs.Summary, "One of several JSON shapes.", facts);
            FileEmitter.WriteTypeAttributes(writer, type.Deprecation);
            writer.Line($"[__Sys::Text.Json.Serialization.JsonConverter(typeof({TypeSyntax.ConverterType(type.Name, type.Kind, ns)}))]");
            writer.Line($"{context.Accessibility} sealed partial class {name} : {TypeSyntax.Runtime}::RealtimeUnion, __Sys::IEquatable<{name}>");
            writer.Open();
            WriteFields(writer, type);
            writer.Line($"private {name}(int @case, object? value) : base(@case, value) {{ }}");
            writer.Line();

            var taken = new HashSet<string>(type.Cases.Select(c => c.Name)) { name, "Value", "Unknown", "IsUnknown", "Validate", "As", "AsValue", "EqualsUnion", "ValidateCase", "Equals", "GetHashCode", "ToString" };
            foreach (string caseName in type.Cases.Select(c => c.Name).ToList())
            {
                taken.Add("Is" + caseName);
                taken.Add("From" + caseName);
            }

            var convertible = ConvertibleCaseTypes(type, ns);
            for (int i = 0; i < type.Cases.Count; i++)
            {
                WriteCase(writer, type, type.Cases[i], i, ns, convertible);
            }

            WriteShortcuts(writer, type, ns, taken, convertible);
            WriteCommonMembers(writer, type, context);
            WriteReader(writer, type, ns);
            WriteWriter(writer, type, ns);
            writer.Close();
            writer.Line();
            ConverterWriter.WriteUnionModel(writer, name, ns);
        }

        private static string Describe(UnionCaseSpec c)
        {
            if (IsValueCase(c))
            {
                return "the string <c>" + CSharpText.DocText(c.Values[0].Value) + "</c>";
            }

            return "a JSON " + c.Kind.ToString().ToLowerInvariant();
        }

        /// <summary>A case that is one constant string, exposed as a static instance rather than a property.</summary>
        private static bool IsValueCase(UnionCaseSpec c) => c.Type.Kind == TypeRefKind.String && c.Values.Count == 1;

        private static void WriteFields(SourceWriter writer, UnionTypeSpec type)
        {
            for (int i = 0; i < type.Cases.Count; i++)
            {
                if (IsValueCase(type.Cases[i]))
                {
                    writer.Line($"private static readonly {TypeSyntax.Json}.JsonEncodedText s_{type.Cases[i].Name}Text = {TypeSyntax.Json}.JsonEncodedText.Encode({CSharpText.StringLiteral(type.Cases[i].Values[0].Value)});");
                    if (!CSharpText.IsJsonVerbatim(type.Cases[i].Values[0].Value))
                    {
                        writer.Line($"private static readonly byte[] s_{type.Cases[i].Name}Utf8 = {CSharpText.Utf8Bytes(type.Cases[i].Values[0].Value)};");
                    }
                }
            }

            if (type.Discriminator is DiscriminatorSpec discriminator)
            {
                List<int> objectCases = Indexes(type, c => c.Kind == JsonKind.Object);
                string table = DiscriminatorWriter.Table(type.Name, discriminator, objectCases.Select(i => type.Cases[i].Matches).ToList(), objectCases);
                writer.Line($"private static readonly {TypeSyntax.Runtime}::JsonDiscriminator s_discriminator = {table};");
            }

            List<string> requiredNames = RequiredNames(type);
            if (type.Discriminator is null && requiredNames.Count > 0)
            {
                FileEmitter.WriteUtf8Table(writer, "s_requiredNames", requiredNames);
            }
        }

        private static List<string> RequiredNames(UnionTypeSpec type)
            => type.Cases.Where(c => c.Kind == JsonKind.Object).SelectMany(c => c.RequiredProperties).Distinct().Take(64).ToList();

        /// <summary>Case types that can take an implicit conversion: unique among the cases, and not an interface.</summary>
        private static HashSet<int> ConvertibleCaseTypes(UnionTypeSpec type, string ns)
        {
            var result = new HashSet<int>();
            for (int i = 0; i < type.Cases.Count; i++)
            {
                UnionCaseSpec c = type.Cases[i];
                if (IsValueCase(c) || c.Type.Kind is TypeRefKind.List or TypeRefKind.Map || (c.Type.Kind == TypeRefKind.Named && c.Type.NamedKind == NamedKind.Polymorphic))
                {
                    continue;
                }

                string csharp = TypeSyntax.Of(c.Type, ns);
                if (type.Cases.Where(o => !IsValueCase(o)).Count(o => TypeSyntax.Of(o.Type, ns) == csharp) == 1)
                {
                    result.Add(i);
                }
            }

            return result;
        }

        private static void WriteCase(SourceWriter writer, UnionTypeSpec type, UnionCaseSpec c, int index, string ns, HashSet<int> convertible)
        {
            string name = type.Name;
            string i = index.ToString(CultureInfo.InvariantCulture);
            if (IsValueCase(c))
            {
                string text = CSharpText.DocText(c.Values[0].Value);
                DocWriter.Summary(writer, "The string <c>" + text + "</c>.");
                writer.Line($"public static {name} {c.Name} {{ get; }} = new {name}({i}, {CSharpText.StringLiteral(c.Values[0].Value)});");
                writer.Line();
                DocWriter.Summary(writer, "Whether this is the string <c>" + text + "</c>.");
                writer.Line($"public bool Is{c.Name} => _case == {i};");
                writer.Line();
                return;
            }

            string caseType = TypeSyntax.Of(c.Type, ns);
            DocWriter.Summary(writer, "Creates the <c>" + CSharpText.DocText(c.Name) + "</c> case.");
            writer.Line($"public static {name} From{c.Name}({caseType} value) => new {name}({i}, {(c.Type.IsValueType ? "value" : TypeSyntax.Runtime + "::JsonUnion.NotNull(value)")});");
            writer.Line();
            DocWriter.Summary(writer, "Whether this is the <c>" + CSharpText.DocText(c.Name) + "</c> case.");
            writer.Line($"public bool Is{c.Name} => _case == {i};");
            writer.Line();
            DocWriter.Summary(writer, "The <c>" + CSharpText.DocText(c.Name) + "</c> case, or <c>null</c> when this holds another case.");
            writer.Line($"public {caseType}? {c.Name} => {(c.Type.IsValueType ? "AsValue" : "As")}<{caseType}>({i});");
            writer.Line();
            if (convertible.Contains(index))
            {
                DocWriter.Summary(writer, "Wraps the <c>" + CSharpText.DocText(c.Name) + "</c> case.");
                writer.Line($"public static implicit operator {name}({caseType} value) => From{c.Name}(value);");
                writer.Line();
            }
        }

        /// <summary>Static shortcuts for the values of a string enumeration case, and a conversion from string.</summary>
        private static void WriteShortcuts(SourceWriter writer, UnionTypeSpec type, string ns, HashSet<string> taken, HashSet<int> convertible)
        {
            UnionCaseSpec? enumCase = type.Cases.FirstOrDefault(c => c.Type.Kind == TypeRefKind.Named && c.Type.NamedKind == NamedKind.Enum);
            bool hasStringCase = type.Cases.Any(c => c.Type.Kind == TypeRefKind.String && !IsValueCase(c));
            if (enumCase is null)
            {
                return;
            }

            string enumType = TypeSyntax.Of(enumCase.Type, ns);
            foreach (EnumMemberSpec member in enumCase.Values)
            {
                if (!taken.Add(member.Name))
                {
                    continue;
                }

                DocWriter.Summary(writer, "The value <c>" + CSharpText.DocText(member.Value) + "</c>.");
                writer.Line($"public static {type.Name} {member.Name} => From{enumCase.Name}({enumType}.{member.Name});");
                writer.Line();
            }

            if (!hasStringCase && type.Cases.Count(c => c.Type.Kind == TypeRefKind.Named && c.Type.NamedKind == NamedKind.Enum) == 1)
            {
                DocWriter.Summary(writer, "Wraps a string as the <c>" + CSharpText.DocText(enumCase.Name) + "</c> case.");
                writer.Line($"public static implicit operator {type.Name}(string value) => From{enumCase.Name}(new {enumType}(value));");
                writer.Line();
            }
        }

        private static void WriteCommonMembers(SourceWriter writer, UnionTypeSpec type, EmitContext context)
        {
            string name = type.Name;
            writer.Line("/// <inheritdoc/>");
            writer.Line($"public bool Equals({name}? other) => EqualsUnion(other);");
            writer.Line();
            if (!context.IsUserDeclared("Validate"))
            {
                writer.Line($"/// <inheritdoc cref=\"{TypeSyntax.Runtime}::JsonUnion.Validate\"/>");
                writer.Line($"public {TypeSyntax.Collections}.IReadOnlyList<{TypeSyntax.Runtime}::RealtimeValidationError> Validate() => {TypeSyntax.Runtime}::JsonUnion.Validate(this);");
                writer.Line();
            }

            var closedEnums = new List<string>();
            for (int i = 0; i < type.Cases.Count; i++)
            {
                TypeRef caseType = type.Cases[i].Type;
                if (caseType.Kind == TypeRefKind.Named && caseType.NamedKind == NamedKind.Enum && caseType.IsClosedEnum)
                {
                    // A string the closed enumeration of this case does not list.
                    string enumType = TypeSyntax.Qualified(caseType.Name!, context.Namespace);
                    closedEnums.Add($"if (_case == {i}) context.CheckKnown(({enumType})_value!);");
                }
            }

            if (closedEnums.Count > 0)
            {
                writer.Line($"protected override void ValidateCase({TypeSyntax.Runtime}::RealtimeValidationContext context)");
                writer.Open();
                foreach (string check in closedEnums)
                {
                    writer.Line((check == closedEnums[0] ? "" : "else ") + check);
                }

                writer.Line("else base.ValidateCase(context);");
                writer.Close();
                writer.Line();
            }
        }

        private static void WriteReader(SourceWriter writer, UnionTypeSpec type, string ns)
        {
            string name = type.Name;
            writer.Line($"internal static {name} ReadJson(ref {TypeSyntax.Json}.Utf8JsonReader reader)");
            writer.Open();
            writer.Line("switch (reader.TokenType)");
            writer.Open();
            var accepted = new List<string>();

            // Strings: constant cases first, then the first case that takes any string.
            List<int> valueCases = Indexes(type, c => IsValueCase(c));
            int stringCase = FirstIndex(type, c => c.Kind == JsonKind.String && !IsValueCase(c));
            if (valueCases.Count > 0 || stringCase >= 0)
            {
                accepted.Add("a string");
                writer.Line($"case {TypeSyntax.Json}.JsonTokenType.String:");
                writer.Indent();
                foreach (int i in valueCases)
                {
                    writer.Line($"if ({TypeSyntax.Reader}.TextEquals(ref reader, {CSharpText.MatchBytes(type.Cases[i].Values[0].Value, "s_" + type.Cases[i].Name + "Text", "s_" + type.Cases[i].Name + "Utf8")}))");
                    writer.Open();
                    writer.Line($"return {type.Cases[i].Name};");
                    writer.Close();
                    writer.Line();
                }

                writer.Line(stringCase >= 0 ? ReturnCase(type, stringCase, ns) : ReturnUnknown(name));
                writer.Unindent();
            }

            int integerCase = FirstIndex(type, c => c.Kind == JsonKind.Integer);
            int numberCase = FirstIndex(type, c => c.Kind == JsonKind.Number);
            if (integerCase >= 0 || numberCase >= 0)
            {
                accepted.Add(numberCase >= 0 ? "a number" : "an integer");
                writer.Line($"case {TypeSyntax.Json}.JsonTokenType.Number:");
                writer.Indent();
                if (integerCase >= 0)
                {
                    writer.Line($"if ({TypeSyntax.Reader}.IsInteger(ref reader))");
                    writer.Open();
                    writer.Line(ReturnCase(type, integerCase, ns));
                    writer.Close();
                    writer.Line();
                }

                writer.Line(numberCase >= 0 ? ReturnCase(type, numberCase, ns) : ReturnUnknown(name));
                writer.Unindent();
            }

            int booleanCase = FirstIndex(type, c => c.Kind == JsonKind.Boolean);
            if (booleanCase >= 0)
            {
                accepted.Add("a boolean");
                writer.Line($"case {TypeSyntax.Json}.JsonTokenType.True:");
                writer.Line($"case {TypeSyntax.Json}.JsonTokenType.False:");
                writer.Indent().Line(ReturnCase(type, booleanCase, ns)).Unindent();
            }

            List<int> arrayCases = Indexes(type, c => c.Kind == JsonKind.Array);
            if (arrayCases.Count > 0)
            {
                accepted.Add("an array");
                writer.Line($"case {TypeSyntax.Json}.JsonTokenType.StartArray:");
                writer.Open();
                WriteArrayDispatch(writer, type, arrayCases, ns);
                writer.Close();
            }

            List<int> objectCases = Indexes(type, c => c.Kind == JsonKind.Object);
            if (objectCases.Count > 0)
            {
                accepted.Add("an object");
                writer.Line($"case {TypeSyntax.Json}.JsonTokenType.StartObject:");
                writer.Open();
                WriteObjectDispatch(writer, type, objectCases, ns);
                writer.Close();
            }

            writer.Line("default:");
            writer.Indent().Line($"throw {TypeSyntax.Reader}.NoUnionCase(ref reader, {CSharpText.StringLiteral(name)}, {CSharpText.StringLiteral(string.Join(" or ", accepted))});").Unindent();
            writer.Close();
            writer.Close();
            writer.Line();
        }

        private static void WriteObjectDispatch(SourceWriter writer, UnionTypeSpec type, List<int> objectCases, string ns)
        {
            if (type.Discriminator is DiscriminatorSpec discriminator)
            {
                writer.Line("int row = s_discriminator.FindRow(ref reader);");
                writer.Line("switch (s_discriminator.CaseOf(row))");
                writer.Open();
                foreach (int i in objectCases)
                {
                    UnionCaseSpec c = type.Cases[i];
                    string index = i.ToString(CultureInfo.InvariantCulture);
                    string read = "s_discriminator.ReadCase<" + TypeSyntax.Of(c.Type, ns) + ">(ref reader, row, " + TypeSyntax.ReaderDelegate(c.Type, ns) + ")";
                    writer.Line($"case {index}: return new {type.Name}({index}, {read});");
                }

                writer.Close();
                writer.Line(ReturnUnknown(type.Name));
                return;
            }

            if (objectCases.Count == 1)
            {
                writer.Line(ReturnCase(type, objectCases[0], ns));
                return;
            }

            // No discriminator: the first case whose required members are all present.
            List<string> requiredNames = RequiredNames(type);
            if (requiredNames.Count == 0)
            {
                writer.Line(ReturnCase(type, objectCases[0], ns));
                return;
            }

            writer.Line($"ulong present = {TypeSyntax.Reader}.PeekPropertyNames(ref reader, s_requiredNames);");
            foreach (int i in objectCases)
            {
                ulong mask = 0;
                foreach (string required in type.Cases[i].RequiredProperties)
                {
                    int bit = requiredNames.IndexOf(required);
                    if (bit >= 0)
                    {
                        mask |= 1UL << bit;
                    }
                }

                string maskText = "0x" + mask.ToString("X", CultureInfo.InvariantCulture) + "UL";
                writer.Line($"if ((present & {maskText}) == {maskText})");
                writer.Open();
                writer.Line(ReturnCase(type, i, ns));
                writer.Close();
                writer.Line();
            }

            writer.Line(ReturnUnknown(type.Name));
        }

        /// <summary>Several array cases (strings or integers, ...): the kind of the first item picks the case; an empty array takes the first.</summary>
        private static void WriteArrayDispatch(SourceWriter writer, UnionTypeSpec type, List<int> arrayCases, string ns)
        {
            if (arrayCases.Count > 1)
            {
                writer.Line($"switch ({TypeSyntax.Reader}.PeekFirstItem(ref reader))");
                writer.Open();
                var seen = new HashSet<string>();
                foreach (int i in arrayCases)
                {
                    TypeRef element = type.Cases[i].Type.Kind == TypeRefKind.List ? type.Cases[i].Type.Element! : TypeRef.Json;
                    List<string> tokens = TokensOf(element).Where(seen.Add).ToList();
                    if (tokens.Count == 0)
                    {
                        continue;
                    }

                    foreach (string token in tokens)
                    {
                        writer.Line($"case {TypeSyntax.Json}.JsonTokenType.{token}:");
                    }

                    writer.Indent().Line(ReturnCase(type, i, ns)).Unindent();
                }

                writer.Close();
            }

            writer.Line(ReturnCase(type, arrayCases[0], ns));
        }

        /// <summary>The first-token kinds a value of <paramref name="element"/> starts with (none for raw JSON, which takes anything).</summary>
        private static IEnumerable<string> TokensOf(TypeRef element)
        {
            switch (element.Kind)
            {
                case TypeRefKind.String:
                    return new[] { "String" };
                case TypeRefKind.Boolean:
                    return new[] { "True", "False" };
                case TypeRefKind.Int32:
                case TypeRefKind.Int64:
                case TypeRefKind.Double:
                case TypeRefKind.Single:
                    return new[] { "Number" };
                case TypeRefKind.List:
                    return new[] { "StartArray" };
                case TypeRefKind.Map:
                    return new[] { "StartObject" };
                case TypeRefKind.Named:
                    return element.NamedKind switch
                    {
                        NamedKind.Enum => new[] { "String" },
                        NamedKind.List => new[] { "StartArray" },
                        NamedKind.Union => new string[0],
                        _ => new[] { "StartObject" },
                    };
                default:
                    return new string[0];
            }
        }

        private static string ReturnCase(UnionTypeSpec type, int index, string ns)
        {
            UnionCaseSpec c = type.Cases[index];
            string read = TypeSyntax.Read(c.Type, ns);
            return "return new " + type.Name + "(" + index.ToString(CultureInfo.InvariantCulture) + ", " + read + ");";
        }

        private static string ReturnUnknown(string name)
            => "return new " + name + "(" + UnknownCase + ", " + TypeSyntax.Reader + ".ReadElement(ref reader));";

        private static void WriteWriter(SourceWriter writer, UnionTypeSpec type, string ns)
        {
            writer.Line($"internal static void WriteJson({TypeSyntax.Json}.Utf8JsonWriter writer, {type.Name} value, {TypeSyntax.WriteMode} mode)");
            writer.Open();
            writer.Line("switch (value._case)");
            writer.Open();
            for (int i = 0; i < type.Cases.Count; i++)
            {
                UnionCaseSpec c = type.Cases[i];
                string value = "(" + TypeSyntax.Of(c.Type, ns) + ")value._value!";
                writer.Line($"case {i}: {TypeSyntax.Write(c.Type, ns, value)} return;");
            }

            writer.Line($"default: {TypeSyntax.Writer}.WriteElement(writer, ({TypeSyntax.Json}.JsonElement)value._value!, mode); return;");
            writer.Close();
            writer.Close();
        }

        private static List<int> Indexes(UnionTypeSpec type, System.Func<UnionCaseSpec, bool> predicate)
            => Enumerable.Range(0, type.Cases.Count).Where(i => predicate(type.Cases[i])).ToList();

        private static int FirstIndex(UnionTypeSpec type, System.Func<UnionCaseSpec, bool> predicate)
        {
            for (int i = 0; i < type.Cases.Count; i++)
            {
                if (predicate(type.Cases[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}

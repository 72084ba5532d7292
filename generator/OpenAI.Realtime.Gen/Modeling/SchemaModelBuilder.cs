using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.OpenApi;
using OpenAI.Realtime.Gen.Configuration;
using OpenAI.Realtime.Gen.Diagnostics;
using OpenAI.Realtime.Gen.Loading;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Modeling
{
    /// <summary>
    /// Projects the schemas of an OpenAPI document into <see cref="TypeSpec"/> records, starting from the root schemas
    /// and following <c>$ref</c>s. Component schemas keep their names; inline schemas are named after where they sit
    /// (<c>{Parent}{Property}</c>, <c>{Parent}{Property}Item</c>, <c>{Union}{Case}</c>), so names stay stable when a newer
    /// spec is dropped in. Object bodies are built from a work queue rather than by recursion, so recursive schemas and
    /// long reference chains cannot exhaust the stack.
    /// </summary>
    internal sealed class SchemaModelBuilder
    {
        private const int MaxInlineDepth = 64;
        private const string ComponentsPointer = "/components/schemas/";

        private static readonly NameScope.Reserved ReservedObjectMembers = new NameScope.Reserved(new[]
        {
            "AdditionalProperties", "Validate", "IsSet", "Unset", "Defaults", "ReadJson", "WriteJson", "Equals",
            "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "OnDeserialized", "OnSerializing",
            "OnValidate", "ReferenceEquals",
        });

        private static readonly NameScope.Reserved ReservedEnumMembers = new NameScope.Reserved(new[] { "IsKnown", "Equals", "GetHashCode", "ToString", "GetType", "KnownValues" });

        private static readonly NameScope.Reserved ReservedUnionMembers = new NameScope.Reserved(new[] { "Value", "Unknown", "IsUnknown", "Validate", "Equals", "GetHashCode", "ToString", "GetType" });

        private static readonly NameScope.Reserved ReservedTypeNames = new NameScope.Reserved(new[] { "RealtimeJsonContext" }, ignoreCase: true);

        private readonly IDictionary<string, IOpenApiSchema> _components;
        private readonly GeneratorSettings _settings;
        private readonly DiagnosticSink _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private readonly NameScope _typeNames;
        private readonly Dictionary<string, string> _componentTypeNames = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, Mapped> _componentResults = new Dictionary<string, Mapped>(StringComparer.Ordinal);
        private readonly HashSet<string> _componentsInProgress = new HashSet<string>(StringComparer.Ordinal);
        private readonly Queue<ObjectDraft> _pendingObjects = new Queue<ObjectDraft>();
        private ObjectDraft? _buildingDraft;
        private readonly List<ObjectDraft> _objects = new List<ObjectDraft>();
        private readonly Dictionary<string, ObjectDraft> _objectsByName = new Dictionary<string, ObjectDraft>(StringComparer.Ordinal);
        private readonly List<TypeSpec> _otherTypes = new List<TypeSpec>();
        private readonly Dictionary<string, EnumTypeSpec> _enumsByName = new Dictionary<string, EnumTypeSpec>(StringComparer.Ordinal);

        public SchemaModelBuilder(IDictionary<string, IOpenApiSchema> components, GeneratorSettings settings, DiagnosticSink diagnostics, CancellationToken cancellationToken)
        {
            _components = components;
            _settings = settings;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
            _typeNames = new NameScope(ReservedTypeNames);
        }

        /// <summary>Builds the types for the schemas matching <see cref="GeneratorSettings.RootPatterns"/> and everything they reach.</summary>
        public EquatableArray<TypeSpec> Build()
        {
            // Component schemas claim their names first, in ordinal order, so that inline schemas (which get a numeric
            // suffix on a clash) never take a component's name, whatever order the schemas are visited in.
            var componentNames = _components.Keys.OrderBy(n => n, StringComparer.Ordinal).ToList();
            foreach (string id in componentNames)
            {
                string wanted = Identifier.ToPascalCase(id);
                string name = _typeNames.Claim(wanted);
                if (name != wanted || (wanted != id && IsValidAsIs(id)))
                {
                    if (name != wanted)
                    {
                        _diagnostics.Report(DiagnosticDescriptors.NameCollision, ComponentsPointer + SchemaFacts.EscapePointer(id), "#" + ComponentsPointer + id, wanted, name);
                    }
                }

                _componentTypeNames[id] = name;
            }

            foreach (string id in SelectRoots(componentNames))
            {
                ResolveComponent(id);
                DrainPendingObjects();
            }

            return Finish();
        }

        private static bool IsValidAsIs(string id) => id.All(Identifier.IsWordChar) && id.Length > 0 && !char.IsDigit(id[0]);

        private IEnumerable<string> SelectRoots(List<string> componentNames)
        {
            var roots = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string pattern in _settings.RootPatterns)
            {
                bool matched = false;
                foreach (string id in componentNames)
                {
                    if (GlobPattern.IsMatch(pattern, id))
                    {
                        matched = true;
                        if (seen.Add(id))
                        {
                            roots.Add(id);
                        }
                    }
                }

                if (!matched && _settings.RootsAreExplicit)
                {
                    _diagnostics.Report(DiagnosticDescriptors.RootPatternUnmatched, "/components/schemas", pattern);
                }
            }

            roots.Sort(StringComparer.Ordinal);
            return roots;
        }

        private void DrainPendingObjects()
        {
            while (_pendingObjects.Count > 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                BuildObjectBody(_pendingObjects.Dequeue());
            }
        }

        private EquatableArray<TypeSpec> Finish()
        {
            var result = new List<TypeSpec>(_otherTypes.Count + _objects.Count);
            foreach (TypeSpec type in _otherTypes)
            {
                result.Add(type is PolymorphicTypeSpec union ? WithCheckedCommonMembers(union) : type);
            }

            foreach (ObjectDraft draft in _objects)
            {
                result.Add(draft.ToSpec());
            }

            result.Sort((a, b) => StringComparer.Ordinal.Compare(a.Name, b.Name));
            return result.ToEquatableArray();
        }

        // ------------------------------------------------------------------ resolution

        private Mapped ResolveComponent(string id)
        {
            if (_componentResults.TryGetValue(id, out Mapped done))
            {
                return done;
            }

            string pointer = ComponentsPointer + SchemaFacts.EscapePointer(id);
            if (!_componentsInProgress.Add(id))
            {
                _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, "#" + pointer, "a $ref cycle with no object schema in between");
                return Mapped.Of(TypeRef.Json, nullable: true);
            }

            IOpenApiSchema schema = _components[id];
            string name = _componentTypeNames[id];
            Mapped mapped = Resolve(schema, name, pointer, 0, nameIsClaimed: true);
            if (mapped.Type.Kind is TypeRefKind.Map or TypeRefKind.List)
            {
                // A named map or array schema (Metadata, ...) becomes a named collection type.
                NamedKind kind = mapped.Type.Kind == TypeRefKind.Map ? NamedKind.Map : NamedKind.List;
                _otherTypes.Add(new CollectionTypeSpec(name, pointer, Docs(schema), Deprecation(schema), mapped.Type, mapped.Constraints));
                mapped = mapped with { Type = TypeRef.Named(name, kind), Constraints = Constraints.None };
            }

            _componentResults[id] = mapped;
            _componentsInProgress.Remove(id);
            return mapped;
        }

        /// <summary>Maps a schema to a C# type, declaring named types for objects, enums and unions.</summary>
        private Mapped Resolve(IOpenApiSchema schema, string name, string pointer, int depth, bool nameIsClaimed = false)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (depth > MaxInlineDepth)
            {
                _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, "#" + pointer, "schemas nested deeper than " + MaxInlineDepth.ToString(CultureInfo.InvariantCulture) + " levels");
                return Mapped.Of(TypeRef.Json, nullable: true);
            }

            BaseOpenApiReference? reference = SchemaFacts.ReferenceOf(schema);
            if (reference is not null)
            {
                return ResolveReference(reference, pointer);
            }

            bool nullable = SchemaFacts.AllowsNullDirectly(schema);
            List<(IOpenApiSchema Schema, string Keyword, int Index)> alternatives = SchemaFacts.Alternatives(schema, out bool hadNull);
            nullable |= hadNull;

            if (schema.AllOf is { Count: > 0 } allOf)
            {
                if (allOf.Count == 1 && !SchemaFacts.HasProperties(schema) && alternatives.Count == 0)
                {
                    Mapped single = Resolve(allOf[0], name, pointer + "/allOf/0", depth + 1, nameIsClaimed);
                    return single.OrNullable(nullable);
                }

                if (alternatives.Count > 0)
                {
                    _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, "#" + pointer, "allOf together with oneOf/anyOf (the oneOf/anyOf part is ignored)");
                }

                return DeclareObject(schema, name, pointer, nullable, nameIsClaimed);
            }

            if (alternatives.Count == 1 && !SchemaFacts.HasProperties(schema))
            {
                var (only, keyword, index) = alternatives[0];
                return Resolve(only, name, pointer + "/" + keyword + "/" + index.ToString(CultureInfo.InvariantCulture), depth + 1, nameIsClaimed).OrNullable(nullable);
            }

            if (alternatives.Count > 1)
            {
                return ResolveAlternatives(schema, alternatives, name, pointer, nullable, depth, nameIsClaimed);
            }

            if (schema.Not is not null && SchemaFacts.ValueTypesOf(schema) == 0)
            {
                _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, "#" + pointer, "'not'");
                return Mapped.Of(TypeRef.Json, nullable: true);
            }

            if (schema.Const is string constant)
            {
                return new Mapped(TypeRef.String, nullable, constant, ConstraintsOf(schema));
            }

            List<string>? enumValues = SchemaFacts.StringEnum(schema);
            if (enumValues is not null)
            {
                if (enumValues.Count == 1)
                {
                    return new Mapped(TypeRef.String, nullable, enumValues[0], ConstraintsOf(schema));
                }

                return Mapped.Of(DeclareEnum(schema, name, pointer, enumValues, isOpen: false, nameIsClaimed), nullable);
            }

            JsonSchemaType types = SchemaFacts.ValueTypesOf(schema);
            if (types != 0 && (types & (types - 1)) != 0)
            {
                return ResolveMultipleTypes(schema, types, name, pointer, nullable, depth, nameIsClaimed);
            }

            switch (types)
            {
                case JsonSchemaType.String:
                    return new Mapped(TypeRef.String, nullable, null, ConstraintsOf(schema));
                case JsonSchemaType.Integer:
                    return new Mapped(schema.Format == "int32" ? TypeRef.Int32 : TypeRef.Int64, nullable, null, ConstraintsOf(schema));
                case JsonSchemaType.Number:
                    return new Mapped(schema.Format == "float" ? TypeRef.Single : TypeRef.Double, nullable, null, ConstraintsOf(schema));
                case JsonSchemaType.Boolean:
                    return Mapped.Of(TypeRef.Boolean, nullable);
                case JsonSchemaType.Array:
                    return ResolveArray(schema, name, pointer, nullable, depth);
                case JsonSchemaType.Object:
                    return ResolveObjectLike(schema, name, pointer, nullable, depth, nameIsClaimed);
                default:
                    if (schema.Items is not null)
                    {
                        return ResolveArray(schema, name, pointer, nullable, depth);
                    }

                    if (SchemaFacts.HasProperties(schema) || schema.AdditionalProperties is not null)
                    {
                        return ResolveObjectLike(schema, name, pointer, nullable, depth, nameIsClaimed);
                    }

                    // No type at all: any JSON value.
                    return Mapped.Of(TypeRef.Json, nullable: true);
            }
        }

        private Mapped ResolveReference(BaseOpenApiReference reference, string pointer)
        {
            // SchemaKeywordCheck leaves only references to component schemas of the document; this is a safety net.
            string? id = reference.Id;
            if (reference.IsExternal || id is null || !_components.ContainsKey(id))
            {
                _diagnostics.Report(DiagnosticDescriptors.UnresolvedReference, pointer, "#" + pointer, reference.ReferenceV3 ?? id ?? "?", SchemaKeywordCheck.NotInDocument);
                return Mapped.Of(TypeRef.Json, nullable: true);
            }

            return ResolveComponent(id);
        }

        private Mapped ResolveArray(IOpenApiSchema schema, string name, string pointer, bool nullable, int depth)
        {
            TypeRef element = TypeRef.Json;
            Constraints elementConstraints = Constraints.None;
            bool elementNullable = true;
            if (schema.Items is { } items)
            {
                Mapped item = Resolve(items, name + "Item", pointer + "/items", depth + 1);
                element = item.Type;
                elementConstraints = item.Constraints;
                elementNullable = item.Nullable;
            }

            return new Mapped(TypeRef.ListOf(element, elementNullable), nullable, null, ConstraintsOf(schema) with { Element = elementConstraints.IsEmpty ? null : elementConstraints });
        }

        private Mapped ResolveObjectLike(IOpenApiSchema schema, string name, string pointer, bool nullable, int depth, bool nameIsClaimed)
        {
            if (SchemaFacts.HasProperties(schema))
            {
                return DeclareObject(schema, name, pointer, nullable, nameIsClaimed);
            }

            if (schema.AdditionalProperties is { } valueSchema)
            {
                Mapped value = Resolve(valueSchema, name + "Value", pointer + "/additionalProperties", depth + 1);
                Constraints constraints = ConstraintsOf(schema);
                if ((schema as IOpenApiSchemaMissingProperties)?.PropertyNames?.MaxLength is int keyMax)
                {
                    constraints = constraints with { KeyMaxLength = keyMax };
                }

                return new Mapped(TypeRef.MapOf(value.Type, value.Nullable), nullable, null, constraints with { Element = value.Constraints.IsEmpty ? null : value.Constraints });
            }

            // A free-form object: raw JSON that Validate() checks is an object.
            return new Mapped(TypeRef.Json, nullable, null, new Constraints(JsonKind: "Object"));
        }

        private Mapped ResolveMultipleTypes(IOpenApiSchema schema, JsonSchemaType types, string name, string pointer, bool nullable, int depth, bool nameIsClaimed)
        {
            var cases = new List<UnionCaseSpec>();
            var members = new NameScope(ReservedUnionMembers, name);
            void AddCase(string label, TypeRef type, JsonKind kind)
                => cases.Add(new UnionCaseSpec(members.Claim(label), type, kind, EquatableArray<EnumMemberSpec>.Empty, EquatableArray<CaseMatch>.Empty, EquatableArray<string>.Empty));

            if ((types & JsonSchemaType.String) != 0)
            {
                AddCase("String", TypeRef.String, JsonKind.String);
            }

            if ((types & JsonSchemaType.Integer) != 0)
            {
                AddCase("Integer", TypeRef.Int64, JsonKind.Integer);
            }

            if ((types & JsonSchemaType.Number) != 0)
            {
                AddCase("Number", TypeRef.Double, JsonKind.Number);
            }

            if ((types & JsonSchemaType.Boolean) != 0)
            {
                AddCase("Boolean", TypeRef.Boolean, JsonKind.Boolean);
            }

            if ((types & JsonSchemaType.Array) != 0)
            {
                TypeRef element = schema.Items is { } items ? Resolve(items, name + "Item", pointer + "/items", depth + 1).Type : TypeRef.Json;
                AddCase("Array", TypeRef.ListOf(element), JsonKind.Array);
            }

            if ((types & JsonSchemaType.Object) != 0)
            {
                AddCase("Object", SchemaFacts.HasProperties(schema) ? DeclareObject(schema, name + "Object", pointer, false, false).Type : TypeRef.Json, JsonKind.Object);
            }

            string unionName = nameIsClaimed ? name : ClaimInlineName(name, pointer);
            _otherTypes.Add(new UnionTypeSpec(unionName, pointer, Docs(schema), Deprecation(schema), cases.ToEquatableArray(), null));
            return Mapped.Of(TypeRef.Named(unionName, NamedKind.Union), nullable);
        }

        // ------------------------------------------------------------------ unions

        private Mapped ResolveAlternatives(IOpenApiSchema schema, List<(IOpenApiSchema Schema, string Keyword, int Index)> alternatives, string name, string pointer, bool nullable, int depth, bool nameIsClaimed)
        {
            // All string-like alternatives: an enumeration (open when a plain string is allowed).
            if (TryResolveStringAlternatives(schema, alternatives, name, pointer, nameIsClaimed, out TypeRef? stringType))
            {
                return Mapped.Of(stringType!, nullable);
            }

            var shapes = new List<AlternativeShape>();
            foreach (var (alternative, keyword, index) in alternatives)
            {
                shapes.Add(new AlternativeShape(alternative, pointer + "/" + keyword + "/" + index.ToString(CultureInfo.InvariantCulture), ObjectMembers.Collect(alternative, _components)));
            }

            DiscriminatorAnalysis.Result? discrimination = DiscriminatorAnalysis.Analyze(shapes.Where(s => s.Members is not null).Select(s => s.Members!).ToList(), schema.Discriminator, _components);
            string unionName = nameIsClaimed ? name : ClaimInlineName(name, pointer);

            // Label the alternatives: references by their type name, inline objects by their discriminator value.
            var labels = new NameScope(ReservedUnionMembers, unionName);
            var cases = new List<(Mapped Mapped, string Label, AlternativeShape Shape)>();
            int objectIndex = 0;
            foreach (AlternativeShape shape in shapes)
            {
                string label;
                BaseOpenApiReference? reference = SchemaFacts.ReferenceOf(shape.Schema);
                if (reference?.Id is string id && _componentTypeNames.TryGetValue(id, out string? componentName))
                {
                    label = componentName;
                }
                else if (shape.Members is not null && discrimination is not null && discrimination.FirstValueOf(shape.Members) is string value)
                {
                    label = Identifier.ToPascalCase(value);
                }
                else
                {
                    label = KindLabel(shape.Schema, ref objectIndex);
                }

                label = labels.Claim(label);
                Mapped mapped = Resolve(shape.Schema, unionName + label, shape.Pointer, depth + 1);
                cases.Add((mapped, label, shape));
            }

            bool allClasses = cases.All(c => c.Mapped.Type.Kind == TypeRefKind.Named && c.Mapped.Type.NamedKind == NamedKind.Object && !c.Mapped.Nullable);
            if (allClasses && discrimination is not null && discrimination.CoversAll(shapes.Count))
            {
                var polymorphicCases = new List<PolymorphicCaseSpec>();
                for (int i = 0; i < cases.Count; i++)
                {
                    string caseType = cases[i].Mapped.Type.Name!;
                    if (polymorphicCases.Any(c => c.TypeName == caseType))
                    {
                        // The same schema listed twice: its first listing already reads and writes it.
                        continue;
                    }

                    EquatableArray<CaseMatch> matches = discrimination.MatchesFor(cases[i].Shape.Members!);
                    polymorphicCases.Add(new PolymorphicCaseSpec(caseType, matches));
                    ObjectDraft draft = _objectsByName[caseType];
                    draft.Interfaces.Add(unionName);
                    RecordDiscriminators(draft, discrimination.PropertyNames, matches);
                }

                foreach (string ambiguity in discrimination.Ambiguities)
                {
                    _diagnostics.Report(DiagnosticDescriptors.AmbiguousUnion, pointer, unionName, ambiguity);
                }

                string unknownName = _typeNames.Claim("Unknown" + unionName);
                string visitorName = _typeNames.Claim(unionName + "Visitor");
                _otherTypes.Add(new PolymorphicTypeSpec(
                    unionName,
                    pointer,
                    Docs(schema),
                    Deprecation(schema),
                    polymorphicCases.ToEquatableArray(),
                    new DiscriminatorSpec(discrimination.PropertyNames.ToEquatableArray()),
                    CommonMembers(polymorphicCases.Select(c => c.TypeName).ToList()),
                    unknownName,
                    visitorName));
                return Mapped.Of(TypeRef.Named(unionName, NamedKind.Polymorphic), nullable);
            }

            return DeclareKindUnion(schema, unionName, pointer, cases, discrimination, nullable);
        }

        private Mapped DeclareKindUnion(IOpenApiSchema schema, string unionName, string pointer, List<(Mapped Mapped, string Label, AlternativeShape Shape)> cases, DiscriminatorAnalysis.Result? discrimination, bool nullable)
        {
            var specs = new List<UnionCaseSpec>();
            var kindsSeen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (mapped, label, shape) in cases)
            {
                JsonKind kind = KindOf(mapped.Type, shape.Schema);
                var values = EquatableArray<EnumMemberSpec>.Empty;
                if (mapped.Constant is string constant)
                {
                    values = new[] { new EnumMemberSpec(label, constant) }.ToEquatableArray();
                }
                else if (mapped.Type.Kind == TypeRefKind.Named && mapped.Type.NamedKind == NamedKind.Enum && _enumsByName.TryGetValue(mapped.Type.Name!, out EnumTypeSpec? enumSpec))
                {
                    values = enumSpec.Members;
                }

                EquatableArray<CaseMatch> matches = kind == JsonKind.Object && shape.Members is not null && discrimination is not null
                    ? discrimination.MatchesFor(shape.Members)
                    : EquatableArray<CaseMatch>.Empty;
                EquatableArray<string> required = shape.Members?.Required.OrderBy(r => r, StringComparer.Ordinal).ToEquatableArray() ?? EquatableArray<string>.Empty;

                // Arrays are told apart by the kind of their items, objects by discriminators or required members.
                string kindKey = kind == JsonKind.Array ? "array of " + ElementKindKey(mapped.Type) : kind.ToString();
                if (mapped.Constant is null && kind is not JsonKind.Object && kindsSeen.TryGetValue(kindKey, out string? earlier))
                {
                    _diagnostics.Report(DiagnosticDescriptors.AmbiguousUnion, pointer, unionName, "'" + label + "' and '" + earlier + "' both take a JSON " + kindKey.ToLowerInvariant() + "; such values are read as '" + earlier + "'");
                }
                else if (!kindsSeen.ContainsKey(kindKey))
                {
                    kindsSeen[kindKey] = label;
                }

                if (kind == JsonKind.Object && discrimination is not null && mapped.Type.Kind == TypeRefKind.Named && _objectsByName.TryGetValue(mapped.Type.Name!, out ObjectDraft? draft))
                {
                    RecordDiscriminators(draft, discrimination.PropertyNames, matches);
                }

                specs.Add(new UnionCaseSpec(label, mapped.Type, kind, values, matches, required));
            }

            DiscriminatorSpec? discriminator = discrimination is null ? null : new DiscriminatorSpec(discrimination.PropertyNames.ToEquatableArray());
            _otherTypes.Add(new UnionTypeSpec(unionName, pointer, Docs(schema), Deprecation(schema), specs.ToEquatableArray(), discriminator));
            return Mapped.Of(TypeRef.Named(unionName, NamedKind.Union), nullable);
        }

        /// <summary>
        /// Remembers which members of a case class discriminate it, and the value each must carry (the first value that
        /// selects the case), so a case created in code reads back as itself.
        /// </summary>
        private static void RecordDiscriminators(ObjectDraft draft, List<string> propertyNames, EquatableArray<CaseMatch> matches)
        {
            for (int p = 0; p < propertyNames.Count; p++)
            {
                draft.DiscriminatorProperties.Add(propertyNames[p]);
                string? value = matches.Count > 0 && p < matches[0].Values.Count ? matches[0].Values[p] : null;
                if (value is not null && !draft.DiscriminatorValues.ContainsKey(propertyNames[p]))
                {
                    draft.DiscriminatorValues[propertyNames[p]] = value;
                }
            }
        }

        private bool TryResolveStringAlternatives(IOpenApiSchema schema, List<(IOpenApiSchema Schema, string Keyword, int Index)> alternatives, string name, string pointer, bool nameIsClaimed, out TypeRef? type)
        {
            type = null;
            bool open = false;
            var values = new List<string>();
            foreach (var (alternative, _, _) in alternatives)
            {
                IOpenApiSchema target = alternative;
                BaseOpenApiReference? reference = SchemaFacts.ReferenceOf(alternative);
                if (reference is not null)
                {
                    if (reference.Id is not string id || !_components.TryGetValue(id, out IOpenApiSchema? component))
                    {
                        return false;
                    }

                    Mapped resolved = ResolveComponent(id);
                    if (resolved.Type.Kind == TypeRefKind.Named && resolved.Type.NamedKind == NamedKind.Enum && _enumsByName.TryGetValue(resolved.Type.Name!, out EnumTypeSpec? referenced))
                    {
                        open |= referenced.IsOpen;
                        values.AddRange(referenced.Members.Select(m => m.Value));
                        continue;
                    }

                    if (resolved.Type.Kind != TypeRefKind.String)
                    {
                        return false;
                    }

                    target = component;
                }

                if (SchemaFacts.Alternatives(target, out _).Count > 0 || target.AllOf is { Count: > 0 })
                {
                    return false;
                }

                if (target.Const is string constant)
                {
                    values.Add(constant);
                    continue;
                }

                List<string>? enumValues = SchemaFacts.StringEnum(target);
                if (enumValues is not null)
                {
                    values.AddRange(enumValues);
                    continue;
                }

                if (SchemaFacts.ValueTypesOf(target) == JsonSchemaType.String)
                {
                    open = true;
                    continue;
                }

                return false;
            }

            List<string> distinct = values.Distinct(StringComparer.Ordinal).ToList();
            type = distinct.Count == 0 ? TypeRef.String : DeclareEnum(schema, name, pointer, distinct, open, nameIsClaimed);
            return true;
        }

        private static string KindLabel(IOpenApiSchema schema, ref int objectIndex)
        {
            JsonSchemaType types = SchemaFacts.ValueTypesOf(schema);
            if (types == JsonSchemaType.String || SchemaFacts.StringEnum(schema) is not null)
            {
                return SchemaFacts.StringConstant(schema) is string constant ? Identifier.ToPascalCase(constant) : "String";
            }

            switch (types)
            {
                case JsonSchemaType.Integer:
                    return "Integer";
                case JsonSchemaType.Number:
                    return "Number";
                case JsonSchemaType.Boolean:
                    return "Boolean";
                case JsonSchemaType.Array:
                    return ArrayLabel(schema.Items, 0);
                default:
                    objectIndex++;
                    return "Object";
            }
        }

        private static string ElementKindKey(TypeRef list)
        {
            if (list.Kind != TypeRefKind.List || list.Element is not TypeRef element)
            {
                return "anything";
            }

            return element.Kind switch
            {
                TypeRefKind.String => "strings",
                TypeRefKind.Boolean => "booleans",
                TypeRefKind.Int32 or TypeRefKind.Int64 or TypeRefKind.Double or TypeRefKind.Single => "numbers",
                TypeRefKind.List => "arrays",
                TypeRefKind.Named when element.NamedKind == NamedKind.Enum => "strings",
                TypeRefKind.Named when element.NamedKind == NamedKind.List => "arrays",
                TypeRefKind.Json => "anything",
                _ => "objects",
            };
        }

        /// <summary>A union case label for an array after its items: <c>StringArray</c>, <c>IntegerArrayArray</c>, <c>PetArray</c>.</summary>
        private static string ArrayLabel(IOpenApiSchema? items, int depth)
        {
            if (items is null || depth > 8)
            {
                return "Array";
            }

            if (SchemaFacts.ReferenceOf(items)?.Id is string id)
            {
                return Identifier.ToPascalCase(id) + "Array";
            }

            if (SchemaFacts.StringEnum(items) is not null)
            {
                return "StringArray";
            }

            return SchemaFacts.ValueTypesOf(items) switch
            {
                JsonSchemaType.String => "StringArray",
                JsonSchemaType.Integer => "IntegerArray",
                JsonSchemaType.Number => "NumberArray",
                JsonSchemaType.Boolean => "BooleanArray",
                JsonSchemaType.Object => "ObjectArray",
                JsonSchemaType.Array => ArrayLabel(items.Items, depth + 1) + "Array",
                _ => "Array",
            };
        }

        private static JsonKind KindOf(TypeRef type, IOpenApiSchema schema)
        {
            switch (type.Kind)
            {
                case TypeRefKind.String:
                    return JsonKind.String;
                case TypeRefKind.Boolean:
                    return JsonKind.Boolean;
                case TypeRefKind.Int32:
                case TypeRefKind.Int64:
                    return JsonKind.Integer;
                case TypeRefKind.Double:
                case TypeRefKind.Single:
                    return JsonKind.Number;
                case TypeRefKind.List:
                    return JsonKind.Array;
                case TypeRefKind.Map:
                    return JsonKind.Object;
                case TypeRefKind.Named:
                    return type.NamedKind switch
                    {
                        NamedKind.Enum => JsonKind.String,
                        NamedKind.List => JsonKind.Array,
                        _ => JsonKind.Object,
                    };
                default:
                    JsonSchemaType types = SchemaFacts.ValueTypesOf(schema);
                    return types == JsonSchemaType.Array ? JsonKind.Array : JsonKind.Object;
            }
        }

        private EquatableArray<CommonMemberSpec> CommonMembers(List<string> caseTypeNames)
        {
            List<CommonMemberSpec>? common = null;
            foreach (string typeName in caseTypeNames)
            {
                ObjectDraft draft = _objectsByName[typeName];
                var members = draft.MemberPreviews;
                if (members is null)
                {
                    return EquatableArray<CommonMemberSpec>.Empty;
                }

                var candidates = members.Where(m => m.IsString).Select(m => new CommonMemberSpec(m.Name, m.JsonName)).ToList();
                common = common is null ? candidates : common.Where(candidates.Contains).ToList();
            }

            return (common ?? new List<CommonMemberSpec>()).ToEquatableArray();
        }

        /// <summary>
        /// Keeps only the common members that every case really types as a string: the previews the interface was built
        /// from look at member schemas before they are resolved.
        /// </summary>
        private PolymorphicTypeSpec WithCheckedCommonMembers(PolymorphicTypeSpec union)
        {
            var kept = union.CommonMembers
                .Where(member => union.Cases.All(c => _objectsByName[c.TypeName].Properties.Any(p => p.Name == member.Name && p.Mapped.Type.Kind == TypeRefKind.String)))
                .ToEquatableArray();
            return kept.Count == union.CommonMembers.Count ? union : union with { CommonMembers = kept };
        }

        // ------------------------------------------------------------------ enums and objects

        private TypeRef DeclareEnum(IOpenApiSchema schema, string name, string pointer, List<string> values, bool isOpen, bool nameIsClaimed)
        {
            string typeName = nameIsClaimed ? name : ClaimInlineName(name, pointer);
            var scope = new NameScope(ReservedEnumMembers, typeName);
            var members = new List<EnumMemberSpec>();
            foreach (string value in values.Distinct(StringComparer.Ordinal))
            {
                members.Add(new EnumMemberSpec(scope.Claim(Identifier.ToPascalCase(value)), value));
            }

            var spec = new EnumTypeSpec(typeName, pointer, Docs(schema), Deprecation(schema), members.ToEquatableArray(), isOpen);
            _otherTypes.Add(spec);
            _enumsByName[typeName] = spec;
            return TypeRef.Named(typeName, NamedKind.Enum, isClosedEnum: !isOpen);
        }

        private Mapped DeclareObject(IOpenApiSchema schema, string name, string pointer, bool nullable, bool nameIsClaimed)
        {
            // An inline schema met again inside a type it declared (an inline member whose allOf includes the object it
            // sits in) is that type: a recursive reference, not a new type each level down.
            for (ObjectDraft? owner = _buildingDraft; owner is not null; owner = owner.DeclaredBy)
            {
                if (owner.Pointer == pointer && !nameIsClaimed)
                {
                    return Mapped.Of(TypeRef.Named(owner.Name, NamedKind.Object), nullable);
                }
            }

            string typeName = nameIsClaimed ? name : ClaimInlineName(name, pointer);
            var draft = new ObjectDraft(typeName, pointer, schema, Docs(schema), Deprecation(schema)) { DeclaredBy = nameIsClaimed ? null : _buildingDraft };
            draft.Members = ObjectMembers.Collect(schema, _components, pointer);
            draft.MemberPreviews = PreviewMembers(draft.Members, typeName);
            _objects.Add(draft);
            _objectsByName[typeName] = draft;
            _pendingObjects.Enqueue(draft);
            return Mapped.Of(TypeRef.Named(typeName, NamedKind.Object), nullable);
        }

        /// <summary>The member names and whether each is a plain string (for interface members), before the body is built.</summary>
        private static List<MemberPreview>? PreviewMembers(ObjectMembers? members, string typeName)
        {
            if (members is null)
            {
                return null;
            }

            var scope = new NameScope(ReservedObjectMembers, typeName);
            var result = new List<MemberPreview>();
            foreach (var (jsonName, memberSchema) in members.Properties)
            {
                string memberName = scope.Claim(WantedMemberName(jsonName, typeName));
                bool isString = SchemaFacts.ReferenceOf(memberSchema) is null
                    && memberSchema.AllOf is not { Count: > 0 }
                    && SchemaFacts.Alternatives(memberSchema, out _).Count == 0
                    && SchemaFacts.ValueTypesOf(memberSchema) == JsonSchemaType.String
                    && (SchemaFacts.StringEnum(memberSchema) is null || SchemaFacts.StringEnum(memberSchema)!.Count == 1);
                result.Add(new MemberPreview(memberName, jsonName, isString));
            }

            return result;
        }

        private void BuildObjectBody(ObjectDraft draft)
        {
            _buildingDraft = draft;
            ObjectMembers members = draft.Members ?? new ObjectMembers();
            var scope = new NameScope(ReservedObjectMembers, draft.Name);
            foreach (var (jsonName, memberSchema, memberPointer) in members.PropertiesWithPointers)
            {
                string wanted = WantedMemberName(jsonName, draft.Name);
                string memberName = scope.Claim(wanted);
                if (memberName != wanted)
                {
                    _diagnostics.Report(DiagnosticDescriptors.NameCollision, memberPointer, "#" + memberPointer, wanted, memberName);
                }

                Mapped mapped = Resolve(memberSchema, draft.Name + Identifier.ToPascalCase(jsonName), memberPointer, 1);
                bool required = members.Required.Contains(jsonName);
                bool readOnly = memberSchema.ReadOnly;
                bool serverOnly = readOnly || ServerOnlyPatterns.Matches(_settings.ServerOnlyProperties, draft.SchemaNameForPatterns, jsonName);
                string? deprecation = Deprecation(memberSchema);
                DefaultValueSpec? defaultValue = DefaultOf(memberSchema, mapped.Type);
                Constraints constraints = mapped.Constraints;
                bool isBase64 = mapped.Type.Kind == TypeRefKind.String
                    && (memberSchema.Format == "byte" || string.Equals((memberSchema as IOpenApiSchemaMissingProperties)?.ContentEncoding, "base64", StringComparison.OrdinalIgnoreCase));
                draft.Properties.Add(new PropertyDraft(jsonName, memberName, mapped, required, serverOnly, readOnly, deprecation, Docs(memberSchema), defaultValue, constraints, isBase64));
            }

            _buildingDraft = null;
        }

        /// <summary>
        /// The C# name a member wants: its PascalCase JSON name, with <c>Value</c> added when that is the name of the type
        /// itself (C# forbids a member named like its type) or one of the generated members.
        /// </summary>
        private static string WantedMemberName(string jsonName, string typeName)
        {
            string name = Identifier.ToPascalCase(jsonName);
            return name == typeName || ReservedObjectMembers.Names.Contains(name) ? name + "Value" : name;
        }

        private DefaultValueSpec? DefaultOf(IOpenApiSchema schema, TypeRef type)
        {
            string? json = SchemaFacts.DefaultJson(schema);
            if (json is null)
            {
                return null;
            }

            return DefaultValues.Create(json, schema.Default, type, _enumsByName);
        }

        /// <summary>Claims a name for an inline schema (component schemas claim theirs up front).</summary>
        private string ClaimInlineName(string wanted, string pointer)
        {
            string name = _typeNames.Claim(wanted);
            if (name != wanted)
            {
                _diagnostics.Report(DiagnosticDescriptors.NameCollision, pointer, "#" + pointer, wanted, name);
            }

            return name;
        }

        private static DocComment Docs(IOpenApiSchema schema)
        {
            // A $ref without a description of its own is documented by the schema it points to.
            string? description = schema.Description;
            if (string.IsNullOrWhiteSpace(description) && schema is OpenApiSchemaReference reference)
            {
                description = reference.Target?.Description;
            }

            return string.IsNullOrWhiteSpace(description) ? DocComment.None : new DocComment(description!.Trim());
        }

        private static string? Deprecation(IOpenApiSchema schema)
        {
            if (!schema.Deprecated)
            {
                return null;
            }

            string? description = schema.Description?.Trim();
            return string.IsNullOrEmpty(description) ? "Deprecated by the OpenAPI spec." : "Deprecated by the OpenAPI spec: " + description;
        }

        private static Constraints ConstraintsOf(IOpenApiSchema schema)
        {
            string? minimum = schema.Minimum;
            string? maximum = schema.Maximum;
            bool exclusiveMinimum = false;
            bool exclusiveMaximum = false;

            // OpenAPI 3.1 states exclusive bounds as numbers; 3.0 as booleans next to minimum/maximum.
            if (schema.ExclusiveMinimum is string exMin)
            {
                if (SchemaFacts.TryParseNumber(exMin, out _))
                {
                    minimum = exMin;
                    exclusiveMinimum = true;
                }
                else if (string.Equals(exMin, "true", StringComparison.OrdinalIgnoreCase))
                {
                    exclusiveMinimum = true;
                }
            }

            if (schema.ExclusiveMaximum is string exMax)
            {
                if (SchemaFacts.TryParseNumber(exMax, out _))
                {
                    maximum = exMax;
                    exclusiveMaximum = true;
                }
                else if (string.Equals(exMax, "true", StringComparison.OrdinalIgnoreCase))
                {
                    exclusiveMaximum = true;
                }
            }

            var constraints = new Constraints(
                Minimum: SchemaFacts.TryParseNumber(minimum, out _) ? minimum : null,
                Maximum: SchemaFacts.TryParseNumber(maximum, out _) ? maximum : null,
                ExclusiveMinimum: exclusiveMinimum,
                ExclusiveMaximum: exclusiveMaximum,
                MinLength: schema.MinLength,
                MaxLength: schema.MaxLength,
                Pattern: string.IsNullOrEmpty(schema.Pattern) ? null : schema.Pattern,
                MinItems: schema.MinItems ?? schema.MinProperties,
                MaxItems: schema.MaxItems ?? schema.MaxProperties);
            return constraints == Constraints.None ? Constraints.None : constraints;
        }

        // ------------------------------------------------------------------ working types

        /// <summary>The outcome of mapping one schema.</summary>
        private readonly struct Mapped
        {
            public Mapped(TypeRef type, bool nullable, string? constant, Constraints constraints)
            {
                Type = type;
                Nullable = nullable;
                Constant = constant;
                Constraints = constraints;
            }

            public TypeRef Type { get; init; }

            public bool Nullable { get; }

            public string? Constant { get; }

            public Constraints Constraints { get; init; }

            public static Mapped Of(TypeRef type, bool nullable) => new Mapped(type, nullable, null, Constraints.None);

            public Mapped OrNullable(bool nullable) => nullable && !Nullable ? new Mapped(Type, true, Constant, Constraints) : this;
        }

        private sealed class AlternativeShape
        {
            public AlternativeShape(IOpenApiSchema schema, string pointer, ObjectMembers? members)
            {
                Schema = schema;
                Pointer = pointer;
                Members = members;
            }

            public IOpenApiSchema Schema { get; }

            public string Pointer { get; }

            public ObjectMembers? Members { get; }
        }

        private readonly struct MemberPreview
        {
            public MemberPreview(string name, string jsonName, bool isString)
            {
                Name = name;
                JsonName = jsonName;
                IsString = isString;
            }

            public string Name { get; }

            public string JsonName { get; }

            public bool IsString { get; }
        }

        private sealed class PropertyDraft
        {
            public PropertyDraft(string jsonName, string name, Mapped mapped, bool required, bool serverOnly, bool readOnly, string? deprecation, DocComment docs, DefaultValueSpec? defaultValue, Constraints constraints, bool isBase64)
            {
                IsBase64 = isBase64;
                JsonName = jsonName;
                Name = name;
                Mapped = mapped;
                Required = required;
                ServerOnly = serverOnly;
                ReadOnly = readOnly;
                Deprecation = deprecation;
                Docs = docs;
                Default = defaultValue;
                Constraints = constraints;
            }

            public string JsonName { get; }

            public string Name { get; }

            public Mapped Mapped { get; }

            public bool Required { get; }

            public bool ServerOnly { get; }

            public bool ReadOnly { get; }

            public string? Deprecation { get; }

            public DocComment Docs { get; }

            public DefaultValueSpec? Default { get; }

            public Constraints Constraints { get; }

            public bool IsBase64 { get; }
        }

        private sealed class ObjectDraft
        {
            public ObjectDraft(string name, string pointer, IOpenApiSchema schema, DocComment docs, string? deprecation)
            {
                Name = name;
                Pointer = pointer;
                Schema = schema;
                Docs = docs;
                Deprecation = deprecation;
            }

            public string Name { get; }

            public string Pointer { get; }

            /// <summary>The object whose member declared this inline object (null for component schemas and roots).</summary>
            public ObjectDraft? DeclaredBy { get; set; }

            public IOpenApiSchema Schema { get; }

            public DocComment Docs { get; }

            public string? Deprecation { get; }

            public List<PropertyDraft> Properties { get; } = new List<PropertyDraft>();

            public SortedSet<string> Interfaces { get; } = new SortedSet<string>(StringComparer.Ordinal);

            public HashSet<string> DiscriminatorProperties { get; } = new HashSet<string>(StringComparer.Ordinal);

            public Dictionary<string, string> DiscriminatorValues { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

            /// <summary>The members of <see cref="Schema"/> (null when it has none), collected once when the object is declared.</summary>
            public ObjectMembers? Members { get; set; }

            /// <summary>The C# names <see cref="Members"/> will get and which are plain strings, known before the body is built.</summary>
            public List<MemberPreview>? MemberPreviews { get; set; }

            /// <summary>The schema name used by server-only patterns: the component name, or the C# name for inline schemas.</summary>
            public string SchemaNameForPatterns => Name;

            private static bool IsStringLike(TypeRef type) => type.Kind == TypeRefKind.String || (type.Kind == TypeRefKind.Named && type.NamedKind == NamedKind.Enum);

            public ObjectTypeSpec ToSpec()
            {
                var properties = new List<PropertySpec>();
                foreach (PropertyDraft p in Properties)
                {
                    string? constant = p.Mapped.Type.Kind == TypeRefKind.String ? p.Mapped.Constant : null;
                    string? initial = constant is not null && (p.Required || DiscriminatorProperties.Contains(p.JsonName))
                        ? constant
                        : DiscriminatorValues.TryGetValue(p.JsonName, out string? mapped) && IsStringLike(p.Mapped.Type) ? mapped : null;
                    properties.Add(new PropertySpec(
                        p.JsonName,
                        p.Name,
                        p.Mapped.Type,
                        p.Required,
                        p.Mapped.Nullable,
                        p.ServerOnly,
                        p.ReadOnly,
                        p.Deprecation,
                        p.Docs,
                        p.Default,
                        constant,
                        initial,
                        p.Constraints,
                        p.IsBase64));
                }

                return new ObjectTypeSpec(Name, Pointer, Docs, Deprecation, properties.ToEquatableArray(), Interfaces.ToEquatableArray());
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using OpenAI.Realtime.Gen.Diagnostics;
using OpenAI.Realtime.Gen.Reading;

namespace OpenAI.Realtime.Gen.Loading
{
    /// <summary>
    /// Checks the kept schemas before Microsoft.OpenApi reads them: every keyword must hold the kind of value the OpenAPI
    /// version allows (a boolean for <c>nullable</c>, a non-negative integer for <c>maxLength</c>, a schema for
    /// <c>items</c>, ...), and every <c>$ref</c> must name a component schema of the document. A keyword that breaks
    /// this is reported at its place in the file and removed, so the schema is read without it (Microsoft.OpenApi
    /// throws on such values instead of reporting them). OpenAPI 3.1 boolean schemas become their object forms.
    /// </summary>
    internal static class SchemaKeywordCheck
    {
        /// <summary>The reason given for a <c>$ref</c> to a schema the document does not have.</summary>
        public const string NotInDocument = "is not a component schema of this document";

        private const string SchemasPointer = "/components/schemas";

        private static readonly HashSet<string> BooleanKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "nullable", "readOnly", "writeOnly", "deprecated", "uniqueItems",
        };

        private static readonly HashSet<string> NumberKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "minimum", "maximum", "multipleOf",
        };

        private static readonly HashSet<string> CountKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "minContains", "maxContains",
        };

        private static readonly HashSet<string> StringKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "format", "pattern", "title", "description", "$id", "$schema", "$anchor", "$comment", "$dynamicRef", "$dynamicAnchor",
            "contentEncoding", "contentMediaType",
        };

        private static readonly HashSet<string> SchemaKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "items", "not", "if", "then", "else", "contains", "propertyNames", "contentSchema",
            "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "additionalItems",
        };

        private static readonly HashSet<string> SchemaListKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "allOf", "anyOf", "oneOf", "prefixItems",
        };

        private static readonly HashSet<string> SchemaMapKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "properties", "patternProperties", "dependentSchemas", "$defs", "definitions",
        };

        private static readonly HashSet<string> TypeNames30 = new HashSet<string>(StringComparer.Ordinal)
        {
            "boolean", "object", "array", "number", "string", "integer",
        };

        private static readonly HashSet<string> TypeNames31 = new HashSet<string>(TypeNames30, StringComparer.Ordinal) { "null" };

        /// <summary>Checks and repairs the schemas of <paramref name="document"/> (a pruned document) in place.</summary>
        public static void Run(JsonObject document, bool isOpenApi30, SourceMap? map, DiagnosticSink diagnostics, CancellationToken cancellationToken)
        {
            if (!((document["components"] as JsonObject)?["schemas"] is JsonObject schemas))
            {
                return;
            }

            var walk = new Walk(schemas, isOpenApi30, map, diagnostics);
            var names = new List<string>();
            foreach (KeyValuePair<string, JsonNode?> member in schemas)
            {
                names.Add(member.Key);
            }

            foreach (string name in names)
            {
                JsonObject? schema = walk.AsSchema(schemas, name, SchemasPointer + "/" + Pointer.Escape(name));
                if (schema is not null)
                {
                    walk.Pending.Push((schema, SchemasPointer + "/" + Pointer.Escape(name)));
                }
            }

            int visited = 0;
            while (walk.Pending.Count > 0)
            {
                if ((++visited & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var (schema, pointer) = walk.Pending.Pop();
                walk.CheckSchema(schema, pointer);
            }
        }

        private sealed class Walk
        {
            private readonly JsonObject _schemas;
            private readonly bool _isOpenApi30;
            private readonly SourceMap? _map;
            private readonly DiagnosticSink _diagnostics;

            public Walk(JsonObject schemas, bool isOpenApi30, SourceMap? map, DiagnosticSink diagnostics)
            {
                _schemas = schemas;
                _isOpenApi30 = isOpenApi30;
                _map = map;
                _diagnostics = diagnostics;
            }

            public Stack<(JsonObject Schema, string Pointer)> Pending { get; } = new Stack<(JsonObject, string)>();

            public void CheckSchema(JsonObject schema, string pointer)
            {
                var keywords = new List<string>(schema.Count);
                foreach (KeyValuePair<string, JsonNode?> member in schema)
                {
                    keywords.Add(member.Key);
                }

                foreach (string keyword in keywords)
                {
                    string at = pointer + "/" + Pointer.Escape(keyword);
                    JsonNode? value = schema[keyword];
                    if (keyword.StartsWith("x-", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if (keyword == "$ref")
                    {
                        CheckReference(schema, value, pointer);
                    }
                    else if (keyword == "type")
                    {
                        CheckType(schema, value, at);
                    }
                    else if (BooleanKeywords.Contains(keyword) || (_isOpenApi30 && keyword is "exclusiveMinimum" or "exclusiveMaximum"))
                    {
                        Expect(schema, keyword, at, IsKind(value, JsonValueKind.True) || IsKind(value, JsonValueKind.False), "a boolean");
                    }
                    else if (NumberKeywords.Contains(keyword) || keyword is "exclusiveMinimum" or "exclusiveMaximum")
                    {
                        // A number too large for a double (1e400) is read as text: say so rather than "not a number".
                        bool outOfRange = IsKind(value, JsonValueKind.String) && double.TryParse(value!.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed)
                            && (double.IsInfinity(parsed) || double.IsNaN(parsed));
                        Expect(schema, keyword, at, IsKind(value, JsonValueKind.Number), "a number", outOfRange ? "'" + keyword + "' is " + value!.GetValue<string>() + ", beyond the range of a double" : null);
                    }
                    else if (CountKeywords.Contains(keyword))
                    {
                        Expect(schema, keyword, at, IsCount(value), "a whole number from 0 to " + int.MaxValue.ToString(CultureInfo.InvariantCulture));
                    }
                    else if (StringKeywords.Contains(keyword))
                    {
                        Expect(schema, keyword, at, IsKind(value, JsonValueKind.String), "a string");
                    }
                    else if (keyword == "required")
                    {
                        CheckStringList(schema, keyword, value, at);
                    }
                    else if (keyword == "enum")
                    {
                        Expect(schema, keyword, at, value is JsonArray, "a list");
                    }
                    else if (keyword == "discriminator")
                    {
                        CheckDiscriminator(schema, value, at);
                    }
                    else if (keyword is "xml" or "externalDocs")
                    {
                        Expect(schema, keyword, at, value is JsonObject, "a mapping");
                    }
                    else if (SchemaKeywords.Contains(keyword))
                    {
                        CheckSubschema(schema, keyword, value, at);
                    }
                    else if (SchemaListKeywords.Contains(keyword))
                    {
                        CheckSchemaList(schema, keyword, value, at);
                    }
                    else if (SchemaMapKeywords.Contains(keyword))
                    {
                        CheckSchemaMap(schema, keyword, value, at);
                    }
                }
            }

            /// <summary>
            /// The schema at <paramref name="name"/> of <paramref name="container"/>: a mapping as it is, an OpenAPI 3.1
            /// boolean schema replaced by its object form, anything else reported and replaced by an empty schema (any
            /// JSON value). Null when there is nothing below it to check.
            /// </summary>
            public JsonObject? AsSchema(JsonObject container, string name, string pointer)
            {
                JsonNode? node = container[name];
                if (node is JsonObject schema)
                {
                    return schema;
                }

                JsonObject replacement = Replacement(node, pointer, allowBoolean: !_isOpenApi30);
                container[name] = replacement;
                return null;
            }

            private JsonObject Replacement(JsonNode? node, string pointer, bool allowBoolean)
            {
                bool isBoolean = IsKind(node, JsonValueKind.True) || IsKind(node, JsonValueKind.False);
                if (!(isBoolean && allowBoolean))
                {
                    _diagnostics.Report(DiagnosticDescriptors.SpecValidation, pointer, "#" + pointer, "a schema must be a mapping" + (allowBoolean ? " or a boolean" : string.Empty) + ", not " + Describe(node) + "; it is read as any JSON value");
                }

                // OpenAPI 3.1: 'false' allows nothing, 'true' (and anything reported above) allows everything.
                var replacement = isBoolean && allowBoolean && IsKind(node, JsonValueKind.False)
                    ? new JsonObject { ["not"] = new JsonObject() }
                    : new JsonObject();
                if (node is not null)
                {
                    _map?.CopyEntry(node, replacement);
                }

                return replacement;
            }

            private void CheckSubschema(JsonObject schema, string keyword, JsonNode? value, string at)
            {
                // additionalProperties (and its relatives) may be a boolean in every version.
                if (keyword is "additionalProperties" or "unevaluatedProperties" or "unevaluatedItems" or "additionalItems"
                    && (IsKind(value, JsonValueKind.True) || IsKind(value, JsonValueKind.False)))
                {
                    return;
                }

                if (keyword == "items" && value is JsonArray)
                {
                    Remove(schema, keyword, at, "'items' must be one schema (a list of item schemas is 'prefixItems' in OpenAPI 3.1); it is ignored");
                    return;
                }

                JsonObject? child = AsSchema(schema, keyword, at);
                if (child is not null)
                {
                    Pending.Push((child, at));
                }
            }

            private void CheckSchemaList(JsonObject schema, string keyword, JsonNode? value, string at)
            {
                if (value is not JsonArray list)
                {
                    Remove(schema, keyword, at, "'" + keyword + "' must be a list of schemas, not " + Describe(value) + "; it is ignored");
                    return;
                }

                for (int i = 0; i < list.Count; i++)
                {
                    string itemPointer = at + "/" + i.ToString(CultureInfo.InvariantCulture);
                    if (list[i] is JsonObject item)
                    {
                        Pending.Push((item, itemPointer));
                    }
                    else
                    {
                        JsonNode? original = list[i];
                        list[i] = Replacement(original, itemPointer, allowBoolean: !_isOpenApi30);
                    }
                }
            }

            private void CheckSchemaMap(JsonObject schema, string keyword, JsonNode? value, string at)
            {
                if (value is not JsonObject map)
                {
                    Remove(schema, keyword, at, "'" + keyword + "' must be a mapping of names to schemas, not " + Describe(value) + "; it is ignored");
                    return;
                }

                var names = new List<string>(map.Count);
                foreach (KeyValuePair<string, JsonNode?> member in map)
                {
                    names.Add(member.Key);
                }

                foreach (string name in names)
                {
                    string memberPointer = at + "/" + Pointer.Escape(name);
                    JsonObject? child = AsSchema(map, name, memberPointer);
                    if (child is not null)
                    {
                        Pending.Push((child, memberPointer));
                    }
                }
            }

            private void CheckType(JsonObject schema, JsonNode? value, string at)
            {
                HashSet<string> known = _isOpenApi30 ? TypeNames30 : TypeNames31;
                string allowed = _isOpenApi30 ? "one of the type names" : "a type name or a list of type names";
                if (value is JsonValue && IsKind(value, JsonValueKind.String))
                {
                    string name = value.GetValue<string>();
                    Expect(schema, "type", at, known.Contains(name), allowed, "'" + name + "' is not " + (_isOpenApi30 ? "an OpenAPI 3.0" : "a JSON Schema") + " type");
                    return;
                }

                if (value is JsonArray list && !_isOpenApi30 && list.Count > 0)
                {
                    foreach (JsonNode? item in list)
                    {
                        if (!(IsKind(item, JsonValueKind.String) && known.Contains(item!.GetValue<string>())))
                        {
                            Remove(schema, "type", at, "the list holds " + Describe(item) + ", which is not a JSON Schema type; 'type' is ignored");
                            return;
                        }
                    }

                    return;
                }

                Remove(schema, "type", at, "'type' must be " + allowed + ", not " + Describe(value) + "; it is ignored");
            }

            private void CheckStringList(JsonObject schema, string keyword, JsonNode? value, string at)
            {
                if (value is not JsonArray list)
                {
                    Remove(schema, keyword, at, "'" + keyword + "' must be a list of names, not " + Describe(value) + "; it is ignored");
                    return;
                }

                for (int i = list.Count - 1; i >= 0; i--)
                {
                    if (!IsKind(list[i], JsonValueKind.String))
                    {
                        string itemPointer = at + "/" + i.ToString(CultureInfo.InvariantCulture);
                        _diagnostics.Report(DiagnosticDescriptors.SpecValidation, itemPointer, "#" + itemPointer, "'" + keyword + "' lists " + Describe(list[i]) + ", which is not a name; it is ignored");
                        list.RemoveAt(i);
                    }
                }
            }

            private void CheckDiscriminator(JsonObject schema, JsonNode? value, string at)
            {
                if (value is not JsonObject discriminator)
                {
                    Remove(schema, "discriminator", at, "'discriminator' must be a mapping, not " + Describe(value) + "; it is ignored");
                    return;
                }

                if (!IsKind(discriminator["propertyName"], JsonValueKind.String) || discriminator["propertyName"]!.GetValue<string>().Length == 0)
                {
                    Remove(schema, "discriminator", at, "'discriminator' needs a 'propertyName' that is a non-empty string; it is ignored");
                    return;
                }

                if (discriminator.TryGetPropertyValue("mapping", out JsonNode? mapping))
                {
                    string mappingPointer = at + "/mapping";
                    if (mapping is not JsonObject entries)
                    {
                        Remove(discriminator, "mapping", mappingPointer, "'mapping' must be a mapping of values to schema references, not " + Describe(mapping) + "; it is ignored");
                        return;
                    }

                    var values = new List<string>();
                    foreach (KeyValuePair<string, JsonNode?> entry in entries)
                    {
                        values.Add(entry.Key);
                    }

                    foreach (string entry in values)
                    {
                        JsonNode? target = entries[entry];
                        string entryPointer = mappingPointer + "/" + Pointer.Escape(entry);
                        if (!IsKind(target, JsonValueKind.String))
                        {
                            Remove(entries, entry, entryPointer, "a discriminator mapping must name a schema, not " + Describe(target) + "; the entry is ignored");
                        }
                        else if (!IsFollowableReference(target!.GetValue<string>()) && !_schemas.ContainsKey(target.GetValue<string>()))
                        {
                            Remove(entries, entry, entryPointer, "'" + target.GetValue<string>() + "' is not a component schema of this document; the entry is ignored");
                        }
                    }
                }

                foreach (KeyValuePair<string, JsonNode?> member in discriminator)
                {
                    if (member.Key is not "propertyName" and not "mapping" && !member.Key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        string memberPointer = at + "/" + Pointer.Escape(member.Key);
                        _diagnostics.Report(DiagnosticDescriptors.SpecValidation, memberPointer, "#" + memberPointer, "'" + member.Key + "' is not a field of a discriminator; it is ignored");
                    }
                }
            }

            /// <summary>
            /// Keeps a <c>$ref</c> only when it names a component schema of this document (<c>#/components/schemas/{name}</c>);
            /// any other is reported (external: OAIGEN007; elsewhere or missing: OAIGEN006) and removed, so the schema
            /// is typed as raw JSON.
            /// </summary>
            private void CheckReference(JsonObject schema, JsonNode? value, string pointer)
            {
                string at = pointer + "/$ref";
                if (!IsKind(value, JsonValueKind.String))
                {
                    Remove(schema, "$ref", at, "'$ref' must be a string, not " + Describe(value) + "; it is ignored");
                    return;
                }

                string reference = value!.GetValue<string>();
                if (IsFollowableReference(reference))
                {
                    return;
                }

                if (!reference.StartsWith("#", StringComparison.Ordinal))
                {
                    _diagnostics.Report(DiagnosticDescriptors.ExternalReference, pointer, "#" + pointer, reference);
                }
                else if (reference.StartsWith(SchemaSelection.SchemaPrefix, StringComparison.Ordinal) && reference.IndexOf('/', SchemaSelection.SchemaPrefix.Length) is int slash && slash > SchemaSelection.SchemaPrefix.Length
                    && _schemas.ContainsKey(Pointer.Unescape(reference.Substring(SchemaSelection.SchemaPrefix.Length, slash - SchemaSelection.SchemaPrefix.Length))))
                {
                    _diagnostics.Report(DiagnosticDescriptors.UnresolvedReference, pointer, "#" + pointer, reference, "is a part of another schema (only whole component schemas, '#/components/schemas/{name}', can be referenced)");
                }
                else
                {
                    _diagnostics.Report(DiagnosticDescriptors.UnresolvedReference, pointer, "#" + pointer, reference, NotInDocument);
                }

                schema.Remove("$ref");
            }

            /// <summary>Whether <paramref name="reference"/> is <c>#/components/schemas/{name}</c> for a schema the document keeps.</summary>
            private bool IsFollowableReference(string reference)
            {
                return reference.Length > SchemaSelection.SchemaPrefix.Length && SchemaSelection.Target(reference) is string name && _schemas.ContainsKey(name);
            }

            private void Expect(JsonObject schema, string keyword, string at, bool valid, string expected, string? problem = null)
            {
                if (!valid)
                {
                    Remove(schema, keyword, at, (problem ?? "'" + keyword + "' must be " + expected + ", not " + Describe(schema[keyword])) + "; it is ignored");
                }
            }

            private void Remove(JsonObject owner, string keyword, string at, string message)
            {
                _diagnostics.Report(DiagnosticDescriptors.SpecValidation, at, "#" + at, message);
                owner.Remove(keyword);
            }
        }

        private static bool IsKind(JsonNode? node, JsonValueKind kind)
            => node is JsonValue value && value.GetValueKind() == kind;

        private static bool IsCount(JsonNode? node)
            => IsKind(node, JsonValueKind.Number)
               && long.TryParse(node!.ToJsonString(), NumberStyles.None, CultureInfo.InvariantCulture, out long count)
               && count <= int.MaxValue;

        private static string Describe(JsonNode? node)
        {
            switch (node)
            {
                case null:
                    return "null";
                case JsonObject:
                    return "a mapping";
                case JsonArray:
                    return "a list";
                default:
                    JsonValueKind kind = node.GetValueKind();
                    string text = Shorten(node.ToJsonString());

                    return kind switch
                    {
                        JsonValueKind.String => "the string '" + Shorten(node.GetValue<string>()) + "'",
                        JsonValueKind.Number => "the number " + text,
                        _ => text,
                    };
            }
        }

        private static string Shorten(string text) => text.Length > 40 ? text.Substring(0, 40) + "..." : text;

        /// <summary>RFC 6901 escaping of pointer segments.</summary>
        private static class Pointer
        {
            public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

            public static string Unescape(string segment) => segment.Replace("~1", "/").Replace("~0", "~");
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace OpenAI.Realtime.Gen.Modeling
{
    /// <summary>
    /// Questions the model builder asks of a Microsoft.OpenApi schema, with OpenAPI 3.0 and 3.1 answered alike:
    /// <c>nullable: true</c>, <c>type: [T, "null"]</c> and a <c>{type: "null"}</c> alternative all mean "allows null";
    /// <c>const</c> and a one-value <c>enum</c> both mean "a constant".
    /// </summary>
    internal static class SchemaFacts
    {
        private const JsonSchemaType ValueTypes = JsonSchemaType.Boolean | JsonSchemaType.Integer | JsonSchemaType.Number
            | JsonSchemaType.String | JsonSchemaType.Object | JsonSchemaType.Array;

        /// <summary>The <c>$ref</c> of a reference schema, or null.</summary>
        public static BaseOpenApiReference? ReferenceOf(IOpenApiSchema schema) => (schema as OpenApiSchemaReference)?.Reference;

        /// <summary>A schema that only says "null".</summary>
        public static bool IsNullOnly(IOpenApiSchema schema)
            => schema is not OpenApiSchemaReference && schema.Type == JsonSchemaType.Null;

        /// <summary>The non-null types the schema names (may be several in 3.1).</summary>
        public static JsonSchemaType ValueTypesOf(IOpenApiSchema schema) => (schema.Type ?? 0) & ValueTypes;

        /// <summary>Whether the schema itself lets the value be null (not counting union alternatives).</summary>
        public static bool AllowsNullDirectly(IOpenApiSchema schema)
        {
            if (schema.Type is JsonSchemaType type && (type & JsonSchemaType.Null) != 0)
            {
                return true;
            }

            if (schema.UnrecognizedKeywords is { } keywords && keywords.TryGetValue("nullable", out JsonNode? nullable)
                && nullable is JsonValue value && value.TryGetValue(out bool flag) && flag)
            {
                return true;
            }

            if (schema.Enum is { Count: > 0 } values)
            {
                foreach (JsonNode? item in values)
                {
                    if (item is null || JsonNullSentinel.IsJsonNullSentinel(item))
                    {
                        return true;
                    }
                }
            }

            return schema is IOpenApiExtensible extensible && extensible.Extensions is { } extensions && extensions.ContainsKey(Loading.OpenApiDocumentLoader.NullableExtension);
        }

        /// <summary>The union alternatives without the <c>{type: null}</c> ones; <paramref name="hadNull"/> tells whether one was dropped.</summary>
        public static List<(IOpenApiSchema Schema, string Keyword, int Index)> Alternatives(IOpenApiSchema schema, out bool hadNull)
        {
            hadNull = false;
            var result = new List<(IOpenApiSchema, string, int)>();
            AddAlternatives(schema.OneOf, "oneOf", result, ref hadNull);
            AddAlternatives(schema.AnyOf, "anyOf", result, ref hadNull);
            return result;
        }

        private static void AddAlternatives(IList<IOpenApiSchema>? list, string keyword, List<(IOpenApiSchema, string, int)> result, ref bool hadNull)
        {
            if (list is null)
            {
                return;
            }

            for (int i = 0; i < list.Count; i++)
            {
                IOpenApiSchema item = list[i];
                if (item is null)
                {
                    continue;
                }

                if (IsNullOnly(item))
                {
                    hadNull = true;
                }
                else
                {
                    result.Add((item, keyword, i));
                }
            }
        }

        /// <summary>The string values of <c>enum</c> (null entries skipped), or null when there is no string enum.</summary>
        public static List<string>? StringEnum(IOpenApiSchema schema)
        {
            if (schema.Enum is not { Count: > 0 } values)
            {
                return null;
            }

            var result = new List<string>();
            foreach (JsonNode? item in values)
            {
                if (item is null || JsonNullSentinel.IsJsonNullSentinel(item))
                {
                    // A null in the list makes the schema nullable; it is not a value.
                    continue;
                }

                if (item is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                {
                    result.Add(value.GetValue<string>());
                }
                else
                {
                    return null;
                }
            }

            return result.Count > 0 ? result : null;
        }

        /// <summary>The single string a schema allows (<c>const</c> or a one-value string <c>enum</c>), or null.</summary>
        public static string? StringConstant(IOpenApiSchema schema)
        {
            if (schema.Const is string constant)
            {
                return constant;
            }

            List<string>? values = StringEnum(schema);
            return values is { Count: 1 } ? values[0] : null;
        }

        /// <summary>The string values a member allows when it is constant or enumerated (for discriminators), or null.</summary>
        public static List<string>? DiscriminatorValues(IOpenApiSchema? schema)
        {
            if (schema is null)
            {
                return null;
            }

            if (schema.Const is string constant)
            {
                return new List<string> { constant };
            }

            return StringEnum(schema);
        }

        /// <summary>The JSON text of a default value (Microsoft.OpenApi marks a JSON null default with a sentinel).</summary>
        public static string? DefaultJson(IOpenApiSchema schema)
        {
            JsonNode? node = schema.Default;
            if (node is null)
            {
                return null;
            }

            return JsonNullSentinel.IsJsonNullSentinel(node) ? "null" : node.ToJsonString();
        }

        /// <summary>Whether the schema says anything about its shape (so "free-form" can be told from "described").</summary>
        public static bool HasProperties(IOpenApiSchema schema) => schema.Properties is { Count: > 0 };

        /// <summary>Parses a spec number kept as text (Microsoft.OpenApi keeps minimum/maximum as strings).</summary>
        public static bool TryParseNumber(string? text, out double value)
        {
            value = 0;
            return text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsInfinity(value) && !double.IsNaN(value);
        }

        /// <summary>Escapes a JSON pointer segment (RFC 6901).</summary>
        public static string EscapePointer(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

        /// <summary>Whether the name has a "deprecated" marker in the schema.</summary>
        public static bool IsDeprecated(IOpenApiSchema schema) => schema.Deprecated;

        /// <summary>Whether two strings are equal, ordinally.</summary>
        public static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);
    }
}

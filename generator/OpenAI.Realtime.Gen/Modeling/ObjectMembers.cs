using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.OpenApi;

namespace OpenAI.Realtime.Gen.Modeling
{
    /// <summary>
    /// The members of an object schema with <c>allOf</c> parts merged in (referenced parts resolved), in document order;
    /// a later part's member replaces an earlier one of the same name. Each member keeps the JSON pointer it was written at.
    /// </summary>
    internal sealed class ObjectMembers
    {
        private const int MaxAllOfDepth = 32;

        private readonly List<(string JsonName, IOpenApiSchema Schema, string Pointer)> _properties = new List<(string, IOpenApiSchema, string)>();
        private readonly Dictionary<string, int> _index = new Dictionary<string, int>(StringComparer.Ordinal);

        /// <summary>The names listed in <c>required</c> by the schema or any of its parts.</summary>
        public HashSet<string> Required { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The component the members come from when the schema is a <c>$ref</c>.</summary>
        public string? ComponentId { get; private set; }

        public IEnumerable<(string JsonName, IOpenApiSchema Schema)> Properties
        {
            get
            {
                foreach (var (jsonName, schema, _) in _properties)
                {
                    yield return (jsonName, schema);
                }
            }
        }

        /// <summary>Members with the JSON pointers they were written at (recorded while collecting).</summary>
        public IReadOnlyList<(string JsonName, IOpenApiSchema Schema, string Pointer)> PropertiesWithPointers => _properties;

        public bool TryGet(string jsonName, out IOpenApiSchema? schema)
        {
            if (_index.TryGetValue(jsonName, out int at))
            {
                schema = _properties[at].Schema;
                return true;
            }

            schema = null;
            return false;
        }

        /// <summary>Collects the members of <paramref name="schema"/>; null when it is not an object schema with members.</summary>
        public static ObjectMembers? Collect(IOpenApiSchema schema, IDictionary<string, IOpenApiSchema> components, string? pointer = null)
        {
            var members = new ObjectMembers();
            string start = pointer ?? string.Empty;
            if (schema is OpenApiSchemaReference reference)
            {
                if (reference.Reference.IsExternal || reference.Reference.Id is not string id || !components.TryGetValue(id, out IOpenApiSchema? target))
                {
                    return null;
                }

                members.ComponentId = id;
                schema = target;
                start = "/components/schemas/" + SchemaFacts.EscapePointer(id);
            }

            if (SchemaFacts.Alternatives(schema, out _).Count > 0 && !SchemaFacts.HasProperties(schema))
            {
                return null;
            }

            if (!members.Add(schema, start, components, new HashSet<IOpenApiSchema>(), 0))
            {
                return null;
            }

            return members._properties.Count > 0 || members.IsObjectTyped ? members : null;
        }

        private bool IsObjectTyped { get; set; }

        private bool Add(IOpenApiSchema schema, string pointer, IDictionary<string, IOpenApiSchema> components, HashSet<IOpenApiSchema> visiting, int depth)
        {
            if (depth > MaxAllOfDepth || !visiting.Add(schema))
            {
                return false;
            }

            if ((SchemaFacts.ValueTypesOf(schema) & JsonSchemaType.Object) != 0)
            {
                IsObjectTyped = true;
            }

            if (schema.AllOf is { Count: > 0 } parts)
            {
                for (int i = 0; i < parts.Count; i++)
                {
                    IOpenApiSchema part = parts[i];
                    string partPointer = pointer + "/allOf/" + i.ToString(CultureInfo.InvariantCulture);
                    if (part is OpenApiSchemaReference partReference)
                    {
                        if (partReference.Reference.IsExternal || partReference.Reference.Id is not string id || !components.TryGetValue(id, out IOpenApiSchema? target))
                        {
                            continue;
                        }

                        part = target;
                        partPointer = "/components/schemas/" + SchemaFacts.EscapePointer(id);
                    }

                    if (!Add(part, partPointer, components, visiting, depth + 1))
                    {
                        return false;
                    }
                }
            }

            if (schema.Properties is { } properties)
            {
                foreach (KeyValuePair<string, IOpenApiSchema> property in properties)
                {
                    if (property.Value is null)
                    {
                        continue;
                    }

                    string propertyPointer = pointer + "/properties/" + SchemaFacts.EscapePointer(property.Key);
                    if (_index.TryGetValue(property.Key, out int at))
                    {
                        _properties[at] = (property.Key, property.Value, propertyPointer);
                    }
                    else
                    {
                        _index[property.Key] = _properties.Count;
                        _properties.Add((property.Key, property.Value, propertyPointer));
                    }
                }
            }

            if (schema.Required is { } required)
            {
                foreach (string name in required)
                {
                    Required.Add(name);
                }
            }

            visiting.Remove(schema);
            return true;
        }
    }
}

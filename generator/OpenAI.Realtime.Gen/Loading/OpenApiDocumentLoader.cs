using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using OpenAI.Realtime.Gen.Diagnostics;
using OpenAI.Realtime.Gen.Model;
using OpenAI.Realtime.Gen.Reading;

namespace OpenAI.Realtime.Gen.Loading
{
    /// <summary>
    /// Turns the JSON tree of a spec into Microsoft.OpenApi's schemas in two steps around <see cref="SchemaKeywordCheck"/>:
    /// <see cref="Select"/> checks it is an OpenAPI 3.x document and keeps only the schemas the roots reach;
    /// <see cref="Read"/> reads them with <see cref="OpenApiJsonReader"/> (external references never loaded) and reports
    /// the library's own validation findings as warnings at their place in the file.
    /// </summary>
    internal static class OpenApiDocumentLoader
    {
        private const int MaxReportedFindings = 50;
        private static readonly Regex PointerInMessage = new Regex(@"#(/[^\s'""]*)", RegexOptions.CultureInvariant);

        /// <summary>
        /// The component schemas the roots reach: <see cref="Select"/>, then <see cref="SchemaKeywordCheck"/>, then
        /// <see cref="Read"/>. Null (with an error reported) when the tree is not an OpenAPI 3.x document.
        /// <paramref name="selected"/> receives the selected document before anything is reported about its schemas,
        /// so that their pointers can be located in it (the schemas are moved out of <paramref name="root"/>).
        /// </summary>
        public static IDictionary<string, IOpenApiSchema>? Load(JsonNode root, GeneratorSettings settings, SourceMap? map, DiagnosticSink diagnostics, Action<JsonObject>? selected, CancellationToken cancellationToken)
        {
            JsonObject? document = Select(root, settings, map, diagnostics, out bool isOpenApi30);
            if (document is null)
            {
                return null;
            }

            selected?.Invoke(document);
            SchemaKeywordCheck.Run(document, isOpenApi30, map, diagnostics, cancellationToken);
            return Read(document, isOpenApi30, diagnostics, cancellationToken);
        }

        /// <summary>
        /// Checks that <paramref name="root"/> is an OpenAPI 3.0 or 3.1 document and returns a document with only the
        /// component schemas the roots reach (null, with an error reported, when it is not such a document).
        /// </summary>
        private static JsonObject? Select(JsonNode root, GeneratorSettings settings, SourceMap? map, DiagnosticSink diagnostics, out bool isOpenApi30)
        {
            isOpenApi30 = false;
            if (root is not JsonObject document)
            {
                diagnostics.Report(DiagnosticDescriptors.NotOpenApiDocument, string.Empty, "the top level is not a mapping");
                return null;
            }

            if (!document.TryGetPropertyValue("openapi", out JsonNode? versionNode))
            {
                string reason = document.ContainsKey("swagger")
                    ? "Swagger 2.0 documents are not supported; convert the document to OpenAPI 3"
                    : "it has no 'openapi' version field";
                diagnostics.Report(DiagnosticDescriptors.NotOpenApiDocument, string.Empty, reason);
                return null;
            }

            string? version = versionNode is JsonValue v && v.TryGetValue(out string? text) ? text : versionNode?.ToJsonString();
            if (version is null || !(version.StartsWith("3.0", StringComparison.Ordinal) || version.StartsWith("3.1", StringComparison.Ordinal)))
            {
                diagnostics.Report(DiagnosticDescriptors.NotOpenApiDocument, "/openapi", "the version '" + (version ?? "null") + "' is not 3.0.x or 3.1.x");
                return null;
            }

            isOpenApi30 = version.StartsWith("3.0", StringComparison.Ordinal);
            JsonObject? schemas = null;
            JsonObject? componentsObject = null;
            if (document.TryGetPropertyValue("components", out JsonNode? components) && components is not null)
            {
                componentsObject = components as JsonObject;
                if (componentsObject is null)
                {
                    diagnostics.Report(DiagnosticDescriptors.SpecValidation, "/components", "#/components", "'components' must be a mapping; no schema is read");
                }
                else if (componentsObject.TryGetPropertyValue("schemas", out JsonNode? schemasNode) && schemasNode is not null)
                {
                    schemas = schemasNode as JsonObject;
                    if (schemas is null)
                    {
                        diagnostics.Report(DiagnosticDescriptors.SpecValidation, "/components/schemas", "#/components/schemas", "'schemas' must be a mapping of names to schemas; no schema is read");
                    }
                }
            }

            return Prune(version, componentsObject, schemas, settings, map);
        }

        /// <summary>
        /// Reads the component schemas of a selected and checked document with <see cref="OpenApiJsonReader"/> (external
        /// references never loaded) and reports the library's own findings as warnings at their place in the file.
        /// </summary>
        private static IDictionary<string, IOpenApiSchema>? Read(JsonObject document, bool isOpenApi30, DiagnosticSink diagnostics, CancellationToken cancellationToken)
        {
            if (isOpenApi30)
            {
                MarkTypelessNullables(document);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var readerSettings = new OpenApiReaderSettings
            {
                LoadExternalRefs = false,
                CustomExternalLoader = new RefusingLoader(),
            };

            ReadResult result = new OpenApiJsonReader().Read(document, new Uri("file:///openapi.json"), readerSettings);
            cancellationToken.ThrowIfCancellationRequested();
            ReportFindings(result.Diagnostic, diagnostics);
            if (result.Document is null)
            {
                diagnostics.Report(DiagnosticDescriptors.NotOpenApiDocument, string.Empty, "Microsoft.OpenApi could not read it");
                return null;
            }

            return result.Document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        }

        /// <summary>
        /// A document with the version and only the reached component schemas (the nodes are moved, not copied, so their
        /// source positions stay known). With the <c>*</c> pattern every schema is kept. The info object is a fixed one:
        /// nothing in it is used, and a broken one must not stop the schemas from being read.
        /// </summary>
        private static JsonObject Prune(string version, JsonObject? components, JsonObject? schemas, GeneratorSettings settings, SourceMap? map)
        {
            var pruned = new JsonObject
            {
                ["openapi"] = version,
                ["info"] = new JsonObject { ["title"] = "spec", ["version"] = "0" },
                ["paths"] = new JsonObject(),
            };
            var kept = new JsonObject();
            if (schemas is not null)
            {
                List<string> names = SchemaClosure.Compute(schemas, settings.RootPatterns);
                foreach (string name in names)
                {
                    JsonNode? schema = schemas[name];
                    schemas.Remove(name);
                    kept[name] = schema;
                }
            }

            var prunedComponents = new JsonObject { ["schemas"] = kept };
            pruned["components"] = prunedComponents;

            // The new containers stand where the originals were written (their member keys included).
            if (map is not null && components is not null)
            {
                map.CopyEntry(components, prunedComponents);
                if (schemas is not null)
                {
                    map.CopyEntry(schemas, kept);
                }
            }

            return pruned;
        }

        /// <summary>The extension that carries an OpenAPI 3.0 <c>nullable: true</c> Microsoft.OpenApi would drop.</summary>
        public const string NullableExtension = "x-oaigen-nullable";

        /// <summary>
        /// Microsoft.OpenApi keeps OpenAPI 3.0's <c>nullable: true</c> only as a flag on a schema's <c>type</c>; on a schema
        /// without one (a nullable <c>allOf</c> wrapper around a <c>$ref</c>) it is lost. Those schemas are marked with an
        /// extension the model builder reads. Iterative, like every walk over the raw tree.
        /// </summary>
        private static void MarkTypelessNullables(JsonObject root)
        {
            var stack = new Stack<JsonNode>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                JsonNode node = stack.Pop();
                if (node is JsonObject obj)
                {
                    if (obj.TryGetPropertyValue("nullable", out JsonNode? flag) && flag is JsonValue value && value.TryGetValue(out bool nullable) && nullable && !obj.ContainsKey("type"))
                    {
                        obj[NullableExtension] = true;
                    }

                    foreach (KeyValuePair<string, JsonNode?> member in obj)
                    {
                        if (member.Value is JsonObject or JsonArray)
                        {
                            stack.Push(member.Value);
                        }
                    }
                }
                else if (node is JsonArray array)
                {
                    foreach (JsonNode? item in array)
                    {
                        if (item is JsonObject or JsonArray)
                        {
                            stack.Push(item);
                        }
                    }
                }
            }
        }

        private static void ReportFindings(OpenApiDiagnostic? findings, DiagnosticSink diagnostics)
        {
            if (findings is null)
            {
                return;
            }

            var all = new List<OpenApiError>();
            all.AddRange(findings.Errors ?? (IList<OpenApiError>)Array.Empty<OpenApiError>());
            all.AddRange(findings.Warnings ?? (IList<OpenApiError>)Array.Empty<OpenApiError>());
            int reported = 0;
            foreach (OpenApiError finding in all)
            {
                if (reported == MaxReportedFindings)
                {
                    diagnostics.Report(DiagnosticDescriptors.SpecValidation, string.Empty, "#", (all.Count - reported).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more findings are not shown");
                    break;
                }

                string pointer = PointerOf(finding);
                diagnostics.Report(DiagnosticDescriptors.SpecValidation, pointer, "#" + pointer, finding.Message ?? string.Empty);
                reported++;
            }
        }

        /// <summary>The JSON pointer of a finding: its own, or the first <c>#/...</c> its message names.</summary>
        private static string PointerOf(OpenApiError finding)
        {
            string? pointer = finding.Pointer;
            if (string.IsNullOrEmpty(pointer))
            {
                Match match = PointerInMessage.Match(finding.Message ?? string.Empty);
                pointer = match.Success ? match.Groups[1].Value : string.Empty;
            }

            return pointer!.StartsWith("#", StringComparison.Ordinal) ? pointer.Substring(1) : pointer;
        }

        /// <summary>Refuses every external load: a compiler must not touch the network or files beyond its inputs.</summary>
        private sealed class RefusingLoader : IStreamLoader
        {
            public Task<Stream> LoadAsync(Uri baseUrl, Uri uri, CancellationToken cancellationToken)
                => throw new InvalidOperationException("External references are not loaded: " + uri);
        }
    }
}

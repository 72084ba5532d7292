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

namespace OpenAI.Realtime.Gen.Loading
{
    /// <summary>
    /// Turns the JSON tree of a spec into Microsoft.OpenApi's schemas: checks it is an OpenAPI 3.x document, keeps only the
    /// schemas the roots reach, reads them with <see cref="OpenApiJsonReader"/> (external references never loaded) and
    /// reports the library's own validation findings as warnings at their place in the file.
    /// </summary>
    internal static class OpenApiDocumentLoader
    {
        private const int MaxReportedFindings = 50;
        private static readonly Regex PointerInMessage = new Regex(@"#(/[^\s'""]*)", RegexOptions.CultureInvariant);

        /// <summary>
        /// Returns the component schemas, or null (with an error reported) when the tree is not an OpenAPI 3.x document.
        /// <paramref name="documentRoot"/> receives the tree the returned schemas were read from (pointers resolve in it).
        /// </summary>
        public static IDictionary<string, IOpenApiSchema>? Load(JsonNode root, GeneratorSettings settings, DiagnosticSink diagnostics, out JsonObject? documentRoot, CancellationToken cancellationToken)
        {
            documentRoot = null;
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

            JsonObject? schemas = (document["components"] as JsonObject)?["schemas"] as JsonObject;
            documentRoot = Prune(document, schemas, settings);
            if (version.StartsWith("3.0", StringComparison.Ordinal))
            {
                MarkTypelessNullables(documentRoot);
            }

            cancellationToken.ThrowIfCancellationRequested();

            var readerSettings = new OpenApiReaderSettings
            {
                LoadExternalRefs = false,
                CustomExternalLoader = new RefusingLoader(),
            };

            ReadResult result = new OpenApiJsonReader().Read(documentRoot, new Uri("file:///openapi.json"), readerSettings);
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
        /// A document with the version, the info and only the reached component schemas (the nodes are moved, not copied,
        /// so their source positions stay known). With the <c>*</c> pattern every schema is kept.
        /// </summary>
        private static JsonObject Prune(JsonObject document, JsonObject? schemas, GeneratorSettings settings)
        {
            var pruned = new JsonObject
            {
                ["openapi"] = document["openapi"]?.DeepClone(),
                ["info"] = document["info"]?.DeepClone() ?? new JsonObject { ["title"] = "spec", ["version"] = "0" },
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

            pruned["components"] = new JsonObject { ["schemas"] = kept };
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

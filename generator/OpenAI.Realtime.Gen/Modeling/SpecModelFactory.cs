using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.OpenApi;
using OpenAI.Realtime.Gen.Configuration;
using OpenAI.Realtime.Gen.Diagnostics;
using OpenAI.Realtime.Gen.Loading;
using OpenAI.Realtime.Gen.Model;
using OpenAI.Realtime.Gen.Overlays;
using OpenAI.Realtime.Gen.Reading;

namespace OpenAI.Realtime.Gen.Modeling
{
    /// <summary>
    /// The parse step of the pipeline: spec text to <see cref="SpecModel"/>. Reads the text (YAML or JSON), loads the
    /// OpenAPI schemas, builds the type model, and turns every problem into a diagnostic at its place in the file. No
    /// exception leaves it except cancellation: an unexpected one becomes an <c>OAIGEN011</c> error.
    /// </summary>
    internal static class SpecModelFactory
    {
        public static SpecParseResult Create(SpecFileInput input, CancellationToken cancellationToken)
            => Create(new SpecWithOverlays(input, EquatableArray<OverlayFileInput>.Empty), cancellationToken);

        /// <summary>
        /// The parse step for a spec with overlays: they are read first (what they touch widens the sliced read), applied
        /// to the tree in order, and the schemas the roots reach are selected from the result.
        /// </summary>
        public static SpecParseResult Create(SpecWithOverlays inputWithOverlays, CancellationToken cancellationToken)
        {
            SpecFileInput input = inputWithOverlays.Spec;
            JsonNode? locateRoot = null;
            SourceMap? map = null;
            var diagnostics = new DiagnosticSink(pointer => Locate(input.Path, map, locateRoot, pointer));
            string stage = "reading the spec text";
            var types = EquatableArray<TypeSpec>.Empty;
            try
            {
                foreach (SettingProblem problem in input.SettingProblems)
                {
                    diagnostics.Add(DiagnosticDescriptors.InvalidSetting, null, problem.Name, problem.Value, problem.Reason, problem.Used);
                }

                List<OverlayDocument> overlays = OverlayStage.Read(inputWithOverlays.Overlays, cancellationToken);
                SpecTextReadResult text = SpecTextReader.Read(input.Text, SpecTextLimits.Default, OverlayStage.Demand(overlays, input.Settings.RootPatterns), cancellationToken);
                map = text.Map;
                locateRoot = text.Root;
                foreach (SpecTextProblem problem in text.Problems)
                {
                    diagnostics.Add(Descriptor(problem.Kind), ToLocation(input.Path, problem.Span), problem.Message);
                }

                if (text.Root is null)
                {
                    if (text.Problems.Count == 0)
                    {
                        diagnostics.Add(DiagnosticDescriptors.NotOpenApiDocument, ToLocation(input.Path, default), "the file is empty");
                    }

                    return Result(input, types, diagnostics);
                }

                if (overlays.Count > 0)
                {
                    stage = "applying the overlays";
                    if (!OverlayStage.Apply(overlays, text.Root, input.Path, diagnostics, cancellationToken))
                    {
                        return Result(input, types, diagnostics);
                    }
                }

                stage = "loading the OpenAPI document";
                // The selected schemas are moved out of the text's tree: pointers resolve in the selected document.
                IDictionary<string, IOpenApiSchema>? schemas = OpenApiDocumentLoader.Load(text.Root, input.Settings, map, diagnostics, document => locateRoot = document, cancellationToken);
                if (schemas is null)
                {
                    return Result(input, types, diagnostics);
                }

                stage = "building the model";
                types = new SchemaModelBuilder(schemas, input.Settings, diagnostics, cancellationToken).Build();
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception exception)
            {
                diagnostics.Add(DiagnosticDescriptors.InternalError, ToLocation(input.Path, default), stage, exception.GetType().Name + ": " + exception.Message);
                types = EquatableArray<TypeSpec>.Empty;
            }

            return Result(input, types, diagnostics);
        }

        private static SpecParseResult Result(SpecFileInput input, EquatableArray<TypeSpec> types, DiagnosticSink diagnostics)
        {
            var locations = new List<TypeLocation>();
            foreach (TypeSpec type in types)
            {
                if (diagnostics.Locate(type.Pointer) is LocationInfo location)
                {
                    locations.Add(new TypeLocation(type.Name, location));
                }
            }

            return new SpecParseResult(new SpecModel(input.Path, input.Settings, types), diagnostics.Items.ToEquatableArray(), locations.ToEquatableArray());
        }

        private static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor(SpecProblemKind kind) => kind switch
        {
            SpecProblemKind.DuplicateKey => DiagnosticDescriptors.DuplicateKey,
            SpecProblemKind.LimitExceeded => DiagnosticDescriptors.LimitExceeded,
            _ => DiagnosticDescriptors.InvalidSpecText,
        };

        private static LocationInfo Locate(string path, SourceMap? map, JsonNode? root, string pointer)
            => ToLocation(path, map is null ? default : map.Locate(root, pointer));

        private static LocationInfo ToLocation(string path, SourceSpan span)
            => new LocationInfo(path, span.Start, Math.Max(0, span.End - span.Start), span.StartLine, span.StartColumn, span.EndLine, span.EndColumn);
    }
}

using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.CodeAnalysis;
using OpenAI.Realtime.Gen.Configuration;
using OpenAI.Realtime.Gen.Diagnostics;
using OpenAI.Realtime.Gen.Model;
using OpenAI.Realtime.Gen.Reading;

namespace OpenAI.Realtime.Gen.Overlays
{
    /// <summary>
    /// The overlays' part of the parse step: read the overlays of a spec, tell the reader what they touch (so the read
    /// stays sliced, see <see cref="OverlayFootprint"/>), apply them to the tree before the loader selects the schemas the
    /// roots reach, and report what each action found at its line in the overlay file. The overlay's own problems are
    /// reported once per overlay file by <see cref="Check"/>, not once per spec.
    /// </summary>
    internal static class OverlayStage
    {
        /// <summary>The overlays of a spec that can be applied (a document with an error is left out; <see cref="Check"/> reports it).</summary>
        public static List<OverlayDocument> Read(EquatableArray<OverlayFileInput> overlays, CancellationToken cancellationToken)
        {
            var documents = new List<OverlayDocument>();
            foreach (OverlayFileInput overlay in overlays)
            {
                OverlayDocument? document = OverlayReader.Read(overlay.Path, overlay.Text, new List<OverlayProblem>(), out _, out _, cancellationToken);
                if (document is not null)
                {
                    documents.Add(document);
                }
            }

            return documents;
        }

        /// <summary>The demand for the spec read: sliced by the roots and what the overlays touch, or null for the whole document.</summary>
        public static SchemaDemand? Demand(List<OverlayDocument> overlays, IReadOnlyCollection<string> rootPatterns)
            => overlays.Count == 0 ? new SchemaDemand(rootPatterns) : OverlayFootprint.Plan(overlays, rootPatterns);

        /// <summary>
        /// Applies the overlays in order; false (with an error reported) when an action leaves no OpenAPI document, and
        /// then no types are generated.
        /// </summary>
        public static bool Apply(List<OverlayDocument> overlays, JsonNode root, string specPath, DiagnosticSink diagnostics, CancellationToken cancellationToken)
        {
            bool wasSpec = Problem(root) is null;
            string specName = System.IO.Path.GetFileName(specPath);
            foreach (OverlayDocument overlay in overlays)
            {
                bool broken = false;
                List<OverlayOutcome> outcomes = OverlayApplier.Apply(overlay, root, action =>
                {
                    if (!wasSpec || Problem(root) is not string problem)
                    {
                        return true;
                    }

                    diagnostics.Add(DiagnosticDescriptors.OverlayBreaksSpec, At(overlay, action), action.Target, specName, problem);
                    broken = true;
                    return false;
                }, cancellationToken);
                foreach (OverlayOutcome outcome in outcomes)
                {
                    LocationInfo location = At(overlay, outcome.Action);
                    switch (outcome.Kind)
                    {
                        case OverlayOutcomeKind.NothingSelected:
                            diagnostics.Add(DiagnosticDescriptors.OverlayTargetUnmatched, location, outcome.Action.Target, specName);
                            break;
                        case OverlayOutcomeKind.UpdateNotAnObject:
                            diagnostics.Add(DiagnosticDescriptors.OverlayUpdateNotObject, location, outcome.Action.Target, specName, outcome.Detail);
                            break;
                        case OverlayOutcomeKind.LimitExceeded:
                            diagnostics.Add(DiagnosticDescriptors.LimitExceeded, location, "applying the overlay to '" + specName + "': " + outcome.Detail + "; the rest of the overlay is not applied");
                            break;
                        default:
                            diagnostics.Add(DiagnosticDescriptors.UnsupportedOverlayTarget, location, "the target '" + outcome.Action.Target + "' " + outcome.Detail);
                            break;
                    }
                }

                if (broken)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The overlay's own problems and its setting problems, as diagnostics at their place in the overlay file.</summary>
        public static EquatableArray<DiagnosticInfo> Check(OverlayFileInput input, CancellationToken cancellationToken)
        {
            var items = new List<DiagnosticInfo>();
            LocationInfo start = ToLocation(input.Path, default);
            foreach (SettingProblem problem in input.SettingProblems)
            {
                items.Add(new DiagnosticInfo(DiagnosticDescriptors.InvalidSetting.Id, new[] { problem.Name, problem.Value, problem.Reason, problem.Used }.ToEquatableArray(), start));
            }

            var problems = new List<OverlayProblem>();
            try
            {
                OverlayReader.Read(input.Path, input.Text, problems, out _, out _, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                items.Add(new DiagnosticInfo(DiagnosticDescriptors.InternalError.Id, new[] { "reading the overlay", error.GetType().Name + ": " + error.Message }.ToEquatableArray(), start));
            }

            foreach (OverlayProblem problem in problems)
            {
                DiagnosticDescriptor descriptor = problem.Kind switch
                {
                    OverlayProblemKind.DuplicateKey => DiagnosticDescriptors.DuplicateKey,
                    OverlayProblemKind.UnsupportedVersion => DiagnosticDescriptors.UnsupportedOverlayVersion,
                    OverlayProblemKind.InvalidTarget => DiagnosticDescriptors.InvalidOverlayTarget,
                    OverlayProblemKind.UnsupportedTarget => DiagnosticDescriptors.UnsupportedOverlayTarget,
                    _ => DiagnosticDescriptors.InvalidOverlay,
                };
                items.Add(new DiagnosticInfo(descriptor.Id, new[] { problem.Message }.ToEquatableArray(), ToLocation(input.Path, problem.Span)));
            }

            return items.ToEquatableArray();
        }

        /// <summary>Why the tree is no longer an OpenAPI 3.0/3.1 document the loader can read, or null.</summary>
        private static string? Problem(JsonNode root)
        {
            if (root is not JsonObject document)
            {
                return "the top level is not a mapping";
            }

            if (!document.TryGetPropertyValue("openapi", out JsonNode? version) || version is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            {
                return "it has no 'openapi' version string";
            }

            string text = value.GetValue<string>();
            if (!text.StartsWith("3.0", StringComparison.Ordinal) && !text.StartsWith("3.1", StringComparison.Ordinal))
            {
                return "the version '" + text + "' is not 3.0.x or 3.1.x";
            }

            if (document.TryGetPropertyValue("components", out JsonNode? components) && components is not null)
            {
                if (components is not JsonObject componentsObject)
                {
                    return "'components' is not a mapping";
                }

                if (componentsObject.TryGetPropertyValue("schemas", out JsonNode? schemas) && schemas is not null && schemas is not JsonObject)
                {
                    return "'components.schemas' is not a mapping";
                }
            }

            return null;
        }

        private static LocationInfo At(OverlayDocument overlay, OverlayAction action)
            => ToLocation(overlay.Path, overlay.Map.Locate(overlay.Root, action.Pointer + "/target"));

        private static LocationInfo ToLocation(string path, SourceSpan span)
            => new LocationInfo(path, span.Start, Math.Max(0, span.End - span.Start), span.StartLine, span.StartColumn, span.EndLine, span.EndColumn);
    }
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace OpenAI.Realtime.Gen.Diagnostics
{
    /// <summary>
    /// The catalog of diagnostics the generator reports. IDs are stable: they are documented in README.md and tracked in
    /// AnalyzerReleases.Shipped.md; never reuse or renumber one.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "OpenAI.Realtime.Gen";
        private const string HelpLinkBase = "https://github.com/openai-realtime-gen/OpenAI.Realtime.Gen/blob/main/README.md#";

        public static readonly DiagnosticDescriptor InvalidSpecText = Create(
            "OAIGEN001", "The spec file is not valid YAML or JSON",
            "The spec file cannot be read: {0}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor NotOpenApiDocument = Create(
            "OAIGEN002", "The spec file is not an OpenAPI 3.0 or 3.1 document",
            "The spec file is not an OpenAPI 3.0 or 3.1 document: {0}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor LimitExceeded = Create(
            "OAIGEN003", "The spec file exceeds a safety limit",
            "The spec file was refused to protect the compiler: {0}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateKey = Create(
            "OAIGEN004", "Duplicate key in the spec file",
            "{0}", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor SpecValidation = Create(
            "OAIGEN005", "The OpenAPI document has a validation problem",
            "The OpenAPI document has a problem at '{0}': {1}", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnresolvedReference = Create(
            "OAIGEN006", "Unresolved $ref",
            "'{0}' refers to '{1}', which {2}; it is typed as raw JSON", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ExternalReference = Create(
            "OAIGEN007", "External $ref is not followed",
            "'{0}' refers to the external document '{1}', which is not loaded (the generator reads no file or URL beyond its inputs); it is typed as raw JSON", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
            "OAIGEN008", "Schema construct cannot be mapped",
            "'{0}' uses {1}, which cannot be mapped to a C# type; it is typed as raw JSON", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor RootPatternUnmatched = Create(
            "OAIGEN009", "Root schema pattern matches nothing",
            "The root schema pattern '{0}' matches no schema in the spec file", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor NameCollision = Create(
            "OAIGEN010", "C# name collision resolved",
            "'{0}' maps to the C# name '{1}', which is already taken; it is named '{2}'", DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor InternalError = Create(
            "OAIGEN011", "The generator failed",
            "The generator failed while {0}: {1}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidGeneratedCode = Create(
            "OAIGEN012", "Code for a schema could not be generated",
            "The code for '{0}' could not be generated: {1}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidSetting = Create(
            "OAIGEN013", "Invalid generator setting",
            "The setting '{0}' has the invalid value '{1}': {2}; '{3}' is used instead", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor AmbiguousUnion = Create(
            "OAIGEN014", "Union cases cannot always be told apart",
            "The cases of '{0}' cannot always be told apart: {1}", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor LanguageVersionTooLow = Create(
            "OAIGEN015", "C# 8 or later is required",
            "The generated models need C# 8 or later, and this project uses C# {0}; set <LangVersion> to 8.0 or later", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateGeneratedTypes = Create(
            "OAIGEN016", "Two spec files generate the same types",
            "The spec files '{0}' and '{1}' both generate {2} type(s) in namespace '{3}' (such as '{4}'); those are generated from '{0}' only. Give one of the files another namespace with OpenAIRealtimeNamespace.", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidOverlay = Create(
            "OAIGEN017", "The overlay file is not a valid Overlay document",
            "The overlay file is not a valid Overlay document, and it is not applied: {0}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnsupportedOverlayVersion = Create(
            "OAIGEN018", "Unsupported Overlay version",
            "The overlay file is not applied: {0}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidOverlayTarget = Create(
            "OAIGEN019", "The overlay target is not valid JSONPath",
            "The overlay action is skipped: {0}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnsupportedOverlayTarget = Create(
            "OAIGEN020", "The overlay action uses JSONPath or an action this generator does not support",
            "The overlay action is skipped: {0}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor OverlayTargetUnmatched = Create(
            "OAIGEN021", "The overlay target selects nothing",
            "The target '{0}' selects nothing in '{1}', so the action changes nothing. A spec refresh may have fixed (or moved) what it patches: check whether the action is still needed.", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor OverlayUpdateNotObject = Create(
            "OAIGEN022", "The overlay update must be an object",
            "The target '{0}' selects an object in '{1}', and an object's update must be a mapping, not {2}; the object is left as it is", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor OverlayBreaksSpec = Create(
            "OAIGEN023", "The overlay leaves no valid spec",
            "After the overlay action with the target '{0}', '{1}' is no longer an OpenAPI 3.0 or 3.1 document: {2}; no types are generated from it", DiagnosticSeverity.Error);

        /// <summary>Every descriptor, by ID.</summary>
        public static IReadOnlyDictionary<string, DiagnosticDescriptor> ById { get; } = new Dictionary<string, DiagnosticDescriptor>
        {
            [InvalidSpecText.Id] = InvalidSpecText,
            [NotOpenApiDocument.Id] = NotOpenApiDocument,
            [LimitExceeded.Id] = LimitExceeded,
            [DuplicateKey.Id] = DuplicateKey,
            [SpecValidation.Id] = SpecValidation,
            [UnresolvedReference.Id] = UnresolvedReference,
            [ExternalReference.Id] = ExternalReference,
            [UnsupportedConstruct.Id] = UnsupportedConstruct,
            [RootPatternUnmatched.Id] = RootPatternUnmatched,
            [NameCollision.Id] = NameCollision,
            [InternalError.Id] = InternalError,
            [InvalidGeneratedCode.Id] = InvalidGeneratedCode,
            [InvalidSetting.Id] = InvalidSetting,
            [AmbiguousUnion.Id] = AmbiguousUnion,
            [LanguageVersionTooLow.Id] = LanguageVersionTooLow,
            [DuplicateGeneratedTypes.Id] = DuplicateGeneratedTypes,
            [InvalidOverlay.Id] = InvalidOverlay,
            [UnsupportedOverlayVersion.Id] = UnsupportedOverlayVersion,
            [InvalidOverlayTarget.Id] = InvalidOverlayTarget,
            [UnsupportedOverlayTarget.Id] = UnsupportedOverlayTarget,
            [OverlayTargetUnmatched.Id] = OverlayTargetUnmatched,
            [OverlayUpdateNotObject.Id] = OverlayUpdateNotObject,
            [OverlayBreaksSpec.Id] = OverlayBreaksSpec,
        };

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
            => new DiagnosticDescriptor(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
    }
}

namespace OpenAI.Realtime.Gen.Configuration
{
    /// <summary>
    /// MSBuild names of the settings. Per spec file they are metadata of the <c>AdditionalFiles</c> item; project-wide
    /// defaults are properties of the same name. The package's build files make both visible to the compiler.
    /// </summary>
    internal static class SettingNames
    {
        /// <summary>Root schemas: names and <c>*</c> globs separated by <c>;</c> or <c>,</c>.</summary>
        public const string Roots = "OpenAIRealtimeRoots";

        /// <summary>Namespace of the generated types.</summary>
        public const string Namespace = "OpenAIRealtimeNamespace";

        /// <summary><c>public</c> (default) or <c>internal</c>.</summary>
        public const string Accessibility = "OpenAIRealtimeAccessibility";

        /// <summary><c>Schema.member</c> glob patterns of members only the server sets.</summary>
        public const string ServerOnly = "OpenAIRealtimeServerOnlyProperties";

        /// <summary>On an item: <c>true</c> forces a file to be read as a spec, <c>false</c> ignores it.</summary>
        public const string Generate = "OpenAIRealtimeGenerate";

        /// <summary>On an item: <c>true</c> reads a file as an overlay whatever it looks like, <c>false</c> never.</summary>
        public const string Overlay = "OpenAIRealtimeOverlay";

        /// <summary>On an overlay item: the spec files it applies to (file names, path suffixes or globs, <c>;</c>-separated).</summary>
        public const string OverlayFor = "OpenAIRealtimeOverlayFor";

        /// <summary>On an overlay item: an integer; overlays apply in ascending order, then by path (ordinal).</summary>
        public const string OverlayOrder = "OpenAIRealtimeOverlayOrder";

        /// <summary>On a spec item: <c>false</c> keeps every overlay from it.</summary>
        public const string ApplyOverlays = "OpenAIRealtimeApplyOverlays";

        public const string DefaultNamespace = "OpenAI.Realtime";

        /// <summary>
        /// The default schema set: the Realtime response and session schemas with their Beta, GA, create-request,
        /// create-response, create-params and transcription forms, where a spec has them (and everything they reach).
        /// </summary>
        public const string DefaultRoots = "RealtimeResponse;RealtimeBetaResponse;RealtimeResponseCreateParams;RealtimeBetaResponseCreateParams;RealtimeSession;RealtimeBetaSession;RealtimeSessionCreateRequest*;RealtimeSessionCreateResponse*;RealtimeBetaSessionCreate*;RealtimeTranscriptionSession*";
    }
}

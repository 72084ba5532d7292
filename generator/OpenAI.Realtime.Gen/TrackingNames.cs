namespace OpenAI.Realtime.Gen
{
    /// <summary>
    /// Names of the incremental pipeline's steps (<c>WithTrackingName</c>), public so tests can ask each step whether it ran
    /// (<c>trackIncrementalGeneratorSteps</c>).
    /// </summary>
    public static class TrackingNames
    {
        /// <summary>The spec files found among <c>AdditionalFiles</c>, with their settings.</summary>
        public const string SpecFiles = nameof(SpecFiles);

        /// <summary>The overlay files found among <c>AdditionalFiles</c>, with their settings.</summary>
        public const string OverlayFiles = nameof(OverlayFiles);

        /// <summary>All overlay files and the paths of all spec files (to place each overlay).</summary>
        public const string Overlays = nameof(Overlays);

        /// <summary>Each spec file with the overlays that apply to it, in order.</summary>
        public const string SpecInputs = nameof(SpecInputs);

        /// <summary>Each overlay file's own problems.</summary>
        public const string OverlayDiagnostics = nameof(OverlayDiagnostics);

        /// <summary>The model of each spec file (the parse step).</summary>
        public const string SpecModels = nameof(SpecModels);

        /// <summary>One item per type to emit.</summary>
        public const string Types = nameof(Types);

        /// <summary>The model files: each namespace's types, grouped.</summary>
        public const string ModelFiles = nameof(ModelFiles);

        /// <summary>The (namespace, type) keys of every spec, to find types two specs both generate.</summary>
        public const string TypeKeys = nameof(TypeKeys);

        /// <summary>The type names per namespace, for <c>RealtimeJsonContext</c>.</summary>
        public const string Contexts = nameof(Contexts);

        /// <summary>The members users declared in their parts of generated partial types.</summary>
        public const string UserMembers = nameof(UserMembers);

        /// <summary>The language version check.</summary>
        public const string LanguageVersion = nameof(LanguageVersion);
    }
}

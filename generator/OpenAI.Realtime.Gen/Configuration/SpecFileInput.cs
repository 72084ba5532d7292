using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OpenAI.Realtime.Gen.Model;
using OpenAI.Realtime.Gen.Modeling;

namespace OpenAI.Realtime.Gen.Configuration
{
    /// <summary>
    /// One spec file as the pipeline sees it: path, text and settings, plus the setting problems found. Immutable,
    /// value-equal, so an unrelated edit leaves it equal and nothing after it runs again.
    /// </summary>
    internal sealed record SpecFileInput(string Path, string Text, GeneratorSettings Settings, EquatableArray<SettingProblem> SettingProblems)
    {
        /// <summary>False when the item says <c>OpenAIRealtimeApplyOverlays=false</c>: no overlay applies to this spec.</summary>
        public bool AcceptsOverlays { get; init; } = true;

        private static readonly string[] SpecExtensions = { ".yaml", ".yml", ".json" };

        /// <summary>
        /// Reads an <c>AdditionalFiles</c> item as a spec when it is one: <c>OpenAIRealtimeGenerate=true</c> forces it,
        /// <c>false</c> skips it; otherwise a <c>.yaml</c>/<c>.yml</c>/<c>.json</c> file counts when its top level names an
        /// <c>openapi</c> (or <c>swagger</c>) version, so other JSON files (stylecop.json, ...) are left alone.
        /// </summary>
        public static SpecFileInput? TryCreate(AdditionalText file, AnalyzerConfigOptions itemOptions, AnalyzerConfigOptions globalOptions, System.Threading.CancellationToken cancellationToken)
        {
            string? generate = Read(itemOptions, "build_metadata.AdditionalFiles." + SettingNames.Generate);
            if (string.Equals(generate, "false", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (string.Equals(Read(itemOptions, "build_metadata.AdditionalFiles." + SettingNames.Overlay), "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            bool forced = string.Equals(generate, "true", StringComparison.OrdinalIgnoreCase);
            string extension = System.IO.Path.GetExtension(file.Path);
            if (!forced && !SpecExtensions.Any(e => string.Equals(e, extension, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            SourceText? source = file.GetText(cancellationToken);
            if (source is null)
            {
                return null;
            }

            string text = source.ToString();
            if (!forced && (!LooksLikeOpenApi(text) || OverlayFileInput.LooksLikeOverlay(text)))
            {
                return null;
            }

            var problems = new List<SettingProblem>();
            GeneratorSettings settings = GeneratorSettingsReader.Read(itemOptions, globalOptions, problems);
            bool acceptsOverlays = !string.Equals(Read(itemOptions, "build_metadata.AdditionalFiles." + SettingNames.ApplyOverlays), "false", StringComparison.OrdinalIgnoreCase);
            return new SpecFileInput(file.Path, text, settings, problems.ToEquatableArray()) { AcceptsOverlays = acceptsOverlays };
        }

        /// <summary>Whether the first few kilobytes name an <c>openapi</c> or <c>swagger</c> version at the top level.</summary>
        internal static bool LooksLikeOpenApi(string text)
        {
            int limit = Math.Min(text.Length, 16 * 1024);
            string head = text.Substring(0, limit);
            using var reader = new StringReader(head);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.StartsWith("openapi", StringComparison.Ordinal) || line.StartsWith("swagger", StringComparison.Ordinal)
                    || line.StartsWith("\"openapi\"", StringComparison.Ordinal) || line.StartsWith("'openapi'", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            // A JSON document on one line, or indented: look for the key anywhere in the head.
            string trimmed = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            return trimmed.StartsWith("{", StringComparison.Ordinal) && (head.Contains("\"openapi\"") || head.Contains("\"swagger\""));
        }

        internal static string? Read(AnalyzerConfigOptions options, string key)
            => options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }

    /// <summary>A setting with an invalid value, and the value used instead.</summary>
    internal sealed record SettingProblem(string Name, string Value, string Reason, string Used);
}

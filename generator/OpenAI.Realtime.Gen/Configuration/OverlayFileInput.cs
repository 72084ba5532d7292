using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Configuration
{
    /// <summary>
    /// One overlay file as the pipeline sees it: path, text, and the item's settings (which specs it is for, its order).
    /// Immutable, value-equal: an unrelated edit leaves it equal. The document itself is read in the parse step of each
    /// spec it applies to (and once on its own, for its diagnostics).
    /// </summary>
    internal sealed record OverlayFileInput(string Path, string Text, int Order, EquatableArray<string> AppliesTo, string? Extends, EquatableArray<SettingProblem> SettingProblems)
    {
        private static readonly string[] Extensions = { ".yaml", ".yml", ".json" };

        /// <summary>
        /// Reads an <c>AdditionalFiles</c> item as an overlay when it is one: <c>OpenAIRealtimeOverlay=true</c> forces it,
        /// <c>false</c> (or <c>OpenAIRealtimeGenerate=true</c>) rules it out; otherwise a <c>.yaml</c>/<c>.yml</c>/<c>.json</c>
        /// file counts when its top level has an <c>overlay</c> member.
        /// </summary>
        public static OverlayFileInput? TryCreate(AdditionalText file, AnalyzerConfigOptions itemOptions, System.Threading.CancellationToken cancellationToken)
        {
            string? flag = SpecFileInput.Read(itemOptions, "build_metadata.AdditionalFiles." + SettingNames.Overlay);
            if (string.Equals(flag, "false", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            bool forced = string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
            if (!forced)
            {
                string? generate = SpecFileInput.Read(itemOptions, "build_metadata.AdditionalFiles." + SettingNames.Generate);
                string extension = System.IO.Path.GetExtension(file.Path);
                if (generate is not null || !Extensions.Any(e => string.Equals(e, extension, StringComparison.OrdinalIgnoreCase)))
                {
                    return null;
                }
            }

            SourceText? source = file.GetText(cancellationToken);
            if (source is null)
            {
                return null;
            }

            string text = source.ToString();
            if (!forced && !LooksLikeOverlay(text))
            {
                return null;
            }

            var problems = new List<SettingProblem>();
            int order = 0;
            string? orderText = SpecFileInput.Read(itemOptions, "build_metadata.AdditionalFiles." + SettingNames.OverlayOrder);
            if (orderText is not null && !int.TryParse(orderText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out order))
            {
                problems.Add(new SettingProblem(SettingNames.OverlayOrder, orderText, "not an integer", "0"));
                order = 0;
            }

            EquatableArray<string> appliesTo = (SpecFileInput.Read(itemOptions, "build_metadata.AdditionalFiles." + SettingNames.OverlayFor) ?? string.Empty)
                .Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Trim())
                .Where(p => p.Length > 0)
                .ToEquatableArray();
            // Only 'extends' is needed to place the overlay; the document is read again where it is applied.
            OpenAI.Realtime.Gen.Overlays.OverlayDocument? document = OpenAI.Realtime.Gen.Overlays.OverlayReader.Read(file.Path, text, new List<OpenAI.Realtime.Gen.Overlays.OverlayProblem>(), out _, out _, cancellationToken);
            return new OverlayFileInput(file.Path, text, order, appliesTo, document?.Extends, problems.ToEquatableArray());
        }

        /// <summary>
        /// Whether the text's top level has an <c>overlay</c> member: in YAML a line starting with <c>overlay:</c> (or a
        /// quoted key) before any <c>openapi</c> one; in JSON an <c>overlay</c> member of the top-level object, found by
        /// reading the first 16 KB with <see cref="Utf8JsonReader"/>.
        /// </summary>
        internal static bool LooksLikeOverlay(string text)
        {
            int limit = Math.Min(text.Length, 16 * 1024);
            string head = text.Substring(0, limit);
            string trimmed = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            if (trimmed.StartsWith("{", StringComparison.Ordinal))
            {
                return head.Contains("\"overlay\"") && JsonTopLevelHas(trimmed, "overlay");
            }

            using var reader = new StringReader(head);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (IsKeyLine(line, "overlay"))
                {
                    return true;
                }

                if (IsKeyLine(line, "openapi") || IsKeyLine(line, "swagger"))
                {
                    return false;
                }
            }

            return false;
        }

        private static bool IsKeyLine(string line, string key)
        {
            foreach (string form in new[] { key, "\"" + key + "\"", "'" + key + "'" })
            {
                if (line.StartsWith(form, StringComparison.Ordinal))
                {
                    string rest = line.Substring(form.Length).TrimStart(' ');
                    if (rest.StartsWith(":", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool JsonTopLevelHas(string head, string name)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(head);
            var reader = new Utf8JsonReader(bytes, isFinalBlock: false, state: new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip }));
            try
            {
                while (reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(name))
                    {
                        return true;
                    }
                }
            }
            catch (JsonException)
            {
            }

            return false;
        }
    }
}

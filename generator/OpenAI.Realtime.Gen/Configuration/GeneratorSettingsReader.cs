using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenAI.Realtime.Gen.Model;
using OpenAI.Realtime.Gen.Modeling;

namespace OpenAI.Realtime.Gen.Configuration
{
    /// <summary>Reads <see cref="GeneratorSettings"/> from item metadata, falling back to project properties, then to defaults.</summary>
    internal static class GeneratorSettingsReader
    {
        public static GeneratorSettings Read(AnalyzerConfigOptions item, AnalyzerConfigOptions global, List<SettingProblem> problems)
        {
            string? roots = Setting(item, global, SettingNames.Roots);
            string ns = Setting(item, global, SettingNames.Namespace) ?? SettingNames.DefaultNamespace;
            if (!IsValidNamespace(ns))
            {
                problems.Add(new SettingProblem(SettingNames.Namespace, ns, "not a valid C# namespace", SettingNames.DefaultNamespace));
                ns = SettingNames.DefaultNamespace;
            }

            string accessibility = Setting(item, global, SettingNames.Accessibility) ?? "public";
            bool isPublic = true;
            if (string.Equals(accessibility, "internal", StringComparison.OrdinalIgnoreCase))
            {
                isPublic = false;
            }
            else if (!string.Equals(accessibility, "public", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new SettingProblem(SettingNames.Accessibility, accessibility, "expected 'public' or 'internal'", "public"));
            }

            string serverOnly = Setting(item, global, SettingNames.ServerOnly) ?? ServerOnlyPatterns.Default;
            return new GeneratorSettings(
                Split(roots ?? SettingNames.DefaultRoots),
                roots is not null,
                ns,
                isPublic,
                Split(serverOnly));
        }

        private static string? Setting(AnalyzerConfigOptions item, AnalyzerConfigOptions global, string name)
            => SpecFileInput.Read(item, "build_metadata.AdditionalFiles." + name) ?? SpecFileInput.Read(global, "build_property." + name);

        private static EquatableArray<string> Split(string value)
            => value.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(v => v.Trim()).Where(v => v.Length > 0).ToEquatableArray();

        private static bool IsValidNamespace(string ns)
        {
            foreach (string part in ns.Split('.'))
            {
                if (part.Length == 0 || char.IsDigit(part[0]) || !part.All(c => c == '_' || Identifier.IsWordChar(c))
                    || Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

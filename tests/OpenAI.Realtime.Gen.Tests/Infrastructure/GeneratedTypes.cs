using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace OpenAI.Realtime.Gen.Tests.Infrastructure;

/// <summary>
/// The generated code of each type, cut out of the model files: every type there starts at the line naming it
/// (<c>// Name, from #/components/schemas/...</c>, or <c>// Name</c>) and runs to the next such line or the end of
/// the namespace. Keyed by <c>Namespace.Name</c>.
/// </summary>
public static class GeneratedTypes
{
    private static readonly Regex TypeLine = new(@"^[ ]*// (?<name>[A-Za-z_][A-Za-z0-9_]*)(, from #.*)?$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Regex NamespaceLine = new(@"^namespace (?<ns>[A-Za-z_][A-Za-z0-9_.]*)(?<fileScoped>;)?$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>The names of the types in one generated file, in the order the file holds them.</summary>
    public static IReadOnlyList<string> NamesIn(string fileText)
        => TypeLine.Matches(fileText).Select(m => m.Groups["name"].Value).ToList();

    public static IReadOnlyDictionary<string, string> Of(IEnumerable<GeneratedSourceResult> sources)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (GeneratedSourceResult source in sources)
        {
            string text = source.SourceText.ToString();
            Match ns = NamespaceLine.Match(text);
            MatchCollection starts = TypeLine.Matches(text);
            if (!ns.Success || starts.Count == 0)
            {
                continue;
            }

            int end = ns.Groups["fileScoped"].Success ? text.Length : text.LastIndexOf("\n}", StringComparison.Ordinal) + 1;
            for (int i = 0; i < starts.Count; i++)
            {
                int start = starts[i].Index;
                int stop = i + 1 < starts.Count ? starts[i + 1].Index : end;
                string key = ns.Groups["ns"].Value + "." + starts[i].Groups["name"].Value;
                Assert.False(types.ContainsKey(key), key + " is generated twice");
                types[key] = text.Substring(start, stop - start).TrimEnd('\n') + "\n";
            }
        }

        return types;
    }
}

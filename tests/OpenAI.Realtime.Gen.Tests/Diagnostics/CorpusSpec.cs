using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Diagnostics;

/// <summary>
/// One file of <c>Diagnostics/Corpus</c> with the diagnostics it must produce. Expectations are written in the file, as a
/// YAML comment on the line the diagnostic must point at:
/// <code>
///   $ref: '#/components/schemas/Missing'  # expect OAIGEN006 col 11
///   $ref: '#/components/schemas/Missing'  # expect OAIGEN005 col 11; OAIGEN006 col 11
///   propertyName: kind                    # expect OAIGEN002|OAIGEN005 col 9   (either ID)
///   # expect OAIGEN013 nowhere                                                  (any location, Location.None included)
/// </code>
/// Columns are 1-based and count UTF-16 chars. Leading comment lines may set <c># roots: A;B*</c> (default <c>*</c>),
/// <c># metadata: Name=Value</c> (more item metadata) and <c># allow OAIGEN005</c> (tolerate extra diagnostics of that ID).
/// Files that cannot hold comments (JSON, an empty file, a file cut off mid-line) use a sidecar <c>{file}.expect</c> with
/// lines <c>OAIGEN001 12:5</c>, <c>OAIGEN013 nowhere</c>, <c>roots: A</c>, <c>metadata: Name=Value</c>, <c>allow: OAIGEN005</c>.
/// </summary>
public sealed class CorpusSpec
{
    private static readonly Regex InlineExpectation = new(@"#\s*expect\s+(OAIGEN.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex OneExpectation = new(@"^(?<ids>OAIGEN\d{3}(\|OAIGEN\d{3})*)\s+(?:col\s+(?<col>\d+)|(?<line>\d+):(?<col2>\d+)|(?<nowhere>nowhere))$", RegexOptions.CultureInvariant);

    private CorpusSpec(string name, string path, string text)
    {
        Name = name;
        Path = path;
        Text = text;
    }

    /// <summary>The folder holding the corpus (found from the repository root, so it works from any build output folder).</summary>
    public static string Folder => System.IO.Path.Combine(TestPaths.RepositoryRoot, "tests", "OpenAI.Realtime.Gen.Tests", "Diagnostics", "Corpus");

    public string Name { get; }

    public string Path { get; }

    public string Text { get; }

    public string Roots { get; private set; } = "*";

    public Dictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Allowed { get; } = new(StringComparer.Ordinal);

    public List<Expectation> Expectations { get; } = new();

    /// <summary>The spec files of the corpus (sidecars and the README excluded), by name.</summary>
    public static IEnumerable<string> FileNames()
        => Directory.GetFiles(Folder)
            .Where(f => !f.EndsWith(".expect", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => System.IO.Path.GetFileName(f)!)
            .OrderBy(f => f, StringComparer.Ordinal);

    public static CorpusSpec Load(string fileName)
    {
        string path = System.IO.Path.Combine(Folder, fileName);
        var spec = new CorpusSpec(fileName, path, File.ReadAllText(path));
        spec.ReadInlineExpectations();
        string sidecar = path + ".expect";
        if (File.Exists(sidecar))
        {
            spec.ReadSidecar(File.ReadAllLines(sidecar));
        }

        return spec;
    }

    /// <summary>The item metadata the file is given: forced to be read as a spec, with its roots and extra settings.</summary>
    public Dictionary<string, string> ItemMetadata()
    {
        var metadata = new Dictionary<string, string>(Metadata, StringComparer.Ordinal)
        {
            ["OpenAIRealtimeGenerate"] = "true",
            ["OpenAIRealtimeRoots"] = Roots,
        };
        return metadata;
    }

    private void ReadInlineExpectations()
    {
        string[] lines = Text.Split('\n');
        bool leading = true;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            string trimmed = line.TrimStart();
            if (leading && trimmed.StartsWith('#'))
            {
                string directive = trimmed.Substring(1).Trim();
                if (directive.StartsWith("roots:", StringComparison.Ordinal))
                {
                    Roots = directive.Substring("roots:".Length).Trim();
                }
                else if (directive.StartsWith("metadata:", StringComparison.Ordinal))
                {
                    AddMetadata(directive.Substring("metadata:".Length));
                }
                else if (directive.StartsWith("allow ", StringComparison.Ordinal))
                {
                    Allowed.Add(directive.Substring("allow ".Length).Trim());
                }
            }
            else if (trimmed.Length > 0)
            {
                leading = false;
            }

            Match match = InlineExpectation.Match(line);
            if (match.Success)
            {
                foreach (string part in match.Groups[1].Value.Split(';'))
                {
                    Expectations.Add(Parse(part.Trim(), i + 1, "line " + (i + 1).ToString(CultureInfo.InvariantCulture)));
                }
            }
        }
    }

    private void ReadSidecar(string[] lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("roots:", StringComparison.Ordinal))
            {
                Roots = line.Substring("roots:".Length).Trim();
            }
            else if (line.StartsWith("metadata:", StringComparison.Ordinal))
            {
                AddMetadata(line.Substring("metadata:".Length));
            }
            else if (line.StartsWith("allow:", StringComparison.Ordinal))
            {
                Allowed.Add(line.Substring("allow:".Length).Trim());
            }
            else
            {
                Expectations.Add(Parse(line, null, Name + ".expect line " + (i + 1).ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private void AddMetadata(string assignment)
    {
        int equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException(Name + ": metadata must read 'Name=Value': " + assignment);
        }

        Metadata[assignment.Substring(0, equals).Trim()] = assignment.Substring(equals + 1).Trim();
    }

    private Expectation Parse(string text, int? commentLine, string where)
    {
        Match match = OneExpectation.Match(text);
        if (!match.Success)
        {
            throw new FormatException(Name + " (" + where + "): cannot read the expectation '" + text + "'; write 'OAIGEN006 col 7', 'OAIGEN006 12:7' or 'OAIGEN013 nowhere'.");
        }

        string[] ids = match.Groups["ids"].Value.Split('|');
        if (match.Groups["nowhere"].Success)
        {
            return new Expectation(ids, null, null, where);
        }

        if (match.Groups["line"].Success)
        {
            return new Expectation(ids, int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["col2"].Value, CultureInfo.InvariantCulture), where);
        }

        if (commentLine is null)
        {
            throw new FormatException(Name + " (" + where + "): a sidecar expectation needs 'line:col'.");
        }

        return new Expectation(ids, commentLine, int.Parse(match.Groups["col"].Value, CultureInfo.InvariantCulture), where);
    }
}

/// <summary>A diagnostic a corpus file must produce: one of <see cref="Ids"/>, at 1-based <see cref="Line"/>:<see cref="Column"/> (null: anywhere).</summary>
public sealed record Expectation(IReadOnlyList<string> Ids, int? Line, int? Column, string Where)
{
    public override string ToString()
        => string.Join("|", Ids) + (Line is null ? " (any location)" : " at " + Line.Value.ToString(CultureInfo.InvariantCulture) + ":" + Column!.Value.ToString(CultureInfo.InvariantCulture)) + " [" + Where + "]";
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using OpenAI.Realtime.Gen.Tests.Fuzzing;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Diagnostics;

/// <summary>
/// A hostile but valid spec (<see cref="HostileSpec"/>), read as JSON (raw characters) and as YAML (escaped), must give
/// code that compiles cleanly, holds no injected preprocessor directive and no invisible or line-breaking character, and
/// still carries every hostile string to the wire exactly.
/// </summary>
public class CodeInjectionTests
{
    private static readonly Dictionary<string, GeneratorRun> Runs = new(StringComparer.Ordinal);
    private static readonly object RunsLock = new();

    private static readonly string[] ForbiddenDirectives = { "#error", "#warning", "#if", "#elif", "#else", "#endif", "#define", "#undef", "#line", "#region", "#endregion" };

    public static TheoryData<string> Formats() => new() { "json", "yaml" };

    /// <summary>The generator run for one format, shared by the tests (generating and compiling is the slow part).</summary>
    private static GeneratorRun Run(string format)
    {
        lock (RunsLock)
        {
            if (!Runs.TryGetValue(format, out GeneratorRun? run))
            {
                string text = format == "json" ? HostileSpec.Json() : YamlText.Write(HostileSpec.Document());
                var metadata = new Dictionary<string, string> { ["OpenAIRealtimeGenerate"] = "true", ["OpenAIRealtimeRoots"] = "*" };
                run = GeneratorHarness.Run(new SpecInput("/specs/hostile." + format, text, metadata));
                Runs[format] = run;
                Dump(format, text, run);
            }

            return run;
        }
    }

    /// <summary>Writes the spec and the generated sources under the test output folder, for a person to look at.</summary>
    private static void Dump(string format, string text, GeneratorRun run)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "code-injection", format);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "hostile." + format), text);
        foreach (var source in run.Sources)
        {
            File.WriteAllText(Path.Combine(folder, string.Concat(source.Key.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c))), source.Value);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void GeneratedCodeCompilesWithNoErrorOrWarning(string format)
    {
        GeneratorRun run = Run(format);
        Assert.Null(run.GeneratorException);

        // OpenAPI wants component names to match ^[a-zA-Z0-9.\-_]+$: Microsoft.OpenApi's findings about the hostile schema
        // names are right, and are the only warnings expected.
        var problems = run.GeneratorDiagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Where(d => !(d.Id == "OAIGEN005" && d.GetMessage(CultureInfo.InvariantCulture).Contains("in 'schemas' of components MUST match the regular expression", StringComparison.Ordinal)))
            .ToList();
        Assert.True(problems.Count == 0, DiagnosticFacts.DescribeAll(problems));
        run.AssertCompilesCleanly();
        Assert.NotNull(run.Output.GetTypeByMetadataName("OpenAI.Realtime." + HostileSpec.ObjectName));
        Assert.NotNull(run.Output.GetTypeByMetadataName("OpenAI.Realtime." + HostileSpec.EnumName));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void NoGeneratedLineIsAnInjectedDirective(string format)
    {
        var found = new List<string>();
        foreach (var source in Run(format).Sources)
        {
            string[] lines = source.Value.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].TrimStart();
                if (ForbiddenDirectives.Any(d => line.StartsWith(d, StringComparison.Ordinal)))
                {
                    found.Add(source.Key + "(" + (i + 1).ToString(CultureInfo.InvariantCulture) + "): " + lines[i]);
                }
            }
        }

        Assert.True(found.Count == 0, "Preprocessor directives from the spec reached the output:\n" + string.Join("\n", found.Take(30)));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void NoInvisibleOrLineBreakingCharacterReachesTheSource(string format)
    {
        // Bidi and other format controls (Cf) hide code; U+2028/U+2029/U+0085/CR end a C# line (and so a // comment);
        // no other control character belongs in generated text either (it uses \n line ends only).
        var found = new List<string>();
        foreach (var source in Run(format).Sources)
        {
            string text = source.Value;
            int line = 1;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n')
                {
                    line++;
                    continue;
                }

                UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control)
                {
                    found.Add(source.Key + " line " + line.ToString(CultureInfo.InvariantCulture) + ": U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " (" + category + ")");
                }
            }
        }

        Assert.True(found.Count == 0, found.Count + " invisible or line-breaking characters in the output:\n" + string.Join("\n", found.Take(30)));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void HostileNamesAndValuesRoundTripExactly(string format)
    {
        var models = new GeneratedJson(Run(format));
        string json = HostileSpec.Payload().ToJsonString();
        string written = models.RoundTrip(json, HostileSpec.ObjectName);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), "sent:    " + json + "\nwritten: " + written);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void HostileMemberNamesAreReadIntoTheirProperties(string format)
    {
        var models = new GeneratedJson(Run(format));
        object model = models.Read(HostileSpec.Payload().ToJsonString(), HostileSpec.ObjectName)!;
        var kept = (IDictionary<string, JsonElement>)model.GetType().GetProperty("AdditionalProperties")!.GetValue(model)!;
        Assert.True(kept.Count == 0, kept.Count + " members were not recognised as the properties the spec declares and were kept as unknown members: "
            + string.Join(", ", kept.Keys.Select(k => JsonSerializer.Serialize(k))));

        // Every typed property holds what was sent.
        foreach (PropertyInfo property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            string? wireName = property.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name;
            if (wireName is not null && HostileSpec.WireStrings.Contains(wireName))
            {
                Assert.Equal("value of " + wireName, property.GetValue(model));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void TheDiscriminatorPicksTheCaseByItsHostileValue(string format)
    {
        var models = new GeneratedJson(Run(format));
        for (int i = 0; i < HostileSpec.DiscriminatorValues.Length; i++)
        {
            string json = new JsonObject { ["kind"] = HostileSpec.DiscriminatorValues[i], ["size"] = 1.5 }.ToJsonString();
            object? shape = models.Read(json, HostileSpec.UnionName);
            string expected = HostileSpec.UnionName + (i == 0 ? "Circle" : "Square");
            Assert.True(shape?.GetType().Name == expected, "A shape of kind " + JsonSerializer.Serialize(HostileSpec.DiscriminatorValues[i]) + " was read as " + shape?.GetType().Name + ", not " + expected);
            string written = models.Write(shape, HostileSpec.UnionName);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), "sent:    " + json + "\nwritten: " + written);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void EnumKnownValuesCarryTheExactHostileStrings(string format)
    {
        var models = new GeneratedJson(Run(format));
        Type enumType = models.Type(HostileSpec.EnumName);
        var known = enumType.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == enumType)
            .Select(p => p.GetValue(null)!.ToString())
            .ToList();
        Assert.Equal(HostileSpec.WireStrings.OrderBy(s => s, StringComparer.Ordinal), known.OrderBy(s => s, StringComparer.Ordinal));

        var listed = ((System.Collections.IEnumerable)enumType.GetProperty("KnownValues")!.GetValue(null)!).Cast<object>().Select(v => v.ToString()).ToList();
        Assert.Equal(HostileSpec.WireStrings, listed);

        // Each known value is read as itself and written back unchanged.
        foreach (string value in HostileSpec.WireStrings)
        {
            string json = JsonSerializer.Serialize(value);
            object? read = models.Read(json, HostileSpec.EnumName);
            Assert.Equal(value, read?.ToString());
            Assert.True((bool)enumType.GetProperty("IsKnown")!.GetValue(read)!, "The value " + json + " is not recognised as known.");
            Assert.Equal(value, JsonSerializer.Deserialize<string>(models.Write(read, HostileSpec.EnumName)));
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void DefaultsCarryTheExactHostileStrings(string format)
    {
        var models = new GeneratedJson(Run(format));
        Type type = models.Type(HostileSpec.ObjectName);
        Type? defaults = type.GetNestedType("Defaults", BindingFlags.Public);
        Assert.NotNull(defaults);
        var values = defaults!.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.GetValue(null)?.ToString()).ToList();
        foreach (string value in HostileSpec.WireStrings)
        {
            Assert.True(values.Contains(value), "No default holds " + JsonSerializer.Serialize(value) + "; the defaults are " + JsonSerializer.Serialize(values));
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void AValidHostilePayloadValidates(string format)
    {
        var models = new GeneratedJson(Run(format));
        Type type = models.Type(HostileSpec.ObjectName);

        // A validation of a valid payload finds nothing (the pattern and the constant compare with the exact strings).
        object model = models.Read(HostileSpec.Payload().ToJsonString(), HostileSpec.ObjectName)!;
        var errors = (System.Collections.ICollection)type.GetMethod("Validate", Type.EmptyTypes)!.Invoke(model, null)!;
        Assert.True(errors.Count == 0, string.Join("\n", errors.Cast<object>()));
    }
}

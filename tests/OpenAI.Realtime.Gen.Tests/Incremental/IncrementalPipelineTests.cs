using System;
using System.Collections;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.OpenApi;
using OpenAI.Realtime.Gen.Model;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Incremental;

/// <summary>
/// The pipeline is incremental the way users feel it: a keystroke in C# does not re-read the 3 MB spec, a change to one
/// schema re-emits only what changed, a comment in the spec changes nothing, and a setting change regenerates.
/// </summary>
public class IncrementalPipelineTests
{
    private static readonly string[] SpecSteps = { TrackingNames.SpecFiles, TrackingNames.SpecModels, TrackingNames.Types };

    private static SpecInput Bundled(string? text = null, IReadOnlyDictionary<string, string>? metadata = null)
        => new(TestPaths.BundledSpec, text ?? System.IO.File.ReadAllText(TestPaths.BundledSpec), metadata);

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(SpecInput spec) => FirstRun(spec, out _);

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(SpecInput spec, out AdditionalText text)
    {
        text = new InMemoryAdditionalText(spec.Path, spec.Text);
        Compilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { spec }, ImmutableArray.Create(text), trackSteps: true).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static GeneratorRunResult Result(GeneratorDriver driver) => driver.GetRunResult().Results.Single();

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static IEnumerable<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result)
        => result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void ASecondRunIsAllCached()
    {
        var (driver, compilation) = FirstRun(Bundled());
        GeneratorRunResult second = Result(driver.RunGenerators(compilation));
        foreach (string step in SpecSteps)
        {
            Assert.All(Reasons(second, step), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }

        Assert.All(OutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void AnUnrelatedCSharpEditDoesNotTouchTheSpec()
    {
        var (driver, compilation) = FirstRun(Bundled());
        Compilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace UserCode { public class Typed { public int X; } }", GeneratorHarness.ParseOptions));
        GeneratorRunResult second = Result(driver.RunGenerators(edited));
        foreach (string step in SpecSteps)
        {
            Assert.All(Reasons(second, step), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }

        Assert.All(OutputReasons(second), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
    }

    [Fact]
    public void ACommentInTheSpecLeavesTheModelUnchanged()
    {
        SpecInput original = Bundled();
        var (driver, compilation) = FirstRun(original, out AdditionalText text);
        var commented = new InMemoryAdditionalText(original.Path, "# a comment that moves every line down\n" + original.Text);
        GeneratorRunResult second = Result(driver.ReplaceAdditionalText(text, commented).RunGenerators(compilation));

        Assert.Equal(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.SpecFiles).Single());
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reasons(second, TrackingNames.SpecModels).Single());
        Assert.All(Reasons(second, TrackingNames.Types), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.DoesNotContain(OutputReasons(second), reason => reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
    }

    [Fact]
    public void EditingOneSchemaReEmitsOnlyItsFile()
    {
        SpecInput original = Bundled();
        var (driver, compilation) = FirstRun(original, out AdditionalText text);
        const string Before = "    ToolChoiceFunction:\n      type: object\n";
        Assert.Contains(Before, original.Text);
        var edited = new InMemoryAdditionalText(original.Path, original.Text.Replace(Before, Before + "      deprecated: true\n"));
        GeneratorDriver next = driver.ReplaceAdditionalText(text, edited).RunGenerators(compilation);
        GeneratorRunResult second = Result(next);

        var modifiedTypes = second.TrackedSteps[TrackingNames.Types].SelectMany(s => s.Outputs)
            .Where(o => o.Reason != IncrementalStepRunReason.Unchanged && o.Reason != IncrementalStepRunReason.Cached)
            .Select(o => ((TypeToEmit)o.Value).Type.Name)
            .ToList();
        Assert.Equal(new[] { "ToolChoiceFunction" }, modifiedTypes);
        var files = Reasons(second, TrackingNames.ModelFiles).ToList();
        Assert.True(files.Count > 1, files.Count + " model files");
        Assert.Single(files, reason => reason == IncrementalStepRunReason.Modified);
        Assert.All(files, reason => Assert.True(reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged, reason.ToString()));
        Assert.Contains("[__Sys::Obsolete(", GeneratedTypes.Of(next.GetRunResult().Results.Single().GeneratedSources)["OpenAI.Realtime.ToolChoiceFunction"]);
    }

    [Fact]
    public void ChangingASettingRegenerates()
    {
        SpecInput original = Bundled();
        var (driver, compilation) = FirstRun(original);
        var options = new TestOptionsProvider(
            new Dictionary<string, IReadOnlyDictionary<string, string>> { [original.Path] = new Dictionary<string, string> { ["OpenAIRealtimeNamespace"] = "Renamed.Models" } },
            new Dictionary<string, string>());
        GeneratorDriver next = driver.WithUpdatedAnalyzerConfigOptions(options).RunGenerators(compilation);
        GeneratorRunResult second = Result(next);

        Assert.Equal(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.SpecFiles).Single());
        Assert.All(second.GeneratedSources, source => Assert.StartsWith("Renamed.Models.", source.HintName));
    }

    [Fact]
    public void TheModelIsValueEqualAndHoldsNoCompilerOrOpenApiObjects()
    {
        var (first, _) = FirstRun(Bundled());
        var (second, _) = FirstRun(Bundled());
        var model1 = (SpecModel)Result(first).TrackedSteps[TrackingNames.SpecModels].Single().Outputs.Single().Value;
        var model2 = (SpecModel)Result(second).TrackedSteps[TrackingNames.SpecModels].Single().Outputs.Single().Value;

        Assert.NotSame(model1, model2);
        Assert.Equal(model1, model2);
        Assert.Equal(model1.GetHashCode(), model2.GetHashCode());
        Assert.True(model1.Types.Count > 100);

        int visited = 0;
        AssertHoldsOnlyPlainData(model1, new HashSet<object>(ReferenceEqualityComparer.Instance), ref visited);
        Assert.True(visited > 1000, visited + " objects walked");
    }

    private static void AssertHoldsOnlyPlainData(object? value, HashSet<object> seen, ref int visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(value is ISymbol || value is SyntaxNode || value is Compilation || value is SemanticModel || value is Location || value is AdditionalText
            || value is JsonNode || value is IOpenApiSchema || value is OpenApiDocument || value is IOpenApiElement,
            "The model holds a " + value.GetType().FullName);
        if (!value.GetType().IsValueType && !seen.Add(value))
        {
            return;
        }

        visited++;
        if (value is IEnumerable items)
        {
            foreach (object? item in items)
            {
                AssertHoldsOnlyPlainData(item, seen, ref visited);
            }

            return;
        }

        foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            {
                AssertHoldsOnlyPlainData(property.GetValue(value), seen, ref visited);
            }
        }
    }
}

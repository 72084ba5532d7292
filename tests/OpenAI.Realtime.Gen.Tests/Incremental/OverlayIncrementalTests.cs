using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenAI.Realtime.Gen.Tests.Infrastructure;
using OpenAI.Realtime.Gen.Tests.Overlays;

namespace OpenAI.Realtime.Gen.Tests.Incremental;

/// <summary>
/// Overlays keep the pipeline incremental: a C# edit re-reads neither the spec nor the overlay, editing an overlay
/// re-parses the specs it applies to (and only those), and a second run is all cached.
/// </summary>
public class OverlayIncrementalTests
{
    private static readonly string[] ReadingSteps = { TrackingNames.SpecFiles, TrackingNames.OverlayFiles, TrackingNames.SpecInputs, TrackingNames.SpecModels, TrackingNames.OverlayDiagnostics, TrackingNames.Types };

    private const string AddAge = "  - target: $.components.schemas.Pet.properties\n    update: {age: {type: integer}}\n";

    private sealed record Setup(GeneratorDriver Driver, Compilation Compilation, AdditionalText Overlay);

    private static Setup FirstRun(params SpecInput[] extraSpecs)
    {
        SpecInput spec = OverlayTestSpec.Spec();
        SpecInput overlay = OverlayTestSpec.OverlayFile(AddAge);
        SpecInput[] inputs = new[] { spec, overlay }.Concat(extraSpecs).ToArray();
        AdditionalText[] texts = inputs.Select(i => (AdditionalText)new InMemoryAdditionalText(i.Path, i.Text)).ToArray();
        Compilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(inputs, texts.ToImmutableArray(), trackSteps: true).RunGenerators(compilation);
        return new Setup(driver, compilation, texts[1]);
    }

    private static GeneratorRunResult Result(GeneratorDriver driver) => driver.GetRunResult().Results.Single();

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void ASecondRunIsAllCached()
    {
        Setup setup = FirstRun();
        GeneratorRunResult second = Result(setup.Driver.RunGenerators(setup.Compilation));
        foreach (string step in ReadingSteps)
        {
            Assert.All(Reasons(second, step), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }
    }

    [Fact]
    public void ACSharpEditReadsNeitherTheSpecNorTheOverlay()
    {
        Setup setup = FirstRun();
        Compilation edited = setup.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace UserCode { public class Typed { public int X; } }", GeneratorHarness.ParseOptions));
        GeneratorRunResult second = Result(setup.Driver.RunGenerators(edited));
        foreach (string step in ReadingSteps)
        {
            Assert.NotEmpty(Reasons(second, step));
            Assert.All(Reasons(second, step), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }
    }

    [Fact]
    public void EditingTheOverlayRegenerates()
    {
        Setup setup = FirstRun();
        Assert.Contains("Age", Source(setup.Driver, "Pet"));
        var edited = new InMemoryAdditionalText(setup.Overlay.Path, OverlayTestSpec.Overlay(AddAge.Replace("age", "weight")));
        GeneratorDriver next = setup.Driver.ReplaceAdditionalText(setup.Overlay, edited).RunGenerators(setup.Compilation);
        GeneratorRunResult second = Result(next);

        Assert.Equal(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.OverlayFiles).Single());
        Assert.Equal(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.SpecInputs).Single());
        Assert.Equal(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.SpecModels).Single());
        Assert.Equal(IncrementalStepRunReason.Cached, Reasons(second, TrackingNames.SpecFiles).Single());
        string pet = Source(next, "Pet");
        Assert.Contains("Weight", pet);
        Assert.DoesNotContain("Age", pet);

        // Only Pet's file changes.
        var modified = second.TrackedSteps[TrackingNames.Types].SelectMany(s => s.Outputs)
            .Where(o => o.Reason is not (IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached))
            .Select(o => ((OpenAI.Realtime.Gen.Model.TypeToEmit)o.Value).Type.Name)
            .ToList();
        Assert.Equal(new[] { "Pet" }, modified);
    }

    [Fact]
    public void ACommentInTheOverlayLeavesTheModelUnchanged()
    {
        Setup setup = FirstRun();
        var edited = new InMemoryAdditionalText(setup.Overlay.Path, "# a comment\n" + OverlayTestSpec.Overlay(AddAge));
        GeneratorRunResult second = Result(setup.Driver.ReplaceAdditionalText(setup.Overlay, edited).RunGenerators(setup.Compilation));
        Assert.Equal(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.SpecInputs).Single());
        // The parse step runs again and gives an equal result, so the model is not rebuilt.
        Assert.True(Reasons(second, TrackingNames.SpecModels).Single() is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached);
        Assert.All(Reasons(second, TrackingNames.Types), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void EditingAnOverlayForAnotherSpecLeavesThisOneCached()
    {
        // The overlay is for pets.yaml only: the second spec's input stays equal and its model is not rebuilt.
        var other = new SpecInput("/project/other.yaml", OverlayTestSpec.Text, new Dictionary<string, string>(OverlayTestSpec.Roots) { ["OpenAIRealtimeNamespace"] = "Other" });
        SpecInput spec = OverlayTestSpec.Spec();
        SpecInput overlay = OverlayTestSpec.OverlayFile(AddAge, metadata: new Dictionary<string, string> { ["OpenAIRealtimeOverlayFor"] = "pets.yaml" });
        SpecInput[] inputs = { spec, overlay, other };
        AdditionalText[] texts = inputs.Select(i => (AdditionalText)new InMemoryAdditionalText(i.Path, i.Text)).ToArray();
        Compilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(inputs, texts.ToImmutableArray(), trackSteps: true).RunGenerators(compilation);
        var edited = new InMemoryAdditionalText(overlay.Path, OverlayTestSpec.Overlay(AddAge.Replace("age", "weight")));
        GeneratorRunResult second = Result(driver.ReplaceAdditionalText(texts[1], edited).RunGenerators(compilation));

        var models = second.TrackedSteps[TrackingNames.SpecModels].SelectMany(s => s.Outputs).Select(o => (((OpenAI.Realtime.Gen.Model.SpecModel)o.Value).FilePath, o.Reason)).ToDictionary(p => p.FilePath, p => p.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, models[spec.Path]);
        Assert.Equal(IncrementalStepRunReason.Cached, models[other.Path]);
    }

    private static string Source(GeneratorDriver driver, string type)
        => GeneratedTypes.Of(Result(driver).GeneratedSources)["OpenAI.Realtime." + type];
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using OpenAI.Realtime.Gen.Overlays;
using OpenAI.Realtime.Gen.Overlays.JsonPath;
using OpenAI.Realtime.Gen.Reading;
using OpenAI.Realtime.Gen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenAI.Realtime.Gen.Tests.Overlays;

/// <summary>
/// The Overlay specification's own material, read in place from <c>../shared/conformance/overlay-1.0</c>: every
/// compliant set (input, overlay, expected output) applied gives its output, compared as data; every <c>pass</c>
/// document is accepted and every <c>fail</c> document rejected with a problem.
/// </summary>
public sealed class OverlayConformanceTests
{
    private readonly ITestOutputHelper _output;

    public OverlayConformanceTests(ITestOutputHelper output) => _output = output;

    private static string Folder => Path.Combine(TestPaths.ConformanceFolder, "overlay-1.0");

    public static TheoryData<string> CompliantSets()
    {
        var data = new TheoryData<string>();
        foreach (string directory in Directory.GetDirectories(Path.Combine(Folder, "compliant-sets")).OrderBy(d => d, System.StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CompliantSets))]
    public void CompliantSetGivesItsOutput(string set)
    {
        string directory = Path.Combine(Folder, "compliant-sets", set);
        JsonNode document = Read(Path.Combine(directory, "openapi.yaml"));
        JsonNode expected = Read(Path.Combine(directory, "output.yaml"));
        var problems = new List<OverlayProblem>();
        string overlayPath = Path.Combine(directory, "overlay.yaml");
        OverlayDocument? overlay = OverlayReader.Read(overlayPath, File.ReadAllText(overlayPath), problems, out _, out _, CancellationToken.None);
        Assert.Empty(problems);
        Assert.NotNull(overlay);

        List<OverlayOutcome> outcomes = OverlayApplier.Apply(overlay!, document, null, CancellationToken.None);

        Assert.Empty(outcomes);
        Assert.True(JsonValues.DeepEquals(expected, document), "expected\n" + expected.ToJsonString() + "\nbut got\n" + document.ToJsonString());
        Assert.False(JsonValues.DeepEquals(Read(Path.Combine(directory, "openapi.yaml")), document), "the overlay changed nothing");
    }

    [Fact]
    public void EveryCompliantSetIsRun()
    {
        int count = CompliantSets().Count;
        _output.WriteLine("Overlay compliant sets: " + count);
        Assert.Equal(Directory.GetDirectories(Path.Combine(Folder, "compliant-sets")).Length, count);
        Assert.True(count >= 8);
    }

    [Fact]
    public void PassDocumentsAreAccepted()
    {
        string[] files = Directory.GetFiles(Path.Combine(Folder, "tests", "v1.0", "pass"), "*.yaml");
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            var problems = new List<OverlayProblem>();
            OverlayDocument? overlay = OverlayReader.Read(file, File.ReadAllText(file), problems, out _, out _, CancellationToken.None);
            Assert.True(problems.Count == 0, Path.GetFileName(file) + ": " + string.Join("; ", problems.Select(p => p.Message)));
            Assert.NotNull(overlay);
            Assert.All(overlay!.Actions, action => Assert.NotNull(action.Query));
        }

        _output.WriteLine("Overlay pass documents accepted: " + files.Length);
    }

    [Fact]
    public void FailDocumentsAreRejectedWithAProblem()
    {
        string[] files = Directory.GetFiles(Path.Combine(Folder, "tests", "v1.0", "fail"), "*.yaml");
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            var problems = new List<OverlayProblem>();
            OverlayDocument? overlay = OverlayReader.Read(file, File.ReadAllText(file), problems, out _, out _, CancellationToken.None);
            Assert.True(overlay is null, Path.GetFileName(file) + " was accepted");
            Assert.Contains(problems, p => p.Kind is OverlayProblemKind.Invalid or OverlayProblemKind.UnsupportedVersion);
            _output.WriteLine(Path.GetFileName(file) + ": " + problems[0].Message + " (line " + (problems[0].Span.StartLine + 1) + ")");
        }

        _output.WriteLine("Overlay fail documents rejected: " + files.Length);
    }

    private static JsonNode Read(string path)
    {
        SpecTextReadResult read = SpecTextReader.Read(File.ReadAllText(path), SpecTextLimits.Default, CancellationToken.None);
        Assert.Empty(read.Problems);
        return read.Root!;
    }
}

using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Generation;

/// <summary>
/// End-to-end snapshots of a few types generated from the bundled spec, the header of the model files, and the
/// serializer context (the review surface of output changes).
/// </summary>
public class BundledSpecSnapshotTests
{
    private static readonly GeneratorRun Run = GeneratorHarness.Run(SpecInput.FromFile(TestPaths.BundledSpec));

    [Theory]
    [InlineData("RealtimeResponse")]
    [InlineData("RealtimeResponseMaxOutputTokens")]
    [InlineData("RealtimeResponseStatus")]
    [InlineData("RealtimeConversationItem")]
    [InlineData("RealtimeTurnDetectionServerVad")]
    [InlineData("Metadata")]
    public void GeneratedFile(string typeName) => Snapshot.Verify(Run.Types["OpenAI.Realtime." + typeName], typeName);

    [Fact]
    public void SerializerContext() => Snapshot.Verify(Run.Sources["OpenAI.Realtime.RealtimeJsonContext.g.cs"], "RealtimeJsonContext");

    [Fact]
    public void ModelFileHeader()
    {
        string file = Run.Sources["OpenAI.Realtime.Models.01.g.cs"];
        Snapshot.Verify(file.Substring(0, file.IndexOf("\n// ", file.IndexOf("namespace ", System.StringComparison.Ordinal), System.StringComparison.Ordinal) + 1), "ModelFileHeader");
    }
}

using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Generation;

/// <summary>End-to-end snapshots of a few files generated from the bundled spec (the review surface of output changes).</summary>
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
    [InlineData("RealtimeJsonContext")]
    public void GeneratedFile(string typeName) => Snapshot.Verify(Run.Sources["OpenAI.Realtime." + typeName + ".g.cs"], typeName);
}

namespace OpenAI.Realtime.Gen.Tests.Packaging;

/// <summary>
/// Tests that run the dotnet CLI on projects of this repository (packing, building the benchmarks) share this collection,
/// so they never restore or build the same project at the same time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DotnetCliCollection
{
    public const string Name = "dotnet CLI";
}

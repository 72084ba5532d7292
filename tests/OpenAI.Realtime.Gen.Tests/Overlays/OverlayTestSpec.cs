using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Overlays;

/// <summary>A small spec with paths, odd member names, a union and schemas the roots do not reach, for overlay tests.</summary>
internal static class OverlayTestSpec
{
    public const string Path = "/project/specs/pets.yaml";

    public const string Text = """
        openapi: 3.1.0
        info: {title: Pets, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              responses: {'200': {description: ok}}
        components:
          schemas:
            Pet:
              type: object
              properties:
                name: {type: string, description: The name.}
                'odd/name.with space': {type: string}
                tags: {type: array, items: {type: string}}
            Event:
              oneOf:
                - $ref: '#/components/schemas/Created'
              discriminator: {propertyName: type}
            Created:
              type: object
              required: [type]
              properties:
                type: {type: string, enum: [created]}
            Deleted:
              type: object
              required: [type]
              properties:
                type: {type: string, enum: [deleted]}
                reason: {$ref: '#/components/schemas/Reason'}
            Reason:
              type: object
              properties:
                text: {type: string}
        """;

    public static readonly Dictionary<string, string> Roots = new() { ["OpenAIRealtimeRoots"] = "Pet;Event" };

    public static SpecInput Spec(string? path = null, Dictionary<string, string>? metadata = null) => new(path ?? Path, Text, metadata ?? Roots);

    /// <summary>An overlay document with the given actions (YAML lines, indented as list items under <c>actions:</c>).</summary>
    public static string Overlay(string actions, string version = "1.0.0") => "overlay: " + version + "\ninfo: {title: test, version: '1'}\nactions:\n" + actions;

    public static SpecInput OverlayFile(string actions, string path = "/project/specs/pets.fixes.yaml", Dictionary<string, string>? metadata = null)
        => new(path, Overlay(actions), metadata);

    public static GeneratorRun Run(params SpecInput[] inputs) => GeneratorHarness.Run(inputs.Length == 0 || inputs.All(i => i.Path != Path) ? inputs.Prepend(Spec()).ToArray() : inputs);

    public static string Source(GeneratorRun run, string type, string ns = "OpenAI.Realtime")
        => run.Types.TryGetValue(ns + "." + type, out string? source) ? source : string.Empty;

    public static IReadOnlyList<Diagnostic> Ours(GeneratorRun run) => run.GeneratorDiagnostics.Where(d => d.Id.StartsWith("OAIGEN", System.StringComparison.Ordinal)).ToList();
}

using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.CodeAnalysis;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Extending;

/// <summary>
/// Users extend generated partial types in their own files: added members live beside the generated ones, and a member
/// the user declares replaces the generated one of the same name (so a spec refresh never causes CS0102).
/// </summary>
public class UserPartialTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: { title: t, version: "1" }
        paths: {}
        components:
          schemas:
            Note:
              type: object
              required: [title]
              properties:
                title: { type: string, maxLength: 10 }
                body: { type: string }
                stars: { type: integer }
        """;

    private static GeneratorRun Run(string userCode)
        => GeneratorHarness.Run(new[] { new SpecInput("/spec/notes.yaml", Spec, new System.Collections.Generic.Dictionary<string, string> { ["OpenAIRealtimeRoots"] = "*", ["OpenAIRealtimeNamespace"] = "Notes" }) }, new[] { userCode });

    private static (object Value, string Written) RoundTrip(Assembly assembly, string json)
    {
        var context = (JsonSerializerContext)assembly.GetType("Notes.RealtimeJsonContext")!.GetProperty("Default")!.GetValue(null)!;
        JsonTypeInfo info = context.GetTypeInfo(assembly.GetType("Notes.Note")!)!;
        object value = JsonSerializer.Deserialize(json, info)!;
        return (value, JsonSerializer.Serialize(value, info));
    }

    [Fact]
    public void AddedMembersLiveBesideTheGeneratedOnes()
    {
        GeneratorRun run = Run("""
            namespace Notes
            {
                public partial class Note
                {
                    public string Headline => Title.ToUpperInvariant();
                }
            }
            """);
        run.AssertCompilesCleanly();
        var (value, written) = RoundTrip(run.LoadAssembly(), """{"title":"hi","stars":3}""");
        Assert.Equal("HI", value.GetType().GetProperty("Headline")!.GetValue(value));
        Assert.Equal("""{"title":"hi","stars":3}""", written);
    }

    [Fact]
    public void AUserDeclaredPropertyReplacesTheGeneratedOneAndIsStillSerialized()
    {
        GeneratorRun run = Run("""
            namespace Notes
            {
                public partial class Note
                {
                    private string? _body;

                    /// <summary>Stored trimmed.</summary>
                    public string? Body { get => _body; set => _body = value?.Trim(); }
                }
            }
            """);
        run.AssertCompilesCleanly();
        string generated = run.Types["Notes.Note"];
        Assert.DoesNotContain("public string? Body", generated);
        Assert.Contains("public string Title", generated);

        var (value, written) = RoundTrip(run.LoadAssembly(), """{"title":"t","body":"  spaced  "}""");
        Assert.Equal("spaced", value.GetType().GetProperty("Body")!.GetValue(value));
        Assert.Equal("""{"title":"t","body":"spaced"}""", written);
    }

    [Fact]
    public void UserDeclaredMethodsAndConstructorsReplaceTheGeneratedOnes()
    {
        GeneratorRun run = Run("""
            using System.Collections.Generic;
            using OpenAI.Realtime.Serialization;

            namespace Notes
            {
                public partial class Note
                {
                    public Note() { Title = "untitled"; }

                    public bool IsSet(string propertyName) => true;

                    public IReadOnlyList<RealtimeValidationError> Validate() => new RealtimeValidationError[0];
                }
            }
            """);
        run.AssertCompilesCleanly();
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var (value, _) = RoundTrip(run.LoadAssembly(), "{}");
        object created = System.Activator.CreateInstance(value.GetType())!;
        Assert.Equal("untitled", created.GetType().GetProperty("Title")!.GetValue(created));
    }

    [Fact]
    public void HooksRunAfterReadingBeforeWritingAndDuringValidation()
    {
        GeneratorRun run = Run("""
            using OpenAI.Realtime.Serialization;

            namespace Notes
            {
                public partial class Note
                {
                    partial void OnDeserialized() => Stars ??= 0;

                    partial void OnSerializing() => Body ??= "(empty)";

                    partial void OnValidate(RealtimeValidationContext context)
                    {
                        if (Stars > 5)
                        {
                            context.PushProperty("stars");
                            context.AddError("At most five stars.");
                            context.Pop();
                        }
                    }
                }
            }
            """);
        run.AssertCompilesCleanly();
        Assembly assembly = run.LoadAssembly();
        var (value, written) = RoundTrip(assembly, """{"title":"t"}""");
        Assert.Equal("""{"title":"t","body":"(empty)","stars":0}""", written);

        value.GetType().GetProperty("Stars")!.SetValue(value, 9L);
        var errors = (System.Collections.IEnumerable)value.GetType().GetMethod("Validate")!.Invoke(value, null)!;
        Assert.Equal("$.stars: At most five stars.", Assert.Single(errors.Cast<object>()).ToString());
    }

    [Fact]
    public void AUserConstructorWithParametersKeepsTheParameterlessOneReadingNeeds()
    {
        GeneratorRun run = Run("""
            namespace Notes
            {
                public partial class Note
                {
                    public Note(string title) { Title = title; }
                }
            }
            """);
        run.AssertCompilesCleanly();
        Assert.Contains("public Note() { }", run.Types["Notes.Note"]);
        var (value, written) = RoundTrip(run.LoadAssembly(), """{"title":"t","stars":2}""");
        Assert.Equal("""{"title":"t","stars":2}""", written);
        Assert.Equal("made", ((dynamic)System.Activator.CreateInstance(value.GetType(), "made")!).Title);
    }

    [Fact]
    public void AClassNobodyExtendsDeclaresNoHooks()
    {
        GeneratorRun run = Run("""
            namespace Notes
            {
                public partial class Note
                {
                    partial void OnDeserialized() => Stars ??= 1;
                }
            }
            """);
        run.AssertCompilesCleanly();
        string generated = run.Types["Notes.Note"];
        Assert.Contains("partial void OnDeserialized();", generated);
        Assert.DoesNotContain("OnSerializing", generated);
        Assert.DoesNotContain("OnValidate", generated);
        var (_, written) = RoundTrip(run.LoadAssembly(), """{"title":"t"}""");
        Assert.Equal("""{"title":"t","stars":1}""", written);
    }
}

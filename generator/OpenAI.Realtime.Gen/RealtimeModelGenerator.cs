using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using OpenAI.Realtime.Gen.Configuration;
using OpenAI.Realtime.Gen.Diagnostics;
using OpenAI.Realtime.Gen.Emitting;
using OpenAI.Realtime.Gen.Extending;
using OpenAI.Realtime.Gen.Model;
using OpenAI.Realtime.Gen.Modeling;
using OpenAI.Realtime.Gen.Overlays;

namespace OpenAI.Realtime.Gen
{
    /// <summary>
    /// Generates typed models for OpenAI's Realtime API from the OpenAPI documents among a project's <c>AdditionalFiles</c>.
    /// The pipeline: spec files (path, text, settings) -> parse step (text -> equatable model + diagnostics) -> one item
    /// per type -> the text of each type -> model files of up to <see cref="FileEmitter.TypesPerFile"/> types per
    /// namespace, plus one <c>RealtimeJsonContext</c> per namespace.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class RealtimeModelGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<SpecFileInput> specFiles = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, cancellationToken) => SpecFileInput.TryCreate(pair.Left, pair.Right.GetOptions(pair.Left), pair.Right.GlobalOptions, cancellationToken))
                .Where(input => input is not null)
                .Select((input, _) => input!)
                .WithTrackingName(TrackingNames.SpecFiles);

            IncrementalValuesProvider<OverlayFileInput> overlayFiles = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, cancellationToken) => OverlayFileInput.TryCreate(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
                .Where(input => input is not null)
                .Select((input, _) => input!)
                .WithTrackingName(TrackingNames.OverlayFiles);

            // Each spec with the overlays that apply to it, in order: editing an overlay re-parses only those specs.
            IncrementalValueProvider<(ImmutableArray<OverlayFileInput> Overlays, ImmutableArray<string> SpecPaths)> overlaySet = overlayFiles
                .Collect()
                .Combine(specFiles.Select((input, _) => input.Path).Collect())
                .WithTrackingName(TrackingNames.Overlays);
            IncrementalValuesProvider<SpecWithOverlays> specInputs = specFiles
                .Combine(overlaySet)
                .Select((pair, _) => SpecWithOverlays.Create(pair.Left, pair.Right.Overlays, pair.Right.SpecPaths))
                .WithTrackingName(TrackingNames.SpecInputs);

            IncrementalValuesProvider<SpecParseResult> parsed = specInputs
                .Select((input, cancellationToken) => SpecModelFactory.Create(input, cancellationToken));

            // An overlay's own problems, once per overlay file (not once per spec it applies to).
            IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> overlayProblems = overlayFiles
                .Select((input, cancellationToken) => OverlayStage.Check(input, cancellationToken))
                .WithTrackingName(TrackingNames.OverlayDiagnostics);
            context.RegisterSourceOutput(overlayProblems, static (spc, items) =>
            {
                foreach (DiagnosticInfo item in items)
                {
                    spc.ReportDiagnostic(ToDiagnostic(item));
                }
            });

            IncrementalValuesProvider<SpecModel> models = parsed
                .Select((result, _) => result.Model)
                .WithTrackingName(TrackingNames.SpecModels);

            IncrementalValueProvider<LanguageLevel> language = context.ParseOptionsProvider
                .Select((options, _) => LanguageLevelOf(options))
                .WithTrackingName(TrackingNames.LanguageVersion);

            IncrementalValueProvider<EquatableArray<UserPartialType>> userTypes = context.SyntaxProvider
                .CreateSyntaxProvider((node, _) => UserPartialType.IsCandidate(node), (syntax, _) => UserPartialType.Create((TypeDeclarationSyntax)syntax.Node))
                .Collect()
                .Select((types, _) => types.OrderBy(t => t.FullName, StringComparer.Ordinal).ToEquatableArray())
                .WithTrackingName(TrackingNames.UserMembers);

            IncrementalValuesProvider<TypeToEmit> types = models
                .SelectMany((model, _) => model.Types.Select(type => new TypeToEmit(model.FilePath, model.Settings, type)))
                .WithTrackingName(TrackingNames.Types);

            IncrementalValueProvider<EquatableArray<DuplicateType>> duplicates = types
                .Select((item, _) => (Key: Key(item), item.Settings.Namespace, item.Type.Name, item.FilePath))
                .Collect()
                .Select((keys, _) => FindDuplicates(keys))
                .WithTrackingName(TrackingNames.TypeKeys);
            context.RegisterSourceOutput(duplicates, static (spc, items) => ReportDuplicates(spc, items));

            IncrementalValuesProvider<EmittedType> emitted = types
                .Combine(userTypes)
                .Combine(duplicates.Combine(language))
                .Select((pair, _) => EmitType(pair.Left.Left, pair.Left.Right, pair.Right.Left, pair.Right.Right));

            // The types' texts, grouped into files: the compiler pays per file as well as per line.
            IncrementalValuesProvider<ModelFile> files = emitted
                .Collect()
                .Combine(language)
                .SelectMany((pair, _) => FilesOf(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.ModelFiles);
            context.RegisterSourceOutput(files, static (spc, file) => spc.AddSource(file.HintName, SourceText.From(file.Source, System.Text.Encoding.UTF8)));

            IncrementalValuesProvider<(string Namespace, bool IsPublic, EquatableArray<ContextType> Types)> contexts = models
                .Collect()
                .SelectMany((all, _) => ContextsOf(all))
                .WithTrackingName(TrackingNames.Contexts);

            context.RegisterSourceOutput(contexts.Combine(language), static (spc, pair) =>
            {
                var (ns, isPublic, names) = pair.Left;
                if (pair.Right != LanguageLevel.TooOld && names.Count > 0)
                {
                    spc.AddSource(ns + "." + JsonContextEmitter.ContextName + ".g.cs", SourceText.From(JsonContextEmitter.Emit(names, new EmitContext(ns, isPublic, language: pair.Right)), System.Text.Encoding.UTF8));
                }
            });

            IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics = parsed.Select((result, _) => result.Diagnostics);
            context.RegisterSourceOutput(diagnostics, static (spc, items) =>
            {
                foreach (DiagnosticInfo item in items)
                {
                    spc.ReportDiagnostic(ToDiagnostic(item));
                }
            });

            // Problems found while emitting (an emitter failure, an old language version) are reported at the schema's
            // place in the spec file.
            IncrementalValueProvider<ImmutableArray<EmittedType>> emitProblems = emitted.Where(e => e.Problem is not null).Collect();
            IncrementalValueProvider<ImmutableArray<SpecParseResult>> locations = parsed.Collect();
            context.RegisterSourceOutput(emitProblems.Combine(locations), static (spc, pair) => ReportEmitProblems(spc, pair.Left, pair.Right));
        }

        private static string Key(TypeToEmit item) => item.Settings.Namespace + "." + item.Type.Name;

        private static EquatableArray<DuplicateType> FindDuplicates(ImmutableArray<(string Key, string Namespace, string Name, string FilePath)> keys)
        {
            return keys
                .GroupBy(k => k.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => (Group: g, Paths: g.Select(k => k.FilePath).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList()))
                .Where(g => g.Paths.Count > 1)
                .Select(g => new DuplicateType(g.Group.Key, g.Group.First().Namespace, g.Group.First().Name, g.Paths[0], g.Paths.Skip(1).ToEquatableArray()))
                .OrderBy(d => d.Key, StringComparer.Ordinal)
                .ToEquatableArray();
        }

        /// <summary>One error per pair of spec files that generate the same types, at the start of the file whose types are dropped.</summary>
        private static void ReportDuplicates(SourceProductionContext context, EquatableArray<DuplicateType> duplicates)
        {
            var pairs = duplicates
                .SelectMany(d => d.OtherPaths.Select(other => (d.OwnerPath, Other: other, d.Namespace, d.TypeName)))
                .GroupBy(p => (p.OwnerPath, p.Other, p.Namespace));
            foreach (var pair in pairs)
            {
                var names = pair.Select(p => p.TypeName).OrderBy(n => n, StringComparer.Ordinal).ToList();
                Location location = Location.Create(pair.Key.Other, new TextSpan(0, 0), new LinePositionSpan(default, default));
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateGeneratedTypes, location, pair.Key.OwnerPath, pair.Key.Other, names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), pair.Key.Namespace, string.Join("', '", names.Take(3))));
            }
        }

        private static EmittedType EmitType(TypeToEmit item, EquatableArray<UserPartialType> userTypes, EquatableArray<DuplicateType> duplicates, LanguageLevel language)
        {
            string key = Key(item);
            if (language == LanguageLevel.TooOld)
            {
                return new EmittedType(null, item.Type.Name, item.Settings.Namespace, "LANGVERSION");
            }

            foreach (DuplicateType duplicate in duplicates)
            {
                if (string.Equals(duplicate.Key, key, StringComparison.OrdinalIgnoreCase) && duplicate.OwnerPath != item.FilePath)
                {
                    // Reported once per pair of files; the owner's copy is emitted.
                    return new EmittedType(null, item.Type.Name, item.Settings.Namespace, null);
                }
            }

            try
            {
                var emitContext = new EmitContext(item.Settings.Namespace, item.Settings.IsPublic, UserPartialType.MembersOf(userTypes, key), language);
                return new EmittedType(FileEmitter.EmitType(item.Type, emitContext), item.Type.Name, item.Settings.Namespace, null);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return new EmittedType(null, item.Type.Name, item.Settings.Namespace, exception.GetType().Name + ": " + exception.Message);
            }
        }

        /// <summary>What the project's C# version allows the generated code: nothing before C# 8, file-scoped namespaces from C# 10.</summary>
        private static LanguageLevel LanguageLevelOf(ParseOptions options)
            => options is not CSharpParseOptions csharp ? LanguageLevel.CSharp8
                : csharp.LanguageVersion >= LanguageVersion.CSharp10 ? LanguageLevel.CSharp10
                : csharp.LanguageVersion >= LanguageVersion.CSharp8 ? LanguageLevel.CSharp8
                : LanguageLevel.TooOld;

        private static IEnumerable<(string Namespace, bool IsPublic, EquatableArray<ContextType> Types)> ContextsOf(ImmutableArray<SpecModel> models)
        {
            return models
                .GroupBy(m => m.Settings.Namespace, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Any(m => m.Settings.IsPublic), g.SelectMany(m => m.Types).Select(ContextType.Of).GroupBy(t => t.Name, StringComparer.Ordinal).Select(t => t.First()).OrderBy(t => t.Name, StringComparer.Ordinal).ToEquatableArray()));
        }

        private static void ReportEmitProblems(SourceProductionContext context, ImmutableArray<EmittedType> problems, ImmutableArray<SpecParseResult> results)
        {
            bool languageReported = false;
            foreach (EmittedType problem in problems)
            {
                SpecParseResult? owner = results.FirstOrDefault(r => r.Model.Settings.Namespace == problem.Namespace && r.Model.Types.Any(t => t.Name == problem.TypeName));
                LocationInfo? location = owner?.TypeLocations.FirstOrDefault(l => l.TypeName == problem.TypeName)?.Location;
                if (problem.Problem == "LANGVERSION")
                {
                    if (!languageReported)
                    {
                        languageReported = true;
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LanguageVersionTooLow, ToLocation(location), "7.3 or earlier"));
                    }

                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidGeneratedCode, ToLocation(location), problem.TypeName, problem.Problem));
            }
        }

        private static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            DiagnosticDescriptor descriptor = DiagnosticDescriptors.ById[info.Id];
            return Diagnostic.Create(descriptor, ToLocation(info.Location), info.Arguments.Cast<object>().ToArray());
        }

        private static Location ToLocation(LocationInfo? info)
        {
            if (info is null)
            {
                return Location.None;
            }

            return Location.Create(info.FilePath, new TextSpan(info.Start, info.Length), new LinePositionSpan(new LinePosition(info.StartLine, info.StartColumn), new LinePosition(info.EndLine, info.EndColumn)));
        }

        /// <summary>The model files of each namespace (<see cref="FileEmitter.EmitFiles"/>), namespaces in ordinal order; types that could not be emitted are left out (their problems are reported at the spec).</summary>
        private static IEnumerable<ModelFile> FilesOf(ImmutableArray<EmittedType> emitted, LanguageLevel language)
            => emitted
                .Where(e => e.Text is not null)
                .GroupBy(e => e.Namespace, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .SelectMany(g => FileEmitter.EmitFiles(g.Select(e => (e.TypeName, e.Text!)), new EmitContext(g.Key, isPublic: true, language: language)))
                .Select(file => new ModelFile(file.HintName, file.Source));

        /// <summary>The declarations of one generated type, or the problem that kept it from being emitted. Immutable, value-equal.</summary>
        private sealed record EmittedType(string? Text, string TypeName, string Namespace, string? Problem);

        /// <summary>One generated model file.</summary>
        private sealed record ModelFile(string HintName, string Source);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using OpenAI.Realtime.Gen.Tests.Infrastructure;

namespace OpenAI.Realtime.Gen.Tests.Packaging;

/// <summary>
/// The way users meet the generator: from packages. Packs both packages into a local folder feed, then builds, runs and
/// publishes (trimmed) samples/OpenAI.Realtime.PackageSample through PackageReference, with a NuGet cache that starts
/// empty. A ProjectReference build would hide a missing analyzer dependency; this does not.
/// </summary>
[Collection(DotnetCliCollection.Name)]
public sealed class PackageConsumptionTests : IClassFixture<PackageConsumptionTests.PackedFeed>
{
    private static readonly string[] ExpectedOutput =
    {
        "response resp_CmXq5bS0vG1PjD6Qh8tRz is completed; 2 output items",
        "get_weather: city=Lisbon, unit=celsius (default celsius)",
        "{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"function_call_output\",\"call_id\":\"call_8dS2kFqLp3Xw\",\"output\":\"{\\\"city\\\":\\\"Lisbon\\\",\\\"temperature\\\":21,\\\"conditions\\\":\\\"sunny \\\"}\"}}",
        "report: sunny, 21 degrees in Lisbon",
        "humidity (from the overlay): 140; $.humidity: The value 140 is greater than 100.",
        "invalid query: $.city: The string has 0 characters; the minimum is 1.",
        "write mode of Requests: Request",
    };

    private readonly PackedFeed _feed;

    public PackageConsumptionTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void GeneratorPackageHoldsTheAnalyzerItsDependenciesBuildFilesAndTheSpec()
    {
        using ZipArchive package = ZipFile.OpenRead(Path.Combine(_feed.Folder, "OpenAI.Realtime.Gen.1.0.0.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(
            new[] { "analyzers/dotnet/cs/Microsoft.OpenApi.dll", "analyzers/dotnet/cs/OpenAI.Realtime.Gen.dll", "analyzers/dotnet/cs/YamlDotNet.dll" },
            entries.Where(e => e.EndsWith(".dll", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        foreach (string expected in new[] { "buildTransitive/OpenAI.Realtime.Gen.props", "buildTransitive/OpenAI.Realtime.Gen.targets", "build/OpenAI.Realtime.Gen.props", "spec/openapi.yaml", "README.md" })
        {
            Assert.Contains(expected, entries);
        }

        XElement metadata = Nuspec(package);
        XNamespace ns = metadata.Name.Namespace;
        Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.NotNull(metadata.Element(ns + "repository")?.Attribute("url"));
        Assert.Contains("Visual Studio 2022 17.8", metadata.Element(ns + "description")!.Value);
        var dependency = Assert.Single(metadata.Descendants(ns + "dependency"));
        Assert.Equal("OpenAI.Realtime.Gen.Runtime", dependency.Attribute("id")?.Value);
    }

    [Fact]
    public void RuntimePackageTargetsNetStandardNet8AndNet10()
    {
        using ZipArchive package = ZipFile.OpenRead(Path.Combine(_feed.Folder, "OpenAI.Realtime.Gen.Runtime.1.0.0.nupkg"));
        var libraries = package.Entries.Select(e => e.FullName).Where(e => e.EndsWith(".dll", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal);
        // net10.0: System.Text.Json 10's AllowDuplicateProperties is honoured there.
        Assert.Equal(new[] { "lib/net10.0/OpenAI.Realtime.Gen.Runtime.dll", "lib/net8.0/OpenAI.Realtime.Gen.Runtime.dll", "lib/netstandard2.0/OpenAI.Realtime.Gen.Runtime.dll" }, libraries);
        Assert.Equal("MIT", Nuspec(package).Element(Nuspec(package).Name.Namespace + "license")?.Value);
    }

    [Fact]
    public void SampleBuildsRunsAndPublishesTrimmedFromThePackages()
    {
        var (app, environment) = CopySample("app", "cache");

        DotnetCli.Result build = DotnetCli.Run("dotnet", "build -nodeReuse:false -p:UseSharedCompilation=false", app, environment).AssertSuccess("dotnet build of the package sample");
        Assert.Contains(" 0 Warning(s)", build.Output);
        Assert.True(Directory.Exists(Path.Combine(_feed.Root, "cache", "openai.realtime.gen", "1.0.0", "analyzers")), "the generator package was not restored into the empty cache");
        Assert.True(Directory.Exists(Path.Combine(_feed.Root, "cache", "openai.realtime.gen.runtime", "1.0.0")), "the runtime package did not come as a dependency");

        DotnetCli.Result run = DotnetCli.Run("dotnet", "run --no-build", app, environment).AssertSuccess("dotnet run of the package sample");
        Assert.Equal(ExpectedOutput, Lines(run.Output));

        string published = Path.Combine(_feed.Root, "published");
        DotnetCli.Result publish = DotnetCli.Run("dotnet", "publish -c Release -r linux-x64 --self-contained -p:PublishTrimmed=true -nodeReuse:false -p:UseSharedCompilation=false -o " + published, app, environment, timeoutSeconds: 900)
            .AssertSuccess("trimmed publish of the package sample");
        Assert.DoesNotContain("warning", publish.Output, StringComparison.OrdinalIgnoreCase);
        DotnetCli.Result trimmed = DotnetCli.Run(Path.Combine(published, "OpenAI.Realtime.PackageSample"), string.Empty, published).AssertSuccess("the trimmed sample");
        Assert.Equal(ExpectedOutput, Lines(trimmed.Output));
    }

    /// <summary>
    /// The package's build files turn on Roslyn's <c>enable-generator-cache</c> (the compiler server then reuses the
    /// generator's state between builds) unless the project sets <c>OpenAIRealtimeGeneratorCache</c> to false, and keep
    /// the features the project sets itself.
    /// </summary>
    [Fact]
    public void PackageTurnsOnTheGeneratorCacheUnlessTheProjectOptsOut()
    {
        var (app, environment) = CopySample("features", "cache-features");
        DotnetCli.Run("dotnet", "restore -nodeReuse:false", app, environment).AssertSuccess("dotnet restore of the package sample");

        string project = Directory.GetFiles(app, "*.csproj").Single();
        string original = File.ReadAllText(project);
        string Features(string projectFeatures, string arguments = "")
        {
            File.WriteAllText(project, projectFeatures.Length == 0 ? original : ReplaceFirst(original, "<PropertyGroup>", "<PropertyGroup><Features>" + projectFeatures + "</Features>"));
            return DotnetCli.Run("dotnet", "msbuild -nodeReuse:false -getProperty:Features " + arguments, app, environment).AssertSuccess("dotnet msbuild -getProperty:Features").Output.Trim();
        }

        Assert.Equal("enable-generator-cache", Features(string.Empty).Trim(';'));
        Assert.Equal("strict;enable-generator-cache", Features("strict"));
        Assert.Equal("enable-generator-cache", Features("enable-generator-cache"));
        Assert.Equal(string.Empty, Features(string.Empty, "-p:OpenAIRealtimeGeneratorCache=false"));
        Assert.Equal("strict", Features("strict", "-p:OpenAIRealtimeGeneratorCache=false"));
    }

    private static string ReplaceFirst(string text, string oldValue, string newValue)
    {
        int at = text.IndexOf(oldValue, StringComparison.Ordinal);
        Assert.True(at >= 0, oldValue + " not found");
        return text.Substring(0, at) + newValue + text.Substring(at + oldValue.Length);
    }

    /// <summary>
    /// A copy of the package sample in folder <paramref name="name"/> of the feed's root, taking packages from the feed
    /// first, and the environment that gives its builds an empty package cache of their own (<paramref name="cache"/>).
    /// </summary>
    private (string App, Dictionary<string, string> Environment) CopySample(string name, string cache)
    {
        string app = Path.Combine(_feed.Root, name);
        CopyDirectory(Path.Combine(TestPaths.RepositoryRoot, "samples", "OpenAI.Realtime.PackageSample"), app);
        File.WriteAllText(Path.Combine(app, "nuget.config"), NugetConfig());
        return (app, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_feed.Root, cache) });
    }

    private string NugetConfig() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{_feed.Folder}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """;

    private static string[] Lines(string output) => output.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static XElement Nuspec(ZipArchive package)
    {
        ZipArchiveEntry entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = entry.Open();
        return XDocument.Load(stream).Root!.Elements().First(e => e.Name.LocalName == "metadata");
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            string destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>Packs the generator and the runtime once for the class, into a fresh temporary folder feed.</summary>
    public sealed class PackedFeed : IDisposable
    {
        public PackedFeed()
        {
            Root = Path.Combine(Path.GetTempPath(), "oaigen-packages-" + Guid.NewGuid().ToString("N"));
            Folder = Path.Combine(Root, "feed");
            Directory.CreateDirectory(Folder);
            foreach (string project in new[] { "runtime/OpenAI.Realtime.Gen.Runtime/OpenAI.Realtime.Gen.Runtime.csproj", "generator/OpenAI.Realtime.Gen/OpenAI.Realtime.Gen.csproj" })
            {
                DotnetCli.Run("dotnet", "pack " + project + " -c Release -nodeReuse:false -p:UseSharedCompilation=false -o " + Folder, TestPaths.RepositoryRoot).AssertSuccess("dotnet pack " + project);
            }
        }

        public string Root { get; }

        public string Folder { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

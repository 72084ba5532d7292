using System;
using System.IO;

namespace OpenAI.Realtime.Gen.Tests.Infrastructure;

/// <summary>Where the repository, the bundled spec and the official specs (in <c>../shared/specs</c>) are.</summary>
public static class TestPaths
{
    /// <summary>The repository root (the folder holding OpenAI.Realtime.Gen.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The bundled spec, <c>spec/openapi.yaml</c>.</summary>
    public static string BundledSpec => Path.Combine(RepositoryRoot, "spec", "openapi.yaml");

    /// <summary>
    /// The official specs folder beside the repository. Tests that need it fail with a message naming the missing
    /// folder, rather than passing silently.
    /// </summary>
    public static string OfficialSpecsFolder
    {
        get
        {
            for (DirectoryInfo? directory = new(RepositoryRoot); directory is not null; directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, "shared", "specs");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            Assert.Fail("The official specs folder 'shared/specs' is missing: it must sit beside the repository (../shared/specs from "
                + RepositoryRoot + "). These tests read OpenAI's published specs from there.");
            return string.Empty;
        }
    }

    /// <summary>
    /// The conformance suites beside the repository (<c>../shared/conformance</c>): JSONPath CTS, Overlay compliant sets.
    /// Tests that need it fail with a message naming the missing folder.
    /// </summary>
    public static string ConformanceFolder
    {
        get
        {
            for (DirectoryInfo? directory = new(RepositoryRoot); directory is not null; directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, "shared", "conformance");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            Assert.Fail("The conformance folder 'shared/conformance' is missing: it must sit beside the repository (../shared/conformance from "
                + RepositoryRoot + "). These tests read the JSONPath and Overlay suites from there.");
            return string.Empty;
        }
    }

    /// <summary>The file names of the official specs the tests use.</summary>
    public static readonly string[] OfficialSpecNames = { "openai-2025-04-29.yaml", "openai-2026-05-13.yaml" };

    /// <summary>The full path of an official spec.</summary>
    public static string OfficialSpec(string fileName) => Path.Combine(OfficialSpecsFolder, fileName);

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenAI.Realtime.Gen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with OpenAI.Realtime.Gen.sln) was not found above " + AppContext.BaseDirectory);
    }
}

using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace OpenAI.Realtime.Gen.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions in Verify's file convention: <c>{Class}.{Method}#{name}.verified.cs</c> is committed next to the
/// test; on a mismatch the actual text is written to <c>.received.cs</c> beside it and the test fails. Set the environment
/// variable <c>OAIGEN_ACCEPT_SNAPSHOTS=1</c> to accept received text as verified (Verify's AutoVerify).
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "OAIGEN_ACCEPT_SNAPSHOTS";

    public static void Verify(string actual, string name, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(SourcePath(testFile))!, "Snapshots");
        string stem = Path.GetFileNameWithoutExtension(testFile) + "." + method + "#" + Sanitize(name);
        string verified = Path.Combine(directory, stem + ".verified.cs");
        string received = Path.Combine(directory, stem + ".received.cs");
        string normalized = actual.Replace("\r\n", "\n");

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == normalized)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        Directory.CreateDirectory(directory);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verified, normalized);
            return;
        }

        File.WriteAllText(received, normalized);
        Assert.Fail(File.Exists(verified)
            ? "Snapshot mismatch: compare " + received + " with " + verified + " (set " + AcceptVariable + "=1 to accept)."
            : "New snapshot: review " + received + " and rename it to .verified.cs, or set " + AcceptVariable + "=1.");
    }

    /// <summary>
    /// The caller's source path on this machine. A CI build (<c>ContinuousIntegrationBuild</c>) maps source paths to
    /// <c>/_/</c>, so a mapped path is resolved against the repository root found at run time.
    /// </summary>
    private static string SourcePath(string callerFilePath)
    {
        const string MappedRoot = "/_/";
        return callerFilePath.StartsWith(MappedRoot, StringComparison.Ordinal)
            ? Path.Combine(TestPaths.RepositoryRoot, callerFilePath.Substring(MappedRoot.Length))
            : callerFilePath;
    }

    private static string Sanitize(string name)
    {
        char[] chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (Array.IndexOf(Path.GetInvalidFileNameChars(), chars[i]) >= 0)
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }
}

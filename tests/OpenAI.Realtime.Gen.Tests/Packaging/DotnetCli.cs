using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace OpenAI.Realtime.Gen.Tests.Packaging;

/// <summary>Runs the dotnet CLI (or a published app) as a user would, with output captured and a time limit.</summary>
internal static class DotnetCli
{
    public sealed record Result(int ExitCode, string Output)
    {
        public Result AssertSuccess(string what)
        {
            Assert.True(ExitCode == 0, what + " failed with exit code " + ExitCode + ":\n" + Output);
            return this;
        }
    }

    public static Result Run(string fileName, string arguments, string workingDirectory, IDictionary<string, string>? environment = null, int timeoutSeconds = 600)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // The test host runs under MSBuild/dotnet test; the child must not inherit its build-specific settings.
        foreach (string key in new List<string>(ToKeys(start.Environment)))
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key is "DOTNET_HOST_PATH" or "MSBuildExtensionsPath" or "MSBuildSDKsPath")
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail(fileName + " " + arguments + " did not finish within " + timeoutSeconds + " s:\n" + output);
        }

        process.WaitForExit();
        lock (output)
        {
            return new Result(process.ExitCode, output.ToString());
        }
    }

    private static IEnumerable<string> ToKeys(IDictionary<string, string?> environment) => environment.Keys;
}

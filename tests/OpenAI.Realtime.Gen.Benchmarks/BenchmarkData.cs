using System;
using System.IO;

namespace RealtimeGenBenchmarks;

/// <summary>Inputs: the largest official spec (beside the repository) and the recorded GA payloads of the sample.</summary>
internal static class BenchmarkData
{
    public static string LargestOfficialSpec
    {
        get
        {
            for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, "shared", "specs", "openai-2026-05-13.yaml");
                if (System.IO.File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException("The official spec ../shared/specs/openai-2026-05-13.yaml was not found above " + AppContext.BaseDirectory);
        }
    }

    public static byte[] File(string name) => System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", name));
}

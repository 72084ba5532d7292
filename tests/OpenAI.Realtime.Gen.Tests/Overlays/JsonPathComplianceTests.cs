using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using OpenAI.Realtime.Gen.Overlays.JsonPath;
using OpenAI.Realtime.Gen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenAI.Realtime.Gen.Tests.Overlays;

/// <summary>
/// The JSONPath evaluator against the JSONPath Compliance Test Suite (RFC 9535), read in place from
/// <c>../shared/conformance/jsonpath-cts/cts.json</c>: every supported case gives exactly the expected nodes (in one of
/// the allowed orders), every invalid selector is rejected, and a case outside the subset is refused as not supported,
/// never answered wrongly.
/// </summary>
public sealed class JsonPathComplianceTests
{
    private readonly ITestOutputHelper _output;

    public JsonPathComplianceTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void EveryCaseIsAnsweredExactlyOrRefused()
    {
        string path = Path.Combine(TestPaths.ConformanceFolder, "jsonpath-cts", "cts.json");
        JsonArray tests = JsonNode.Parse(File.ReadAllText(path))!["tests"]!.AsArray();
        int pass = 0, unsupported = 0, invalidRejected = 0;
        var failures = new List<string>();
        var unsupportedByGroup = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var passByGroup = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (JsonNode? test in tests)
        {
            string name = (string)test!["name"]!;
            string selector = (string)test["selector"]!;
            string group = name.Split(',')[0];
            bool invalid = test["invalid_selector"] is JsonValue flag && (bool)flag;
            JsonPathQuery query;
            try
            {
                query = JsonPathParser.Parse(selector);
            }
            catch (JsonPathException error)
            {
                if (invalid)
                {
                    invalidRejected++;
                }
                else if (error.NotSupported)
                {
                    unsupported++;
                    unsupportedByGroup[group] = unsupportedByGroup.GetValueOrDefault(group) + 1;
                }
                else
                {
                    failures.Add(name + ": valid selector " + selector + " rejected: " + error.Message);
                }

                continue;
            }

            if (invalid)
            {
                failures.Add(name + ": invalid selector " + selector + " accepted");
                continue;
            }

            List<PathNode> selected;
            try
            {
                selected = query.Select(test["document"]);
            }
            catch (JsonPathException error) when (error.NotSupported)
            {
                unsupported++;
                unsupportedByGroup[group] = unsupportedByGroup.GetValueOrDefault(group) + 1;
                continue;
            }

            var allowed = new List<JsonArray>();
            if (test["result"] is JsonArray result)
            {
                allowed.Add(result);
            }

            if (test["results"] is JsonArray results)
            {
                allowed.AddRange(results.Select(r => r!.AsArray()));
            }

            bool matches = allowed.Any(expected => expected.Count == selected.Count
                && expected.Select((value, i) => JsonNode.DeepEquals(value, Normalize(selected[i].Value))).All(equal => equal));
            if (matches)
            {
                pass++;
                passByGroup[group] = passByGroup.GetValueOrDefault(group) + 1;
            }
            else
            {
                failures.Add(name + ": " + selector + " gave [" + string.Join(", ", selected.Select(n => n.Value?.ToJsonString() ?? "null")) + "], expected " + allowed[0].ToJsonString());
            }
        }

        _output.WriteLine($"JSONPath CTS: {tests.Count} cases: {pass} pass, {failures.Count} fail, {unsupported} unsupported (refused), {invalidRejected} invalid selectors rejected");
        _output.WriteLine("pass by group: " + string.Join(", ", passByGroup.Select(g => g.Key + " " + g.Value)));
        _output.WriteLine("unsupported by group: " + string.Join(", ", unsupportedByGroup.Select(g => g.Key + " " + g.Value)));
        foreach (string failure in failures)
        {
            _output.WriteLine("FAIL " + failure);
        }

        Assert.Empty(failures);
        Assert.Equal(tests.Count, pass + unsupported + invalidRejected);
        Assert.Equal(tests.Count(t => t!["invalid_selector"] is not null), invalidRejected);

        // The subset covers the groups the overlays need: nothing of them is refused.
        foreach (string group in new[] { "basic", "name selector", "index selector", "filter" })
        {
            Assert.True(passByGroup.GetValueOrDefault(group) > 0, group);
        }

        Assert.False(unsupportedByGroup.ContainsKey("basic"));
        Assert.False(unsupportedByGroup.ContainsKey("name selector"));
        Assert.False(unsupportedByGroup.ContainsKey("index selector"));
        Assert.False(unsupportedByGroup.ContainsKey("slice selector"));
    }

    // JsonNode.DeepEquals compares numbers by their text; the CTS writes 1 where a document may hold 1.0 and the reverse.
    private static JsonNode? Normalize(JsonNode? node) => node?.DeepClone();
}

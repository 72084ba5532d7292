using System;
using System.Text.Json.Nodes;
using System.Threading;
using OpenAI.Realtime.Gen.Reading;

namespace OpenAI.Realtime.Gen.Tests.Reading;

/// <summary>Shared helpers for the reader tests.</summary>
internal static class ReadingAssert
{
    public static SpecTextReadResult Read(string text, SpecTextLimits? limits = null) =>
        SpecTextReader.Read(text, limits ?? SpecTextLimits.Default, CancellationToken.None);

    /// <summary>Reads text that must produce no problem at all.</summary>
    public static JsonNode ReadClean(string text)
    {
        SpecTextReadResult result = Read(text);
        Assert.True(result.Problems.Count == 0, "Unexpected problems: " + string.Join("; ", result.Problems));
        Assert.NotNull(result.Root);
        return result.Root!;
    }

    /// <summary>Reads text that must fail with exactly one problem of <paramref name="kind"/>.</summary>
    public static SpecTextProblem ReadFatal(string text, SpecProblemKind kind, SpecTextLimits? limits = null)
    {
        SpecTextReadResult result = Read(text, limits);
        Assert.Null(result.Root);
        SpecTextProblem problem = Assert.Single(result.Problems, p => p.Kind != SpecProblemKind.DuplicateKey);
        Assert.Equal(kind, problem.Kind);
        return problem;
    }

    /// <summary>The CLR type and value of a scalar node, e.g. "Int64:5", or "null".</summary>
    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue value => value.GetValue<object>() switch
        {
            string s => "String:" + s,
            IFormattable f => f.GetType().Name + ":" + f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            var other => other.GetType().Name + ":" + other,
        },
        _ => node.GetType().Name,
    };

    public static void SpanIs(SourceSpan span, string text, string expected, int occurrence = 0)
    {
        int start = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(expected, start + 1, StringComparison.Ordinal);
        }

        Assert.True(start >= 0, "'" + expected + "' not found in the text");
        Assert.Equal(expected, text.Substring(span.Start, span.Length));
        Assert.Equal(start, span.Start);
        Assert.Equal((LineOf(text, span.Start), ColumnOf(text, span.Start)), (span.StartLine, span.StartColumn));
        Assert.Equal((LineOf(text, span.End), ColumnOf(text, span.End)), (span.EndLine, span.EndColumn));
    }

    /// <summary>0-based line of an offset, counting \n, \r\n and \r as breaks.</summary>
    public static int LineOf(string text, int offset)
    {
        int line = 0;
        for (int i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    public static int ColumnOf(string text, int offset)
    {
        int start = offset;
        while (start > 0 && text[start - 1] != '\n' && text[start - 1] != '\r')
        {
            start--;
        }

        return offset - start;
    }
}

using System;
using System.Linq;
using System.Text.Json;
using static OpenAI.Realtime.Models.Tests.Constructs.ConstructJson;

namespace OpenAI.Realtime.Models.Tests.Constructs;

using global::Constructs;

/// <summary>Closed enums, open enums (<c>anyOf [string, enum]</c>) and constants.</summary>
public class EnumTests
{
    [Fact]
    public void ClosedEnumKnownValueReadsAsItsStaticMember()
    {
        Household household = RoundTrip("{'color':'green','status':'needs-review'}", Context.Household);

        Assert.Equal(Color.Green, household.Color);
        Assert.True(household.Color!.Value.IsKnown);
        Assert.Equal(Status.NeedsReview, household.Status);
        AssertValid(household.Validate());
    }

    [Fact]
    public void ClosedEnumUnknownValueIsKeptWrittenBackAndReportedByValidate()
    {
        Household household = RoundTrip("{'color':'purple'}", Context.Household);

        Assert.Equal("purple", household.Color.ToString());
        Assert.False(household.Color!.Value.IsKnown);
        Assert.NotEqual(Color.Red, household.Color.Value);
        RealtimeValidationErrorAssert.Single(household.Validate(), "$.color", "The value 'purple' is not one of 'red', 'green', 'blue'.");
    }

    [Fact]
    public void OpenEnumUnknownValueIsKeptAndValid()
    {
        Household household = RoundTrip("{'flavor':'pistachio'}", Context.Household);

        Assert.Equal(new Flavor("pistachio"), household.Flavor);
        Assert.False(household.Flavor!.Value.IsKnown);
        AssertValid(household.Validate());
    }

    [Fact]
    public void OpenEnumKnownValue()
    {
        Household household = RoundTrip("{'flavor':'chocolate'}", Context.Household);

        Assert.Equal(Flavor.Chocolate, household.Flavor);
        Assert.True(household.Flavor!.Value.IsKnown);
        Assert.Equal(new[] { "vanilla", "chocolate" }, Flavor.KnownValues.Select(v => v.ToString()));
    }

    [Fact]
    public void ValuesAreSanitizedIntoMemberNamesAndKeepTheirWireText()
    {
        Assert.Equal("in_progress", Status.InProgress.ToString());
        Assert.Equal("done", Status.Done.ToString());
        Assert.Equal("needs-review", Status.NeedsReview.ToString());
        Assert.Equal(new[] { Status.InProgress, Status.Done, Status.NeedsReview }, Status.KnownValues);
        Assert.Equal(new[] { "red", "green", "blue" }, Color.KnownValues.Select(v => v.ToString()));
    }

    [Fact]
    public void ConvertsFromStringAndComparesOrdinally()
    {
        Color red = "red";
        Assert.True(red == Color.Red);
        Assert.False(red != Color.Red);
        Assert.True(red != Color.Blue);
        Assert.NotEqual(Color.Red, new Color("Red"));
        Assert.Equal(Color.Red.GetHashCode(), new Color("red").GetHashCode());
        Assert.True(Color.Red.Equals((object)new Color("red")));
        Assert.False(Color.Red.Equals((object)"red"));
    }

    [Fact]
    public void DefaultValueIsEmptyAndUnknown()
    {
        Color color = default;
        Assert.Equal(string.Empty, color.ToString());
        Assert.False(color.IsKnown);
    }

    [Fact]
    public void ConstructorRejectsNull()
    {
        Assert.Throws<ArgumentNullException>(() => new Color(null!));
    }

    [Fact]
    public void EnumReadsAndWritesAsAStandaloneValue()
    {
        Assert.Equal(Color.Blue, JsonSerializer.Deserialize("\"blue\"", Context.Color));
        Assert.Equal("\"red\"", JsonSerializer.Serialize(Color.Red, Context.Color));
        Assert.Equal("\"needs-review\"", JsonSerializer.Serialize(Status.NeedsReview, Context.Status));
        Assert.Equal("\"mint\"", JsonSerializer.Serialize(new Flavor("mint"), Context.Flavor));
    }

    [Fact]
    public void EnumAcceptsEscapedText()
    {
        Household household = Read("{'color':'gr\\u0065en'}", Context.Household);
        Assert.Equal(Color.Green, household.Color);
    }

    [Fact]
    public void EnumOfTheWrongKindIsAJsonException()
    {
        JsonException exception = AssertFailsAt("{'color':5}", Context.Household, "$.color");
        Assert.Contains("Expected a string for Color but found a number", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredConstantIsSetByTheConstructor()
    {
        var envelope = new Envelope();

        Assert.Equal("v1", envelope.Version);
        Assert.True(envelope.IsSet(nameof(Envelope.Version)));
        Assert.False(envelope.IsSet(nameof(Envelope.Channel)));
        Assert.Null(envelope.Channel);
        AssertSameJson("{'version':'v1'}", Write(envelope, Context.Envelope));
        AssertValid(envelope.Validate());
    }

    [Fact]
    public void OpenApi30OneValueEnumIsAConstant()
    {
        var mode = new global::Constructs.V30.Mode();

        Assert.Equal("fixed", mode.Type);
        global::Constructs.V30.Mode read = RoundTrip("{'type':'variable'}", Context30.Mode);
        RealtimeValidationErrorAssert.Single(read.Validate(), "$.type", "The value 'variable' must be 'fixed'.");
    }

    [Fact]
    public void ReadingDoesNotInventTheConstant()
    {
        Envelope envelope = RoundTrip("{'body':'hi'}", Context.Envelope);

        Assert.False(envelope.IsSet(nameof(Envelope.Version)));
        RealtimeValidationErrorAssert.Single(envelope.Validate(), "$.version", "The required property 'version' is missing.");
    }

    [Fact]
    public void ConstantMismatchIsKeptAndReported()
    {
        Envelope envelope = RoundTrip("{'version':'v2','channel':'side'}", Context.Envelope);

        Assert.Equal("v2", envelope.Version);
        Assert.Equal("side", envelope.Channel);
        Assert.Equal(
            new[] { "$.version: The value 'v2' must be 'v1'.", "$.channel: The value 'side' must be 'main'." },
            Lines(envelope.Validate()));
    }

    [Fact]
    public void ListedValuesAndConstantsWriteTheSameBytesWhetherOrNotTheyAreTheLiterals()
    {
        // Values read or taken from static members are written pre-encoded; equal strings built at run time take the
        // ordinary path. Both must give the same bytes.
        static string Runtime(string text) => new string(text.ToCharArray());
        Assert.NotSame("green", Runtime("green"));

        string fromLiterals = Write(new Household { Color = Color.Green, Status = Status.NeedsReview, Flavor = Flavor.Chocolate }, Context.Household);
        string fromRuntime = Write(new Household { Color = new Color(Runtime("green")), Status = new Status(Runtime("needs-review")), Flavor = new Flavor(Runtime("chocolate")) }, Context.Household);
        Assert.Equal(Q("{'color':'green','status':'needs-review','flavor':'chocolate'}").Length, fromLiterals.Length);
        Assert.Equal(fromLiterals, fromRuntime);

        var literal = new Envelope { Channel = "main", Body = "x" };
        var runtime = new Envelope { Version = Runtime("v1"), Channel = Runtime("main"), Body = "x" };
        Assert.Equal(Write(literal, Context.Envelope), Write(runtime, Context.Envelope));
        AssertSameJson("{'version':'v1','channel':'main','body':'x'}", Write(runtime, Context.Envelope));
    }
}

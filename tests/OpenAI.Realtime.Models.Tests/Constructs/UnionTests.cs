using System;
using System.Collections.Generic;
using System.Text.Json;
using static OpenAI.Realtime.Models.Tests.Constructs.ConstructJson;

namespace OpenAI.Realtime.Models.Tests.Constructs;

using global::Constructs;

/// <summary>Unions of different JSON kinds: integer or "inf", "auto" or an object, string or array, enum or object, arrays told apart by their first item.</summary>
public class UnionTests
{
    [Fact]
    public void IntegerCase()
    {
        Household household = RoundTrip("{'limit':42}", Context.Household);

        Assert.True(household.Limit!.IsInteger);
        Assert.Equal(42L, household.Limit.Integer);
        Assert.False(household.Limit.IsInf);
        Assert.False(household.Limit.IsUnknown);
        Assert.Equal(42L, household.Limit.Value);
    }

    [Fact]
    public void ConstantStringCaseReadsAsTheSharedInstance()
    {
        Household household = RoundTrip("{'limit':'inf'}", Context.Household);

        Assert.Same(Limit.Inf, household.Limit);
        Assert.True(household.Limit!.IsInf);
        Assert.Null(household.Limit.Integer);
    }

    [Theory]
    [InlineData("'lots'")]
    [InlineData("2.5")]
    [InlineData("1e400")]
    public void ValueOfAnAcceptedKindMatchingNoCaseIsKeptAsUnknown(string value)
    {
        Household household = RoundTrip("{'limit':" + value + "}", Context.Household);

        Assert.True(household.Limit!.IsUnknown);
        Assert.False(household.Limit.IsInteger);
        Assert.Equal(Q(value), household.Limit.Unknown!.Value.GetRawText());
        RealtimeValidationErrorAssert.Single(household.Validate(), "$.limit", "The value matches none of the cases of Limit.");
    }

    [Theory]
    [InlineData("true", "A boolean")]
    [InlineData("{}", "An object")]
    [InlineData("[]", "An array")]
    public void ValueOfAKindNoCaseAcceptsIsAJsonException(string value, string found)
    {
        JsonException exception = AssertFailsAt("{'limit':" + value + "}", Context.Household, "$.limit");
        Assert.StartsWith(found + " is not a valid Limit; it accepts a string or ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImplicitConversionsAndFactories()
    {
        var household = new Household { Limit = 7, Stop = "END", Choice = Choice.Auto };

        AssertSameJson("{'limit':7,'choice':'auto','stop':'END'}", Write(household, Context.Household));
        Assert.Equal(Limit.FromInteger(7), household.Limit);
        Assert.NotEqual(Limit.FromInteger(8), household.Limit);
        Assert.NotEqual(Limit.Inf, household.Limit);
        Assert.Equal(Limit.FromInteger(7).GetHashCode(), household.Limit.GetHashCode());
        Assert.Equal("7", household.Limit.ToString());
    }

    [Fact]
    public void FactoriesRejectNull()
    {
        Assert.Throws<ArgumentNullException>(() => Choice.FromObject(null!));
        Assert.Throws<ArgumentNullException>(() => StopSequences.FromString(null!));
    }

    [Fact]
    public void AutoOrObject()
    {
        Household auto = RoundTrip("{'choice':'auto'}", Context.Household);
        Household named = RoundTrip("{'choice':{'name':'fast','extra':[1]}}", Context.Household);

        Assert.True(auto.Choice!.IsAuto);
        Assert.Same(Choice.Auto, auto.Choice);
        Assert.True(named.Choice!.IsObject);
        Assert.Equal("fast", named.Choice.Object!.Name);
        Assert.Equal("[1]", named.Choice.Object.AdditionalProperties["extra"].GetRawText());
    }

    [Fact]
    public void AutoOrObjectWithAnotherStringIsUnknown()
    {
        Household household = RoundTrip("{'choice':'manual'}", Context.Household);

        Assert.True(household.Choice!.IsUnknown);
        Assert.Equal("manual", household.Choice.Unknown!.Value.GetString());
    }

    [Fact]
    public void ObjectCaseIsValidatedThroughTheUnion()
    {
        Household household = RoundTrip("{'choice':{}}", Context.Household);

        Assert.True(household.Choice!.IsObject);
        RealtimeValidationErrorAssert.Single(household.Validate(), "$.choice.name", "The required property 'name' is missing.");
    }

    [Fact]
    public void StringOrArrayOfStrings()
    {
        Household one = RoundTrip("{'stop':'END'}", Context.Household);
        Household several = RoundTrip("{'stop':['END','STOP']}", Context.Household);

        Assert.True(one.Stop!.IsString);
        Assert.Equal("END", one.Stop.String);
        Assert.True(several.Stop!.IsStringArray);
        Assert.Equal(new[] { "END", "STOP" }, several.Stop.StringArray);
        Assert.Null(several.Stop.String);
        AssertSameJson("['a']", Write(StopSequences.FromStringArray(new List<string> { "a" }), Context.StopSequences));
    }

    [Fact]
    public void EnumOrObjectReadsTheEnumCase()
    {
        Household household = RoundTrip("{'tool_selection':'required'}", Context.Household);

        Assert.True(household.ToolSelection!.IsToolMode);
        Assert.Equal(ToolMode.Required, household.ToolSelection.ToolMode);
        Assert.Equal(ToolSelection.Required, household.ToolSelection);
        Assert.NotEqual(ToolSelection.Auto, household.ToolSelection);
    }

    [Fact]
    public void EnumOrObjectKeepsAnUnlistedEnumValue()
    {
        Household household = RoundTrip("{'tool_selection':'sometimes'}", Context.Household);

        Assert.True(household.ToolSelection!.IsToolMode);
        Assert.False(household.ToolSelection.ToolMode!.Value.IsKnown);
        Assert.Equal("sometimes", household.ToolSelection.ToolMode.Value.ToString());
    }

    [Fact]
    public void EnumOrObjectValidatesTheClosedEnumCase()
    {
        // ToolMode is a closed enum: an unlisted value is reported wherever it stands, a union case included.
        Household household = Read("{'tool_selection':'sometimes'}", Context.Household);

        RealtimeValidationErrorAssert.Single(household.Validate(), "$.tool_selection", "The value 'sometimes' is not one of 'none', 'auto', 'required'.");
    }

    [Fact]
    public void EnumOrObjectReadsTheObjectCaseByItsType()
    {
        Household household = RoundTrip("{'tool_selection':{'type':'function','name':'lookup'}}", Context.Household);

        Assert.True(household.ToolSelection!.IsFunction);
        Assert.Equal("lookup", household.ToolSelection.Function!.Name);
        Assert.Equal("function", household.ToolSelection.Function.Type);
    }

    [Fact]
    public void EnumOrObjectWithAnUnknownTypeIsUnknown()
    {
        Household household = RoundTrip("{'tool_selection':{'type':'mcp','server':'x'}}", Context.Household);

        Assert.True(household.ToolSelection!.IsUnknown);
        Assert.Equal("mcp", household.ToolSelection.Unknown!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public void EnumOrObjectConvertsFromStrings()
    {
        ToolSelection selection = "auto";
        ToolSelection function = new ToolSelectionFunction { Name = "f" };

        Assert.Equal(ToolSelection.Auto, selection);
        Assert.Equal("\"auto\"", JsonSerializer.Serialize(selection, Context.ToolSelection));
        AssertSameJson("{'type':'function','name':'f'}", JsonSerializer.Serialize(function, Context.ToolSelection));
    }

    [Fact]
    public void ArraysAreToldApartByTheirFirstItem()
    {
        Household words = RoundTrip("{'tokens':['a','b']}", Context.Household);
        Household ids = RoundTrip("{'tokens':[1,2,3]}", Context.Household);

        Assert.True(words.Tokens!.IsStringArray);
        Assert.Equal(new[] { "a", "b" }, words.Tokens.StringArray);
        Assert.True(ids.Tokens!.IsIntegerArray);
        Assert.Equal(new long[] { 1, 2, 3 }, ids.Tokens.IntegerArray);
    }

    [Fact]
    public void EmptyArrayTakesTheFirstArrayCase()
    {
        Household household = RoundTrip("{'tokens':[]}", Context.Household);

        Assert.True(household.Tokens!.IsStringArray);
        Assert.Empty(household.Tokens.StringArray!);
    }

    [Theory]
    [InlineData("{'tokens':[1,'a']}", "$.tokens[1]")]
    [InlineData("{'tokens':['a',1]}", "$.tokens[1]")]
    [InlineData("{'tokens':[true]}", "$.tokens[0]")]
    public void MixedArrayIsAJsonExceptionAtTheItem(string json, string path)
    {
        AssertFailsAt(json, Context.Household, path);
    }

    [Fact]
    public void MultiTypeSchemaIsAUnionOfItsTypes()
    {
        Household text = RoundTrip("{'scalar':'x'}", Context.Household);
        Household number = RoundTrip("{'scalar':1.5}", Context.Household);
        Household flag = RoundTrip("{'scalar':false}", Context.Household);
        Household nothing = RoundTrip("{'scalar':null}", Context.Household);

        Assert.Equal("x", text.Scalar!.String);
        Assert.Equal(1.5, number.Scalar!.Number);
        Assert.False(flag.Scalar!.Boolean);
        Assert.True(flag.Scalar.IsBoolean);
        Assert.Null(nothing.Scalar);
        Assert.True(nothing.IsSet(nameof(Household.Scalar)));
        AssertFailsAt("{'scalar':{}}", Context.Household, "$.scalar");
    }
}

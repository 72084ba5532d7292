using System.Collections.Generic;
using static OpenAI.Realtime.Models.Tests.Constructs.ConstructJson;

namespace OpenAI.Realtime.Models.Tests.Constructs;

using global::Constructs;
using V30 = global::Constructs.V30;

/// <summary><c>Validate()</c>: every constraint the spec states, with the JSON path of the offending value; never throws.</summary>
public class ValidationTests
{
    private const string Valid = "{'code':'AB','age':30,'temperature':1.5,'items':['x'],'attributes':{'k':'v'},'color':'red','kind':'constrained','parts':[{'name':'p','weight':0}],'main_part':{'name':'q'}}";

    [Fact]
    public void ValidValueHasNoErrors()
    {
        AssertValid(RoundTrip(Valid, Context.Constrained).Validate());
    }

    [Fact]
    public void MissingRequiredMember()
    {
        RealtimeValidationErrorAssert.Single(new Constrained().Validate(), "$.code", "The required property 'code' is missing.");
    }

    [Theory]
    [InlineData("{'code':'A'}", "$.code: The string has 1 characters; the minimum is 2.")]
    [InlineData("{'code':'ABCDE'}", "$.code: The string has 5 characters; the maximum is 4.")]
    [InlineData("{'code':'ab'}", "$.code: The string does not match the pattern '^[A-Z]+$'.")]
    [InlineData("{'code':'AB','age':-1}", "$.age: The value -1 is less than 0.")]
    [InlineData("{'code':'AB','age':151}", "$.age: The value 151 is greater than 150.")]
    [InlineData("{'code':'AB','temperature':0}", "$.temperature: The value 0 is not greater than 0.")]
    [InlineData("{'code':'AB','temperature':2}", "$.temperature: The value 2 is not less than 2.")]
    [InlineData("{'code':'AB','items':[]}", "$.items: There are 0 items; the minimum is 1.")]
    [InlineData("{'code':'AB','items':['a','b','c','d']}", "$.items: There are 4 items; the maximum is 3.")]
    [InlineData("{'code':'AB','attributes':{}}", "$.attributes: There are 0 members; the minimum is 1.")]
    [InlineData("{'code':'AB','attributes':{'a':'1','b':'2','c':'3'}}", "$.attributes: There are 3 members; the maximum is 2.")]
    [InlineData("{'code':'AB','attributes':{'toolong':'1'}}", "$.attributes.toolong: The string has 7 characters; the maximum is 5.")]
    [InlineData("{'code':'AB','color':'pink'}", "$.color: The value 'pink' is not one of 'red', 'green', 'blue'.")]
    [InlineData("{'code':'AB','kind':'other'}", "$.kind: The value 'other' must be 'constrained'.")]
    [InlineData("{'code':'AB','age':null}", "$.age: The value must not be null.")]
    [InlineData("{'code':'AB','items':null}", "$.items: The value must not be null.")]
    [InlineData("{'code':'AB','main_part':{'name':'long'}}", "$.main_part.name: The string has 4 characters; the maximum is 3.")]
    [InlineData("{'code':'AB','main_part':{'name':'a','weight':-0.5}}", "$.main_part.weight: The value -0.5 is less than 0.")]
    [InlineData("{'code':'AB','parts':[{'name':'a'},{'name':'b'},{'name':'long'}]}", "$.parts[2].name: The string has 4 characters; the maximum is 3.")]
    [InlineData("{'code':'AB','parts':[{'weight':1}]}", "$.parts[0].name: The required property 'name' is missing.")]
    public void EachConstraintIsReportedAtItsPath(string json, string error)
    {
        Constrained constrained = RoundTrip(json, Context.Constrained);

        Assert.Equal(new[] { error }, Lines(constrained.Validate()));
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(0.0001)]
    [InlineData(1.9999)]
    public void ExclusiveBoundsAcceptValuesInside(double temperature)
    {
        AssertValid(new Constrained { Code = "AB", Temperature = temperature }.Validate());
    }

    [Fact]
    public void LengthCountsCodePointsNotUtf16Units()
    {
        // Two emoji are two characters (four UTF-16 code units).
        AssertValid(new Constrained { Code = "AB", Attributes = new Dictionary<string, string> { ["\U0001F600\U0001F600"] = "x" } }.Validate());
        Assert.Equal(
            new[] { "$.main_part.name: The string has 4 characters; the maximum is 3." },
            Lines(new Constrained { Code = "AB", MainPart = new Part { Name = "\U0001F600\U0001F600\U0001F600\U0001F600" } }.Validate()));
    }

    [Fact]
    public void EveryErrorIsCollectedInSchemaOrder()
    {
        Constrained constrained = Read("{'code':'a','age':200,'items':[],'parts':[{'name':'long'},{}],'kind':'k'}", Context.Constrained);

        Assert.Equal(
            new[]
            {
                "$.code: The string has 1 characters; the minimum is 2.",
                "$.code: The string does not match the pattern '^[A-Z]+$'.",
                "$.age: The value 200 is greater than 150.",
                "$.items: There are 0 items; the minimum is 1.",
                "$.kind: The value 'k' must be 'constrained'.",
                "$.parts[0].name: The string has 4 characters; the maximum is 3.",
                "$.parts[1].name: The required property 'name' is missing.",
            },
            Lines(constrained.Validate()));
    }

    [Fact]
    public void MapKeysThatAreNotPlainNamesUseBracketsInPaths()
    {
        Constrained constrained = Read("{'code':'AB','attributes':{'a b.cd':'1'}}", Context.Constrained);

        RealtimeValidationErrorAssert.Single(constrained.Validate(), "$.attributes['a b.cd']", "The string has 6 characters; the maximum is 5.");
    }

    [Fact]
    public void NamedMapChecksCountKeysAndValues()
    {
        Metadata metadata = Read("{'a':'1','b':'2','c':'3','d':'4','e':'5'}", Context.Metadata);
        RealtimeValidationErrorAssert.Single(metadata.Validate(), "$", "There are 5 members; the maximum is 4.");

        Metadata keysAndValues = Read("{'muchtoolongkey':'v','k':'this value is far too long'}", Context.Metadata);
        Assert.Equal(
            new[] { "$.muchtoolongkey: The string has 14 characters; the maximum is 8.", "$.k: The string has 26 characters; the maximum is 16." },
            Lines(keysAndValues.Validate()));
    }

    [Fact]
    public void NamedMapIsValidatedWhereItIsUsed()
    {
        Inventory inventory = Read("{'metadata':{'a':'1','b':'2','c':'3','d':'4','e':'5'},'tags':['a','','b','c']}", Context.Inventory);

        Assert.Equal(
            new[] { "$.metadata: There are 5 members; the maximum is 4.", "$.tags: There are 4 items; the maximum is 3.", "$.tags[1]: The string has 0 characters; the minimum is 1." },
            Lines(inventory.Validate()));
    }

    [Fact]
    public void NullItemOfANonNullableArrayIsReported()
    {
        TagList tags = Read("['a',null]", Context.TagList);

        Assert.Equal(2, tags.Count);
        RealtimeValidationErrorAssert.Single(tags.Validate(), "$[1]", "The value must not be null.");
    }

    [Fact]
    public void NullValueOfANonNullableMapIsReported()
    {
        Inventory inventory = Read("{'labels':{'a':null}}", Context.Inventory);

        RealtimeValidationErrorAssert.Single(inventory.Validate(), "$.labels.a", "The value must not be null.");
    }

    [Theory]
    [InlineData("{'percent':50,'count':1}")]
    [InlineData("{'percent':0.001,'count':10}")]
    [InlineData("{'percent':99.999}")]
    public void OpenApi30BooleanBoundsAccept(string json)
    {
        AssertValid(Read(json, Context30.Bounds).Validate());
    }

    [Theory]
    [InlineData("{'percent':0}", "$.percent: The value 0 is not greater than 0.")]
    [InlineData("{'percent':100}", "$.percent: The value 100 is not less than 100.")]
    [InlineData("{'count':0}", "$.count: The value 0 is less than 1.")]
    [InlineData("{'count':11}", "$.count: The value 11 is greater than 10.")]
    public void OpenApi30BooleanBoundsReject(string json, string error)
    {
        Assert.Equal(new[] { error }, Lines(Read(json, Context30.Bounds).Validate()));
    }

    [Fact]
    public void ValidateNeverThrowsOnValuesBuiltInCode()
    {
        var household = new Household
        {
            Pets = new List<Pet> { new Dog(), new UnknownPet(Element("{}")) },
            Shapes = new List<Shape>(),
            Limit = Limit.Inf,
            Choice = Choice.FromObject(new ChoiceObject()),
        };

        Assert.Equal(
            new[]
            {
                "$.pets[0].name: The required property 'name' is missing.",
                "$.pets[1]: The value has no 'pet_type' member, so it is none of the cases of Pet.",
                "$.choice.name: The required property 'name' is missing.",
            },
            Lines(household.Validate()));
    }
}

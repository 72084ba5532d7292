using System;
using System.Text.Json;
using static OpenAI.Realtime.Models.Tests.Constructs.ConstructJson;

namespace OpenAI.Realtime.Models.Tests.Constructs;

using global::Constructs;

/// <summary>Bad JSON is a <see cref="JsonException"/> whose Path and Message name the JSON path, never another exception type.</summary>
public class BadJsonTests
{
    [Theory]
    [InlineData("{'limit':true}", "$.limit")]
    [InlineData("{'pets':{}}", "$.pets")]
    [InlineData("{'pets':[{'pet_type':'dog','name':1}]}", "$.pets[0].name")]
    [InlineData("{'pets':[{'pet_type':'dog','name':'a'},{'pet_type':'cat','name':'b','lives':'nine'}]}", "$.pets[1].lives")]
    [InlineData("{'favorite':{'pet_type':'cat','name':'b','lives':2.5}}", "$.favorite.lives")]
    [InlineData("{'shapes':[{'kind':'circle','radius':'big'}]}", "$.shapes[0].radius")]
    [InlineData("{'events':[{'event':'started','at':'now'}]}", "$.events[0].at")]
    [InlineData("{'events':[{'at':1,'detail':{'source':false},'event':'started'}]}", "$.events[0].detail.source")]
    [InlineData("{'messages':[1]}", "$.messages[0]")]
    [InlineData("{'messages':[{'type':'message','role':'user','content':{}}]}", "$.messages[0].content")]
    [InlineData("{'tools':[{'type':'search','max_results':'5'}]}", "$.tools[0].max_results")]
    [InlineData("{'choice':[]}", "$.choice")]
    [InlineData("{'choice':{'name':3}}", "$.choice.name")]
    [InlineData("{'stop':5}", "$.stop")]
    [InlineData("{'stop':['a',5]}", "$.stop[1]")]
    [InlineData("{'tool_selection':{'type':'function','name':[]}}", "$.tool_selection.name")]
    [InlineData("{'tool_selection':7}", "$.tool_selection")]
    [InlineData("{'color':1}", "$.color")]
    [InlineData("{'flavor':{}}", "$.flavor")]
    [InlineData("{'scalar':[]}", "$.scalar")]
    public void HouseholdErrorsNameTheirPath(string json, string path)
    {
        AssertFailsAt(json, Context.Household, path);
    }

    [Theory]
    [InlineData("{'count':3000000000}", "$.count")]
    [InlineData("{'count':1.5}", "$.count")]
    [InlineData("{'total':'1'}", "$.total")]
    [InlineData("{'total':1.25e1}", "$.total")]
    [InlineData("{'plain':9223372036854775808}", "$.plain")]
    [InlineData("{'ratio':'0.5'}", "$.ratio")]
    [InlineData("{'ratio':1e39}", "$.ratio")]
    [InlineData("{'precise':1e309}", "$.precise")]
    [InlineData("{'precise':true}", "$.precise")]
    [InlineData("{'flag':'true'}", "$.flag")]
    [InlineData("{'flag':0}", "$.flag")]
    public void NumberAndBooleanErrorsNameTheirPath(string json, string path)
    {
        AssertFailsAt(json, Context.Measurements, path);
    }

    [Theory]
    [InlineData("{'total':1e3,'count':2.0}", 1000L, 2)]
    [InlineData("{'total':-4.00,'count':-1e0}", -4L, -1)]
    public void NumbersWithoutAFractionAreIntegersAsJsonSchemaCountsThem(string json, long total, int count)
    {
        Measurements measurements = System.Text.Json.JsonSerializer.Deserialize(json.Replace('\'', '"'), Context.Measurements)!;
        Assert.Equal(total, measurements.Total);
        Assert.Equal(count, measurements.Count);
    }

    [Theory]
    [InlineData("{'grid':[[1,'x']]}", "$.grid[0][1]")]
    [InlineData("{'grid':[1]}", "$.grid[0]")]
    [InlineData("{'counts':{'a.b':'x'}}", "$.counts['a.b']")]
    [InlineData("{'counts':{'ok':1,'bad':true}}", "$.counts.bad")]
    [InlineData("{'owners':{'k':{'since':'x'}}}", "$.owners.k.since")]
    [InlineData("{'owners':{'k':[]}}", "$.owners.k")]
    [InlineData("{'labels':[]}", "$.labels")]
    [InlineData("{'metadata':{'k':1}}", "$.metadata.k")]
    [InlineData("{'metadata':[]}", "$.metadata")]
    [InlineData("{'tags':[1]}", "$.tags[0]")]
    [InlineData("{'tags':'a'}", "$.tags")]
    public void CollectionErrorsNameTheirPath(string json, string path)
    {
        AssertFailsAt(json, Context.Inventory, path);
    }

    [Theory]
    [InlineData("{'children':[{'value':'a'},{'children':[{'value':1}]}]}", "$.children[1].children[0].value")]
    [InlineData("{'children':{}}", "$.children")]
    public void RecursiveErrorsNameTheirPath(string json, string path)
    {
        AssertFailsAt(json, Context.TreeNode, path);
    }

    [Fact]
    public void OpenApi30ErrorsNameTheirPath()
    {
        AssertFailsAt("{'vehicles':[{'kind':'car','doors':'x'}]}", Context30.Garage, "$.vehicles[0].doors");
        AssertFailsAt("{'owner':{'nickname':1}}", Context30.Garage, "$.owner.nickname");
        AssertFailsAt("{'labels':{'a':1}}", Context30.Garage, "$.labels.a");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("'text'")]
    [InlineData("1")]
    [InlineData("true")]
    public void WrongKindAtTheTopIsAJsonExceptionAtTheRoot(string json)
    {
        AssertFailsAt(json, Context.Household, "$");
        AssertFailsAt(json, Context.Pet, "$");
    }

    [Fact]
    public void MessageDescribesExpectedAndFound()
    {
        JsonException exception = AssertFailsAt("{'count':'one'}", Context.Measurements, "$.count");
        Assert.StartsWith("Expected an integer for int but found a string.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{'limit':1")]
    [InlineData("{'limit':1,}")]
    [InlineData("{'pets':[{'pet_type':'dog' 'name':'x'}]}")]
    [InlineData("{'pets':[{'pet_type':'dog','name':'x'}")]
    [InlineData("{'shapes':[{'kind':")]
    [InlineData("{'tokens':[1,")]
    [InlineData("{'scalar':tru}")]
    [InlineData("{'color':'red'}}")]
    [InlineData("{")]
    [InlineData("")]
    public void MalformedJsonIsAJsonException(string json)
    {
        Exception exception = Record.Exception(() => Read(json, Context.Household));

        Assert.IsAssignableFrom<JsonException>(exception);
    }

    [Fact]
    public void TopLevelNullIsAJsonExceptionOnBothReadPaths()
    {
        // One documented behaviour (README, "What reading guarantees"): a message that is JSON null is not a value.
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("null", Context.Household));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("null", Context.Pet));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("null", Context.Limit));
        Assert.Throws<JsonException>(() => OpenAI.Realtime.Serialization.RealtimeJson.Read("null"u8, Context.Household));
        Assert.Throws<JsonException>(() => OpenAI.Realtime.Serialization.RealtimeJson.Read("null"u8, Context.Pet));
    }

    [Fact]
    public void NullWhereAValueTypeIsRequiredIsAJsonException()
    {
        AssertFailsAt("{'grid':[[1,null]]}", Context.Inventory, "$.grid[0][1]");
        AssertFailsAt("{'counts':{'a':null}}", Context.Inventory, "$.counts.a");
    }
}

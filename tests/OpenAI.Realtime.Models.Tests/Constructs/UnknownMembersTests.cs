using System.Text.Json;
using static OpenAI.Realtime.Models.Tests.Constructs.ConstructJson;

namespace OpenAI.Realtime.Models.Tests.Constructs;

using global::Constructs;

/// <summary>JSON members the spec does not describe are kept at every depth and written back (round-trip mode only).</summary>
public class UnknownMembersTests
{
    [Fact]
    public void TopLevelUnknownMembersAreKept()
    {
        Payload payload = RoundTrip("{'note':'n','added_later':{'a':[1,null,{'b':true}]},'flag':false,'nothing':null}", Context.Payload);

        Assert.Equal("n", payload.Note);
        Assert.Equal(3, payload.AdditionalProperties.Count);
        Assert.Equal(JsonValueKind.Null, payload.AdditionalProperties["nothing"].ValueKind);
        Assert.False(payload.AdditionalProperties["flag"].GetBoolean());
        Assert.Equal("[1,null,{\"b\":true}]", payload.AdditionalProperties["added_later"].GetProperty("a").GetRawText());
    }

    [Fact]
    public void UnknownMembersAreKeptAtEveryDepth()
    {
        const string json = "{'x0':0,"
            + "'favorite':{'pet_type':'dog','name':'Rex','x1':1},"
            + "'events':[{'at':1,'detail':{'source':'s','x3':[3]},'event':'started','x2':2}],"
            + "'choice':{'name':'n','x2':'two'},"
            + "'tool_selection':{'type':'function','name':'f','x2':{}},"
            + "'shapes':[{'kind':'square','side':1,'x2':null}]}";

        Household household = RoundTrip(json, Context.Household);

        Assert.Equal(0, household.AdditionalProperties["x0"].GetInt32());
        Assert.Equal(1, Assert.IsType<Dog>(household.Favorite).AdditionalProperties["x1"].GetInt32());
        EventStarted started = Assert.IsType<EventStarted>(household.Events![0]);
        Assert.Equal(2, started.AdditionalProperties["x2"].GetInt32());
        Assert.Equal("[3]", started.Detail!.AdditionalProperties["x3"].GetRawText());
        Assert.Equal("two", household.Choice!.Object!.AdditionalProperties["x2"].GetString());
        Assert.Equal(JsonValueKind.Object, household.ToolSelection!.Function!.AdditionalProperties["x2"].ValueKind);
    }

    [Fact]
    public void UnknownMembersInsideMapValuesAndRecursiveTypes()
    {
        const string json = "{'owners':{'k':{'name':'Ann','since':2001,'x':'y'}},'x':1}";
        Inventory inventory = RoundTrip(json, Context.Inventory);
        Assert.Equal("y", inventory.Owners!["k"].AdditionalProperties["x"].GetString());

        TreeNode tree = RoundTrip("{'value':'root','children':[{'value':'leaf','children':[],'weight':0.5}]}", Context.TreeNode);
        Assert.Equal(0.5, tree.Children![0].AdditionalProperties["weight"].GetDouble());
    }

    [Fact]
    public void MemberNamesAreMatchedCaseSensitively()
    {
        Payload payload = RoundTrip("{'Note':'upper','note':'lower'}", Context.Payload);

        Assert.Equal("lower", payload.Note);
        Assert.Equal("upper", payload.AdditionalProperties["Note"].GetString());
    }

    [Fact]
    public void EscapedMemberNamesMatchKnownMembers()
    {
        Payload payload = Read("{'n\\u006fte':'escaped'}", Context.Payload);

        Assert.Equal("escaped", payload.Note);
        Assert.Empty(payload.AdditionalProperties);
    }

    [Fact]
    public void RequestModeLeavesUnknownMembersOut()
    {
        Household household = Read("{'x0':0,'favorite':{'pet_type':'dog','name':'Rex','x1':1},'choice':{'name':'n','x2':2}}", Context.Household);

        string json = JsonSerializer.Serialize(household, RealtimeJsonContext.Requests.Household);

        AssertSameJson("{'favorite':{'pet_type':'dog','name':'Rex'},'choice':{'name':'n'}}", json);
    }

    [Fact]
    public void AddedAdditionalPropertiesAreWritten()
    {
        var address = new Address { City = "Oslo" };
        address.AdditionalProperties["zip"] = Element("'0150'");
        address.AdditionalProperties["geo"] = Element("{'lat':59.9}");

        AssertSameJson("{'city':'Oslo','zip':'0150','geo':{'lat':59.9}}", Write(address, Context.Address));
    }

    [Fact]
    public void UninitializedAdditionalPropertyIsWrittenAsNull()
    {
        var address = new Address();
        address.AdditionalProperties["empty"] = default;

        Assert.Equal("{\"empty\":null}", Write(address, Context.Address));
    }
}

using System.Linq;
using System.Reflection;
using static OpenAI.Realtime.Models.Tests.Constructs.ConstructJson;

namespace OpenAI.Realtime.Models.Tests.Constructs;

using global::Constructs;
using V30 = global::Constructs.V30;

/// <summary>
/// Null in OpenAPI 3.1 (<c>type: [T, "null"]</c>, <c>anyOf</c> with <c>{type: null}</c>) and 3.0 (<c>nullable: true</c>,
/// on strings, objects and <c>allOf</c>-wrapped references): the C# types, reading, writing and validation.
/// </summary>
public class NullabilityTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    [Fact]
    public void OpenApi31NullableMembersHaveNullableTypes()
    {
        Assert.Equal(NullabilityState.Nullable, StateOf<Nullables>(nameof(Nullables.Nickname)));
        Assert.Equal(typeof(long?), typeof(Nullables).GetProperty(nameof(Nullables.Score))!.PropertyType);
        Assert.Equal(typeof(Color?), typeof(Nullables).GetProperty(nameof(Nullables.BestColor))!.PropertyType);
        Assert.Equal(typeof(Address), typeof(Nullables).GetProperty(nameof(Nullables.Home))!.PropertyType);
        Assert.Equal(typeof(System.Collections.Generic.IList<long?>), typeof(Nullables).GetProperty(nameof(Nullables.Samples))!.PropertyType);
    }

    [Fact]
    public void OpenApi31ExplicitNullsAreValidWhereTheSpecAllowsThem()
    {
        Nullables value = RoundTrip("{'nickname':null,'score':null,'best_color':null,'home':null,'samples':[1,null,3]}", Context.Nullables);

        Assert.Null(value.Nickname);
        Assert.True(value.IsSet(nameof(Nullables.Nickname)));
        Assert.Null(value.Score);
        Assert.Null(value.BestColor);
        Assert.Null(value.Home);
        Assert.Equal(new long?[] { 1, null, 3 }, value.Samples);
        AssertValid(value.Validate());
    }

    [Fact]
    public void OpenApi31ValuesOfNullableMembers()
    {
        Nullables value = RoundTrip("{'nickname':'Bo','score':7,'best_color':'blue','home':{'city':'Rome'}}", Context.Nullables);

        Assert.Equal("Bo", value.Nickname);
        Assert.Equal(7L, value.Score);
        Assert.Equal(Color.Blue, value.BestColor);
        Assert.Equal("Rome", value.Home!.City);
        AssertValid(value.Validate());
    }

    [Fact]
    public void OpenApi31RequiredNullableMemberMustStillBePresent()
    {
        Nullables value = RoundTrip("{'name':null}", Context.Nullables);

        Assert.Equal(
            new[] { "$.nickname: The required property 'nickname' is missing.", "$.name: The value must not be null." },
            Lines(value.Validate()));
    }

    [Fact]
    public void OpenApi31NullableEnumValueIsStillChecked()
    {
        Nullables value = Read("{'nickname':'x','best_color':'pink'}", Context.Nullables);

        RealtimeValidationErrorAssert.Single(value.Validate(), "$.best_color", "The value 'pink' is not one of 'red', 'green', 'blue'.");
    }

    [Fact]
    public void NullItemsOfANullableItemArrayAreWrittenBack()
    {
        var value = new Nullables { Samples = new long?[] { null, 2 }.ToList() };

        Assert.Equal("{\"samples\":[null,2]}", Write(value, Context.Nullables));
    }

    [Fact]
    public void OpenApi30NullableMembersHaveNullableTypes()
    {
        Assert.Equal(NullabilityState.Nullable, StateOf<V30.Profile>(nameof(V30.Profile.Nickname)));
        Assert.Equal(NullabilityState.NotNull, StateOf<V30.Profile>(nameof(V30.Profile.Name)));
        Assert.Equal(typeof(int?), typeof(V30.Profile).GetProperty(nameof(V30.Profile.Age))!.PropertyType);
        Assert.Equal(typeof(V30.ProfileHome), typeof(V30.Profile).GetProperty(nameof(V30.Profile.Home))!.PropertyType);
        Assert.Equal(typeof(V30.Person), typeof(V30.Profile).GetProperty(nameof(V30.Profile.Manager))!.PropertyType);
        Assert.Equal(typeof(V30.ProfileMood?), typeof(V30.Profile).GetProperty(nameof(V30.Profile.Mood))!.PropertyType);
    }

    [Fact]
    public void OpenApi30ExplicitNullsAreValidWhereTheSpecAllowsThem()
    {
        V30.Profile profile = RoundTrip("{'nickname':null,'age':null,'home':null,'mood':null,'tags':['a',null],'name':'Robert'}", Context30.Profile);

        Assert.Null(profile.Nickname);
        Assert.Null(profile.Age);
        Assert.Null(profile.Home);
        Assert.Null(profile.Mood);
        Assert.Equal(new[] { "a", null }, profile.Tags);
        AssertValid(profile.Validate());
    }

    [Fact]
    public void OpenApi30NullableAllOfWrappedReferenceAllowsNull()
    {
        // manager: {allOf: [$ref Person], nullable: true}: null is allowed, so Validate reports nothing.
        V30.Profile profile = RoundTrip("{'nickname':'n','name':'Robert','manager':null}", Context30.Profile);
        V30.Garage garage = RoundTrip("{'owner':null}", Context30.Garage);

        Assert.Null(profile.Manager);
        Assert.True(profile.IsSet(nameof(V30.Profile.Manager)));
        AssertValid(profile.Validate());
        AssertValid(garage.Validate());
    }

    [Fact]
    public void OpenApi30ValuesOfNullableMembers()
    {
        V30.Profile profile = RoundTrip("{'nickname':'Bob','age':42,'home':{'city':'Oslo'},'manager':{'name':'Ada'},'mood':'happy','name':'Robert'}", Context30.Profile);

        Assert.Equal(42, profile.Age);
        Assert.Equal("Oslo", profile.Home!.City);
        Assert.Equal("Ada", profile.Manager!.Name);
        Assert.Equal(V30.ProfileMood.Happy, profile.Mood);
        AssertValid(profile.Validate());
    }

    [Fact]
    public void OpenApi30NonNullableMemberReportsNull()
    {
        V30.Profile profile = RoundTrip("{'nickname':null,'name':null,'manager':{'name':null}}", Context30.Profile);

        Assert.Equal(
            new[] { "$.manager.name: The value must not be null.", "$.name: The value must not be null." },
            Lines(profile.Validate()));
    }

    [Fact]
    public void OpenApi30NullInTheEnumListIsNotAValue()
    {
        // enum: [happy, sad, null] with nullable: true: null is allowed, and the enum has two values.
        Assert.Equal(new[] { "happy", "sad" }, V30.ProfileMood.KnownValues.Select(v => v.ToString()));
    }

    [Fact]
    public void OpenApi30NullableMapValues()
    {
        V30.Garage garage = RoundTrip("{'labels':{'a':'x','b':null}}", Context30.Garage);

        Assert.Null(garage.Labels!["b"]);
        Assert.Equal("x", garage.Labels["a"]);
        AssertValid(garage.Validate());
        Assert.Equal("{\"labels\":null}", Write(new V30.Garage { Labels = null }, Context30.Garage));
    }

    [Fact]
    public void OpenApi30TypesAreInternal()
    {
        Assert.False(typeof(V30.Profile).IsPublic);
        Assert.False(typeof(V30.Vehicle).IsPublic);
        Assert.False(typeof(V30.RealtimeJsonContext).IsPublic);
        Assert.True(typeof(Nullables).IsPublic);
    }

    private static NullabilityState StateOf<T>(string property)
        => Nullability.Create(typeof(T).GetProperty(property)!).ReadState;
}

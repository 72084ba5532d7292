using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using static OpenAI.Realtime.Models.Tests.Constructs.ConstructJson;

namespace OpenAI.Realtime.Models.Tests.Constructs;

using global::Constructs;

/// <summary>C# names made from hostile JSON names; the wire names always survive.</summary>
public class NamingTests
{
    private const string HostileJson = "{'class':'c','namespace':'n','2fa':true,'x-rate.limit':10,'$ref-like':'r','with space':'w','Type':'upper','type':'lower','hostile':'self'}";

    public static IEnumerable<object[]> HostileNames => new[]
    {
        new object[] { nameof(Hostile.Class), "class" },
        new object[] { nameof(Hostile.Namespace), "namespace" },
        new object[] { nameof(Hostile._2fa), "2fa" },
        new object[] { nameof(Hostile.XRateLimit), "x-rate.limit" },
        new object[] { nameof(Hostile.RefLike), "$ref-like" },
        new object[] { nameof(Hostile.WithSpace), "with space" },
        new object[] { nameof(Hostile.Type), "Type" },
        new object[] { nameof(Hostile.Type2), "type" },
        new object[] { nameof(Hostile.HostileValue), "hostile" },
    };

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void WireNameIsKeptInJsonPropertyName(string property, string wireName)
    {
        PropertyInfo info = typeof(Hostile).GetProperty(property)!;

        Assert.Equal(wireName, info.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name);
    }

    [Fact]
    public void HostileNamesRoundTripWithTypedValues()
    {
        Hostile hostile = RoundTrip(HostileJson, Context.Hostile);

        Assert.Equal("c", hostile.Class);
        Assert.Equal("n", hostile.Namespace);
        Assert.True(hostile._2fa);
        Assert.Equal(10L, hostile.XRateLimit);
        Assert.Equal("r", hostile.RefLike);
        Assert.Equal("w", hostile.WithSpace);
        Assert.Equal("upper", hostile.Type);
        Assert.Equal("lower", hostile.Type2);
        Assert.Equal("self", hostile.HostileValue);
        Assert.Empty(hostile.AdditionalProperties);
    }

    [Fact]
    public void HostileNamesAreWrittenWithTheirWireNames()
    {
        var hostile = new Hostile { _2fa = false, XRateLimit = 1, RefLike = "x", WithSpace = "y", Type2 = "t" };

        Assert.Equal("{\"2fa\":false,\"x-rate.limit\":1,\"$ref-like\":\"x\",\"with space\":\"y\",\"type\":\"t\"}", Write(hostile, Context.Hostile));
    }

    [Theory]
    [InlineData("{'x-rate.limit':'ten'}", "$['x-rate.limit']")]
    [InlineData("{'with space':1}", "$['with space']")]
    [InlineData("{'$ref-like':[]}", "$['$ref-like']")]
    [InlineData("{'2fa':'yes'}", "$['2fa']")]
    public void ErrorPathsQuoteNamesThatAreNotPlain(string json, string path)
    {
        AssertFailsAt(json, Context.Hostile, path);
    }

    [Fact]
    public void SchemaNamesThatMapToOneCSharpNameGetNumbered()
    {
        WeirdName dashed = RoundTrip("{'a':'dash'}", Context.WeirdName);
        WeirdName2 underscored = RoundTrip("{'b':2}", Context.WeirdName2);

        Assert.Equal("dash", dashed.A);
        Assert.Equal(2L, underscored.B);
    }

    [Fact]
    public void SchemaNamedLikeAKeyword()
    {
        Class value = RoundTrip("{'name':'k'}", Context.Class);

        Assert.Equal("k", value.Name);
        Assert.Equal("Constructs.Class", typeof(Class).FullName);
    }

    [Fact]
    public void InlineSchemasAreNamedAfterWhereTheySit()
    {
        Type[] inline =
        {
            typeof(ShapeCircle), typeof(ShapeSquare), typeof(ChoiceObject), typeof(ToolSelectionFunction),
            typeof(InventoryOwnersValue), typeof(EventStartedDetail), typeof(SettingsLevel), typeof(UnknownShape),
        };

        Assert.All(inline, t => Assert.Equal("Constructs", t.Namespace));
        Assert.Equal(
            new[] { "ShapeCircle", "ShapeSquare", "ChoiceObject", "ToolSelectionFunction", "InventoryOwnersValue", "EventStartedDetail", "SettingsLevel", "UnknownShape" },
            inline.Select(t => t.Name));
    }

    [Fact]
    public void SnakeCaseNamesBecomePascalCase()
    {
        Assert.Equal("max_results", WireName(typeof(SearchTool), nameof(SearchTool.MaxResults)));
        Assert.Equal("good_boy", WireName(typeof(Dog), nameof(Dog.GoodBoy)));
        Assert.Equal("employee_id", WireName(typeof(Employee), nameof(Employee.EmployeeId)));
        Assert.Equal("pet_type", WireName(typeof(Cat), nameof(Cat.PetType)));
    }

    [Fact]
    public void PlainJsonSerializerUsesTheGeneratedConverters()
    {
        Hostile hostile = JsonSerializer.Deserialize<Hostile>(Q(HostileJson))!;
        Pet pet = JsonSerializer.Deserialize<Pet>(Q("{'pet_type':'dog','name':'Rex'}"))!;

        Assert.Equal("lower", hostile.Type2);
        AssertSameJson(HostileJson, JsonSerializer.Serialize(hostile));
        Assert.IsType<Dog>(pet);
        Assert.Equal("{\"pet_type\":\"dog\",\"name\":\"Rex\"}", JsonSerializer.Serialize(pet));
        Assert.Equal("\"green\"", JsonSerializer.Serialize(Color.Green));
    }

    [Fact]
    public void ContextListsEveryGeneratedType()
    {
        string[] names = typeof(RealtimeJsonContext).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(System.Text.Json.Serialization.Metadata.JsonTypeInfo<>))
            .Select(p => p.Name)
            .ToArray();

        Assert.Contains("Hostile", names);
        Assert.Contains("WeirdName2", names);
        Assert.Contains("Class", names);
        Assert.Contains("Pet", names);
        Assert.DoesNotContain("UnknownPet", names);
        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), names);
    }

    private static string WireName(Type type, string property)
        => type.GetProperty(property)!.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name;
}

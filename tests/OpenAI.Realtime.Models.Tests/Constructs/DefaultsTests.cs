using System.Reflection;
using System.Text.Json.Nodes;
using static OpenAI.Realtime.Models.Tests.Constructs.ConstructJson;

namespace OpenAI.Realtime.Models.Tests.Constructs;

using global::Constructs;
using V30 = global::Constructs.V30;

/// <summary>Spec defaults are documented as <c>Defaults</c> members and never written for you.</summary>
public class DefaultsTests
{
    [Fact]
    public void ScalarDefaultsAreTypedConstants()
    {
        Assert.Equal("fast", Settings.Defaults.Mode);
        Assert.Equal(0.5, Settings.Defaults.Ratio);
        Assert.Equal(3, Settings.Defaults.Retries);
        Assert.Equal(30000L, Settings.Defaults.Timeout);
        Assert.False(Settings.Defaults.Verbose);

        AssertConstant(nameof(Settings.Defaults.Mode), typeof(string));
        AssertConstant(nameof(Settings.Defaults.Ratio), typeof(double));
        AssertConstant(nameof(Settings.Defaults.Retries), typeof(int));
        AssertConstant(nameof(Settings.Defaults.Timeout), typeof(long));
        AssertConstant(nameof(Settings.Defaults.Verbose), typeof(bool));
    }

    [Fact]
    public void EnumDefaultsAreEnumMembers()
    {
        Assert.Equal(SettingsLevel.Medium, Settings.Defaults.Level);
        Assert.Equal(Color.Green, Settings.Defaults.Color);
        Assert.Equal(V30.ModeLevel.Low, V30.Mode.Defaults.Level);
    }

    [Fact]
    public void NonScalarDefaultsAreJsonText()
    {
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("[\"end\",\"stop\"]"), JsonNode.Parse(Settings.Defaults.StopsJson)));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("{\"depth\":2,\"strict\":true}"), JsonNode.Parse(Settings.Defaults.ExtraJson)));
        AssertConstant(nameof(Settings.Defaults.StopsJson), typeof(string));
    }

    [Fact]
    public void DefaultsAreNeitherAssumedWhenReadingNorWritten()
    {
        Settings settings = RoundTrip("{}", Context.Settings);

        Assert.Null(settings.Mode);
        Assert.Null(settings.Retries);
        Assert.Null(settings.Level);
        Assert.False(settings.IsSet(nameof(Settings.Mode)));
        Assert.Equal("{}", Write(new Settings(), Context.Settings));
        Assert.Equal("{\"type\":\"fixed\"}", Write(new V30.Mode(), Context30.Mode));
    }

    [Fact]
    public void ValuesOtherThanTheDefaultRoundTrip()
    {
        Settings settings = RoundTrip("{'mode':'slow','ratio':1,'retries':0,'timeout':1,'verbose':true,'level':'high','color':'red','stops':[],'extra':null}", Context.Settings);

        Assert.Equal("slow", settings.Mode);
        Assert.Equal(0, settings.Retries);
        Assert.Equal(SettingsLevel.High, settings.Level);
        Assert.Equal(Color.Red, settings.Color);
        Assert.True(settings.Verbose);
    }

    private static void AssertConstant(string name, System.Type type)
    {
        FieldInfo field = typeof(Settings.Defaults).GetField(name)!;
        Assert.True(field.IsLiteral, name + " is not a const");
        Assert.Equal(type, field.FieldType);
    }
}

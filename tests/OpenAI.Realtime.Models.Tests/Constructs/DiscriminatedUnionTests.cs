using System;
using System.Text.Json;
using static OpenAI.Realtime.Models.Tests.Constructs.ConstructJson;

namespace OpenAI.Realtime.Models.Tests.Constructs;

using global::Constructs;
using V30 = global::Constructs.V30;

/// <summary>
/// Discriminated unions: <c>discriminator</c> with <c>mapping</c>, <c>const</c>, a one-value <c>enum</c> that comes last,
/// two-level discrimination (type, then role), a case class shared by two unions, and unknown discriminators.
/// </summary>
public class DiscriminatedUnionTests
{
    [Fact]
    public void MappingValuePicksTheCase()
    {
        Pet pet = RoundTrip("{'pet_type':'dog','name':'Rex','good_boy':true}", Context.Pet);

        Dog dog = Assert.IsType<Dog>(pet);
        Assert.Equal("Rex", dog.Name);
        Assert.True(dog.GoodBoy);
        Assert.Equal("dog", dog.PetType);
        Assert.Equal("Rex", pet.Name);
    }

    [Fact]
    public void DiscriminatorMayStandAnywhere()
    {
        Pet pet = RoundTrip("{'name':'Tom','lives':9,'pet_type':'cat'}", Context.Pet);

        Cat cat = Assert.IsType<Cat>(pet);
        Assert.Equal(9, cat.Lives);
        Assert.Equal("cat", pet.PetType);
    }

    [Fact]
    public void DiscriminatorIsLookedUpOnlyAtTheTopLevel()
    {
        Pet pet = RoundTrip("{'toy':{'pet_type':'dog'},'pet_type':'cat','name':'Tom'}", Context.Pet);

        Cat cat = Assert.IsType<Cat>(pet);
        Assert.Equal("{\"pet_type\":\"dog\"}", cat.AdditionalProperties["toy"].GetRawText());
    }

    [Theory]
    [InlineData("{'pet_type':'parrot','name':'Polly','words':['hello',{'deep':[1,2.50,null]}]}")]
    [InlineData("{'name':'Nobody'}")]
    [InlineData("{'pet_type':7,'name':'Seven'}")]
    [InlineData("{'pet_type':'Dog','name':'Case matters'}")]
    [InlineData("{}")]
    public void UnknownDiscriminatorKeepsTheWholeObject(string json)
    {
        Pet pet = RoundTrip(json, Context.Pet);

        UnknownPet unknown = Assert.IsType<UnknownPet>(pet);
        AssertSameJson(json, unknown.Json.GetRawText());
        Assert.Equal(unknown.Json.GetRawText(), unknown.ToString());
    }

    [Fact]
    public void UnknownCaseExposesTheCommonStringMembers()
    {
        Pet pet = Read("{'pet_type':'parrot','name':'Polly'}", Context.Pet);

        Assert.Equal("parrot", pet.PetType);
        Assert.Equal("Polly", pet.Name);
        Assert.Null(Read("{'pet_type':1,'name':['x']}", Context.Pet).PetType);
    }

    [Fact]
    public void UnknownCaseKeepsItsTextExactly()
    {
        const string json = "{\"pet_type\":\"parrot\",\"price\":1.50,\"tags\":[ ],\"x\":\"\\u00e9\"}";

        Pet pet = JsonSerializer.Deserialize(json, Context.Pet)!;

        // Numbers keep their text; strings are written with the relaxed encoder of the context.
        Assert.Equal("{\"pet_type\":\"parrot\",\"price\":1.50,\"tags\":[],\"x\":\"\u00e9\"}", JsonSerializer.Serialize(pet, Context.Pet));
    }

    [Fact]
    public void UnknownCaseCanBeCreatedFromJson()
    {
        var unknown = new UnknownPet(Element("{'pet_type':'fish','fins':2}"));

        AssertSameJson("{'pet_type':'fish','fins':2}", Write<Pet>(unknown, Context.Pet));
        Assert.Equal("fish", unknown.PetType);
    }

    [Fact]
    public void MappingCaseWrittenThroughTheInterface()
    {
        Pet pet = new Cat { PetType = "cat", Name = "Tom", Lives = 3 };

        string json = Write(pet, Context.Pet);

        AssertSameJson("{'pet_type':'cat','name':'Tom','lives':3}", json);
        Assert.IsType<Cat>(Read(json, Context.Pet));
    }

    [Fact]
    public void MappingCaseCreatedInCodeReadsBackAsItsCase()
    {
        // Dog is the case the mapping names 'dog': a Dog created in code must write a pet_type that reads back as a Dog.
        Pet pet = new Dog { Name = "Rex" };

        Assert.IsType<Dog>(Read(Write(pet, Context.Pet), Context.Pet));
    }

    [Fact]
    public void EscapedDiscriminatorValueMatches()
    {
        Pet pet = RoundTrip("{'pet_type':'d\\u006fg','name':'Rex'}", Context.Pet);

        Assert.Equal("dog", Assert.IsType<Dog>(pet).PetType);
    }

    [Fact]
    public void ForeignImplementationCannotBeWritten()
    {
        JsonException exception = Assert.Throws<JsonException>(() => Write<Pet>(new RobotPet(), Context.Pet));
        Assert.Contains("is not a case of Pet", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConstDiscriminatorPicksTheInlineCase()
    {
        Household household = RoundTrip("{'shapes':[{'kind':'circle','radius':1.5},{'side':2,'kind':'square'},{'kind':'hexagon','side':1}]}", Context.Household);

        Assert.Equal(1.5, Assert.IsType<ShapeCircle>(household.Shapes![0]).Radius);
        Assert.Equal(2.0, Assert.IsType<ShapeSquare>(household.Shapes[1]).Side);
        UnknownShape unknown = Assert.IsType<UnknownShape>(household.Shapes[2]);
        Assert.Equal("hexagon", unknown.Kind);
    }

    [Fact]
    public void ConstructorsSetConstantDiscriminators()
    {
        Assert.Equal("circle", new ShapeCircle().Kind);
        Assert.Equal("square", new ShapeSquare().Kind);
        Assert.Equal("started", new EventStarted().Event);
        Assert.Equal("message", new MessageUser().Type);
        Assert.Equal("user", new MessageUser().Role);
        Assert.Equal("assistant", new MessageAssistant().Role);
        Assert.Equal("function_call", new FunctionCall().Type);
        Assert.Equal("function", new FunctionTool().Type);
        Assert.True(new ShellTool().IsSet(nameof(ShellTool.Type)));

        Shape shape = new ShapeCircle { Radius = 2 };
        AssertSameJson("{'kind':'circle','radius':2}", Write(shape, Context.Shape));
    }

    [Fact]
    public void OneValueEnumDiscriminatorThatComesLast()
    {
        Household household = RoundTrip(
            "{'events':[{'at':5,'detail':{'source':'cron','retry':true},'event':'started'},{'at':9,'reason':'done','event':'stopped'},{'at':10,'event':'paused'}]}",
            Context.Household);

        EventStarted started = Assert.IsType<EventStarted>(household.Events![0]);
        Assert.Equal(5L, started.At);
        Assert.Equal("cron", started.Detail!.Source);
        Assert.True(started.Detail.AdditionalProperties["retry"].GetBoolean());
        Assert.Equal("done", Assert.IsType<EventStopped>(household.Events[1]).Reason);
        Assert.Equal("paused", Assert.IsType<UnknownEvent>(household.Events[2]).Event);
        Assert.Equal("stopped", household.Events[1].Event);
    }

    [Fact]
    public void SecondDiscriminatorSeparatesCasesSharingTheFirst()
    {
        Household household = RoundTrip(
            "{'messages':[{'type':'message','role':'user','content':'hi'},{'role':'assistant','type':'message','content':'hello'},{'type':'function_call','name':'f','arguments':'{}'}]}",
            Context.Household);

        Assert.Equal("hi", Assert.IsType<MessageUser>(household.Messages![0]).Content);
        Assert.Equal("hello", Assert.IsType<MessageAssistant>(household.Messages[1]).Content);
        Assert.Equal("{}", Assert.IsType<FunctionCall>(household.Messages[2]).Arguments);
    }

    [Theory]
    [InlineData("{'type':'message','role':'tool','content':'42'}")]
    [InlineData("{'type':'message','content':'no role'}")]
    [InlineData("{'type':'reasoning','role':'user'}")]
    public void UnknownSecondLevelValueIsUnknown(string json)
    {
        Message message = RoundTrip(json, Context.Message);

        UnknownMessage unknown = Assert.IsType<UnknownMessage>(message);
        AssertSameJson(json, unknown.Json.GetRawText());
    }

    [Fact]
    public void CaseClassSharedByTwoUnions()
    {
        const string json = "{'type':'function','name':'lookup','parameters':{'type':'object'}}";

        Tool tool = RoundTrip(json, Context.Tool);
        LocalTool local = RoundTrip(json, Context.LocalTool);

        FunctionTool function = Assert.IsType<FunctionTool>(tool);
        Assert.IsType<FunctionTool>(local);
        Assert.IsAssignableFrom<LocalTool>(function);
        Assert.Equal("{\"type\":\"object\"}", function.Parameters!.Value.GetRawText());
        Assert.Equal(5, Assert.IsType<SearchTool>(Read("{'type':'search','max_results':5}", Context.Tool)).MaxResults);
        Assert.Equal("ls", Assert.IsType<ShellTool>(Read("{'type':'shell','command':'ls'}", Context.LocalTool)).Command);
    }

    [Fact]
    public void CaseOfOneUnionIsUnknownToTheOther()
    {
        Household household = RoundTrip("{'tools':[{'type':'shell','command':'ls'}],'local_tools':[{'type':'search'}]}", Context.Household);

        Assert.Equal("shell", Assert.IsType<UnknownTool>(household.Tools![0]).Type);
        Assert.Equal("search", Assert.IsType<UnknownLocalTool>(household.LocalTools![0]).Type);
    }

    [Fact]
    public void SameInstanceWritesTheSameThroughEitherUnion()
    {
        var function = new FunctionTool { Name = "f" };
        var household = new Household { Tools = new Tool[] { function }, LocalTools = new LocalTool[] { function } };

        AssertSameJson("{'tools':[{'type':'function','name':'f'}],'local_tools':[{'type':'function','name':'f'}]}", Write(household, Context.Household));
    }

    [Fact]
    public void CasesAreValidatedInsideCollections()
    {
        Household household = Read("{'pets':[{'pet_type':'dog','name':'Rex'},{'pet_type':'cat'}],'shapes':[{'kind':'circle'}]}", Context.Household);

        Assert.Equal(
            new[] { "$.pets[1].name: The required property 'name' is missing.", "$.shapes[0].radius: The required property 'radius' is missing." },
            Lines(household.Validate()));
    }

    [Fact]
    public void OpenApi30DiscriminatorWithMapping()
    {
        V30.Garage garage = RoundTrip("{'vehicles':[{'kind':'car','doors':4},{'gears':null,'kind':'bike'},{'kind':'boat','sails':2}]}", Context30.Garage);

        Assert.Equal(4, Assert.IsType<V30.Car>(garage.Vehicles![0]).Doors);
        V30.Bike bike = Assert.IsType<V30.Bike>(garage.Vehicles[1]);
        Assert.Null(bike.Gears);
        Assert.True(bike.IsSet(nameof(V30.Bike.Gears)));
        Assert.Equal("boat", Assert.IsType<V30.UnknownVehicle>(garage.Vehicles[2]).Kind);
    }

    [Fact]
    public void NonObjectForADiscriminatedUnionIsAJsonException()
    {
        JsonException exception = AssertFailsAt("{'pets':[{'pet_type':'dog','name':'Rex'},'cat']}", Context.Household, "$.pets[1]");
        Assert.Contains("Expected an object for Pet but found a string", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>An implementation of the union interface that the generated converter does not know.</summary>
    private sealed class RobotPet : Pet
    {
        public string? PetType => "robot";

        public string? Name => "R2";
    }
}

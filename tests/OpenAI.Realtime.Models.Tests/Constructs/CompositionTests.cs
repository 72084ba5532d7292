using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using static OpenAI.Realtime.Models.Tests.Constructs.ConstructJson;

namespace OpenAI.Realtime.Models.Tests.Constructs;

using global::Constructs;

/// <summary><c>allOf</c>, recursion, maps (of strings, objects, integers; named), arrays (of arrays; named), free-form members.</summary>
public class CompositionTests
{
    [Fact]
    public void AllOfMergesBothReferencesAndTheOwnProperties()
    {
        string[] wireNames = typeof(Employee).GetProperties()
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
            .Where(n => n is not null)
            .ToArray()!;

        Assert.Equal(new[] { "name", "age", "email", "phone", "employee_id", "address" }, wireNames);
        Assert.False(typeof(Person).IsAssignableFrom(typeof(Employee)));
    }

    [Fact]
    public void AllOfRoundTripAndTypedValues()
    {
        Employee employee = RoundTrip("{'name':'Ada','age':36,'email':'ada@example.com','employee_id':7,'address':{'city':'London'}}", Context.Employee);

        Assert.Equal("Ada", employee.Name);
        Assert.Equal(36, employee.Age);
        Assert.Equal("ada@example.com", employee.Email);
        Assert.Equal(7L, employee.EmployeeId);
        Assert.Equal("London", employee.Address!.City);
        AssertValid(employee.Validate());
    }

    [Fact]
    public void AllOfRequiresTheMembersEveryPartRequires()
    {
        Employee employee = Read("{'phone':'1'}", Context.Employee);

        Assert.Equal(
            new[]
            {
                "$.name: The required property 'name' is missing.",
                "$.email: The required property 'email' is missing.",
                "$.employee_id: The required property 'employee_id' is missing.",
            },
            Lines(employee.Validate()));
    }

    [Fact]
    public void RecursiveTreeReadsWritesAndValidatesAtDepth()
    {
        TreeNode tree = RoundTrip("{'value':'a','children':[{'value':'b','children':[{'value':'c'},{'children':[]}]}]}", Context.TreeNode);

        Assert.Equal("c", tree.Children![0].Children![0].Value);
        Assert.Empty(tree.Children[0].Children![1].Children!);
        RealtimeValidationErrorAssert.Single(tree.Validate(), "$.children[0].children[1].value", "The required property 'value' is missing.");
    }

    [Fact]
    public void DeepRecursionWithinTheReaderDepthLimit()
    {
        var json = new StringBuilder();
        const int depth = 30;
        for (int i = 0; i < depth; i++)
        {
            json.Append("{'value':'n").Append(i).Append("','children':[");
        }

        for (int i = 0; i < depth; i++)
        {
            json.Append("]}");
        }

        TreeNode tree = RoundTrip(json.ToString(), Context.TreeNode);

        TreeNode node = tree;
        for (int i = 1; i < depth; i++)
        {
            node = node.Children![0];
        }

        Assert.Equal("n29", node.Value);
        Assert.Empty(node.Children!);
    }

    [Fact]
    public void NestingBeyondTheReaderDepthLimitIsAJsonException()
    {
        string json = string.Concat(Enumerable.Repeat("{'value':'x','children':[", 100)) + string.Concat(Enumerable.Repeat("]}", 100));

        Assert.Throws<JsonException>(() => Read(json, Context.TreeNode));
    }

    [Fact]
    public void MutualRecursion()
    {
        Author author = RoundTrip("{'name':'Le Guin','books':[{'title':'Earthsea','author':{'name':'Ursula','books':[]}}]}", Context.Author);

        Assert.Equal("Earthsea", author.Books![0].Title);
        Assert.Equal("Ursula", author.Books[0].Author!.Name);

        var book = new Book { Title = "T", Author = new Author { Name = "A", Books = new List<Book>() } };
        AssertSameJson("{'title':'T','author':{'name':'A','books':[]}}", Write(book, Context.Book));
    }

    [Fact]
    public void MapsOfStringsObjectsAndIntegers()
    {
        Inventory inventory = RoundTrip(
            "{'labels':{'a':'x','a.b c':'y','':'empty key'},'owners':{'k1':{'name':'Ann','since':2001},'k2':{}},'counts':{'apples':3,'big':9007199254740993}}",
            Context.Inventory);

        Assert.Equal("y", inventory.Labels!["a.b c"]);
        Assert.Equal("empty key", inventory.Labels[string.Empty]);
        Assert.Equal(2001L, inventory.Owners!["k1"].Since);
        Assert.IsType<InventoryOwnersValue>(inventory.Owners["k2"]);
        Assert.Equal(9007199254740993L, inventory.Counts!["big"]);
        Assert.Equal(new[] { "apples", "big" }, inventory.Counts.Keys);
    }

    [Fact]
    public void MapKeysAreOrdinal()
    {
        Inventory inventory = RoundTrip("{'labels':{'a':'lower','A':'upper'}}", Context.Inventory);

        Assert.Equal("lower", inventory.Labels!["a"]);
        Assert.Equal("upper", inventory.Labels["A"]);
    }

    [Fact]
    public void ArraysOfArrays()
    {
        Inventory inventory = RoundTrip("{'grid':[[1,2],[],[3]]}", Context.Inventory);

        Assert.Equal(3, inventory.Grid!.Count);
        Assert.Equal(new long[] { 1, 2 }, inventory.Grid[0]);
        Assert.Empty(inventory.Grid[1]);
        Assert.Equal(3L, inventory.Grid[2][0]);
    }

    [Fact]
    public void NamedMapDerivesFromDictionary()
    {
        Inventory inventory = RoundTrip("{'metadata':{'env':'prod','team':'core'}}", Context.Inventory);

        Dictionary<string, string> map = inventory.Metadata!;
        Assert.Equal("prod", map["env"]);
        Assert.Same(System.StringComparer.Ordinal, map.Comparer);

        var metadata = new Metadata { ["x"] = "1" };
        Assert.Equal("{\"x\":\"1\"}", JsonSerializer.Serialize(metadata, Context.Metadata));
        Assert.Equal("2", JsonSerializer.Deserialize("{\"y\":\"2\"}", Context.Metadata)!["y"]);
        Assert.Equal("3", new Metadata(new Dictionary<string, string> { ["z"] = "3" })["z"]);
    }

    [Fact]
    public void NamedArrayDerivesFromList()
    {
        Inventory inventory = RoundTrip("{'tags':['a','b']}", Context.Inventory);

        List<string> list = inventory.Tags!;
        Assert.Equal(new[] { "a", "b" }, list);

        var tags = new TagList(new[] { "x" }) { "y" };
        Assert.Equal("[\"x\",\"y\"]", JsonSerializer.Serialize(tags, Context.TagList));
    }

    [Theory]
    [InlineData("{'data':{'any':[1,'two',{'three':null}]}}")]
    [InlineData("{'data':{}}")]
    [InlineData("{'anything':'text'}")]
    [InlineData("{'anything':12.50}")]
    [InlineData("{'anything':[true,false]}")]
    [InlineData("{'anything':{'nested':{'deep':[]}}}")]
    public void FreeFormMembersKeepAnyJson(string json)
    {
        Payload payload = RoundTrip(json, Context.Payload);

        JsonElement? element = payload.IsSet(nameof(Payload.Data)) ? payload.Data : payload.Anything;
        Assert.NotNull(element);
        JsonElement original = Element(json);
        Assert.Equal(original.EnumerateObject().Single().Value.GetRawText(), element!.Value.GetRawText());
    }

    [Fact]
    public void FreeFormMemberExplicitNull()
    {
        Payload payload = RoundTrip("{'anything':null,'data':null}", Context.Payload);

        Assert.Null(payload.Anything);
        Assert.Null(payload.Data);
        Assert.True(payload.IsSet(nameof(Payload.Anything)));
    }

    [Fact]
    public void FreeFormObjectMemberGivenAnotherKindIsReported()
    {
        // data is 'type: object': reading keeps any JSON, Validate reports a value that is not an object.
        Payload payload = RoundTrip("{'data':5}", Context.Payload);

        RealtimeValidationErrorAssert.Single(payload.Validate(), "$.data", "Expected a JSON object but found number.");
    }

    [Fact]
    public void IntegerAndNumberFormatsKeepTheirRange()
    {
        Measurements measurements = RoundTrip(
            "{'count':2147483647,'total':-9223372036854775808,'plain':9223372036854775807,'ratio':0.1,'precise':1.7976931348623157E+308,'amount':-0.000001,'flag':true}",
            Context.Measurements);

        Assert.Equal(int.MaxValue, measurements.Count);
        Assert.Equal(long.MinValue, measurements.Total);
        Assert.Equal(long.MaxValue, measurements.Plain);
        Assert.Equal(0.1f, measurements.Ratio);
        Assert.Equal(double.MaxValue, measurements.Precise);
        Assert.Equal(-0.000001, measurements.Amount);
        Assert.Equal(typeof(int?), typeof(Measurements).GetProperty(nameof(Measurements.Count))!.PropertyType);
        Assert.Equal(typeof(long?), typeof(Measurements).GetProperty(nameof(Measurements.Total))!.PropertyType);
        Assert.Equal(typeof(long?), typeof(Measurements).GetProperty(nameof(Measurements.Plain))!.PropertyType);
        Assert.Equal(typeof(float?), typeof(Measurements).GetProperty(nameof(Measurements.Ratio))!.PropertyType);
        Assert.Equal(typeof(double?), typeof(Measurements).GetProperty(nameof(Measurements.Precise))!.PropertyType);
        Assert.Equal(typeof(double?), typeof(Measurements).GetProperty(nameof(Measurements.Amount))!.PropertyType);
    }

    [Fact]
    public void UntypedMemberTypesAsJsonElement()
    {
        Assert.Equal(typeof(JsonElement?), typeof(Payload).GetProperty(nameof(Payload.Anything))!.PropertyType);
        Assert.Equal(typeof(JsonElement?), typeof(Payload).GetProperty(nameof(Payload.Data))!.PropertyType);
        Assert.Equal(typeof(IDictionary<string, InventoryOwnersValue>), typeof(Inventory).GetProperty(nameof(Inventory.Owners))!.PropertyType);
        Assert.Equal(typeof(IList<IList<long>>), typeof(Inventory).GetProperty(nameof(Inventory.Grid))!.PropertyType);
    }
}

using System;
using System.Collections.Generic;
using static OpenAI.Realtime.Models.Tests.Constructs.ConstructJson;

namespace OpenAI.Realtime.Models.Tests.Constructs;

using global::Constructs;

/// <summary>Every member is unset (not written), explicitly null (written as null) or a value.</summary>
public class PresenceTests
{
    [Fact]
    public void NewObjectHasNothingSetAndWritesAnEmptyObject()
    {
        var measurements = new Measurements();

        Assert.False(measurements.IsSet(nameof(Measurements.Count)));
        Assert.False(measurements.IsSet(nameof(Measurements.Flag)));
        Assert.Null(measurements.Count);
        Assert.Equal("{}", Write(measurements, Context.Measurements));
    }

    [Fact]
    public void AssignedMembersAreWrittenInSchemaOrder()
    {
        var measurements = new Measurements { Flag = false, Total = 5_000_000_000, Count = 1 };

        Assert.True(measurements.IsSet(nameof(Measurements.Total)));
        Assert.Equal("{\"count\":1,\"total\":5000000000,\"flag\":false}", Write(measurements, Context.Measurements));
    }

    [Fact]
    public void AssigningNullWritesAnExplicitNull()
    {
        var payload = new Payload { Note = null, Data = null };

        Assert.True(payload.IsSet(nameof(Payload.Note)));
        Assert.Equal("{\"data\":null,\"note\":null}", Write(payload, Context.Payload));
    }

    [Fact]
    public void AbsentNullAndValueSurviveARoundTrip()
    {
        Measurements measurements = RoundTrip("{'count':null,'ratio':0.25}", Context.Measurements);

        Assert.True(measurements.IsSet(nameof(Measurements.Count)));
        Assert.Null(measurements.Count);
        Assert.True(measurements.IsSet(nameof(Measurements.Ratio)));
        Assert.Equal(0.25f, measurements.Ratio);
        Assert.False(measurements.IsSet(nameof(Measurements.Total)));
        Assert.Null(measurements.Total);
    }

    [Fact]
    public void UnsetLeavesAMemberOut()
    {
        Payload payload = Read("{'note':'x','data':{'a':1}}", Context.Payload);

        payload.Unset(nameof(Payload.Note));

        Assert.False(payload.IsSet(nameof(Payload.Note)));
        Assert.Null(payload.Note);
        AssertSameJson("{'data':{'a':1}}", Write(payload, Context.Payload));
    }

    [Fact]
    public void UnsetThenAssignSetsAgain()
    {
        var envelope = new Envelope();
        envelope.Unset(nameof(Envelope.Version));
        Assert.Equal("{}", Write(envelope, Context.Envelope));

        envelope.Version = "v1";
        Assert.Equal("{\"version\":\"v1\"}", Write(envelope, Context.Envelope));
    }

    [Fact]
    public void UnknownPropertyNameIsAnArgumentException()
    {
        var payload = new Payload();

        ArgumentException isSet = Assert.Throws<ArgumentException>(() => payload.IsSet("note"));
        ArgumentException unset = Assert.Throws<ArgumentException>(() => payload.Unset("Missing"));
        Assert.Equal("propertyName", isSet.ParamName);
        Assert.Contains("'Missing' is not a property of Payload.", unset.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredValueTypeThatIsAbsentReadsAsDefaultButIsNotSet()
    {
        Employee employee = Read("{'name':'Ada','email':'ada@example.com'}", Context.Employee);

        Assert.Equal(0L, employee.EmployeeId);
        Assert.False(employee.IsSet(nameof(Employee.EmployeeId)));
        AssertSameJson("{'name':'Ada','email':'ada@example.com'}", Write(employee, Context.Employee));
    }

    [Fact]
    public void RequiredNonNullableMemberReadAsNullStaysNull()
    {
        Constrained constrained = RoundTrip("{'code':null}", Context.Constrained);

        Assert.True(constrained.IsSet(nameof(Constrained.Code)));
        Assert.Null((string?)constrained.Code);
        RealtimeValidationErrorAssert.Single(constrained.Validate(), "$.code", "The value must not be null.");
    }

    [Fact]
    public void CollectionsAreWrittenAsTheyAreAfterChanges()
    {
        Inventory inventory = Read("{'labels':{'a':'1'},'grid':[[1]]}", Context.Inventory);

        inventory.Labels!["b"] = "2";
        inventory.Grid!.Add(new List<long> { 2, 3 });

        AssertSameJson("{'labels':{'a':'1','b':'2'},'grid':[[1],[2,3]]}", Write(inventory, Context.Inventory));
    }

    [Fact]
    public void PresenceIsTrackedPerInstance()
    {
        var first = new Settings { Mode = "slow" };
        var second = new Settings();

        Assert.True(first.IsSet(nameof(Settings.Mode)));
        Assert.False(second.IsSet(nameof(Settings.Mode)));
    }
}

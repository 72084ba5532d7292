using System.Linq;
using static OpenAI.Realtime.Models.Tests.Realtime.Json;

namespace OpenAI.Realtime.Models.Tests.Realtime;

/// <summary>Validate() reports every constraint the spec states, without throwing; reading stays tolerant.</summary>
public class ValidationTests
{
    private static readonly RealtimeJsonContext Context = RealtimeJsonContext.Default;

    [Fact]
    public void ValidValueHasNoErrors()
    {
        var session = new RealtimeSession { Temperature = 0.8, Speed = 1.0 };
        Assert.Empty(session.Validate());
        Assert.Empty(new RealtimeResponse { Metadata = new Metadata { ["team"] = "voice" } }.Validate());
    }

    [Fact]
    public void RangesAreChecked()
    {
        var session = new RealtimeSession { Temperature = 1.5, Speed = 0.1 };
        var errors = session.Validate();
        Assert.Contains(errors, e => e.Path == "$.temperature" && e.Message.Contains("greater than 1.2"));
        Assert.Contains(errors, e => e.Path == "$.speed" && e.Message.Contains("less than 0.25"));
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void MetadataLimitsAreChecked()
    {
        var metadata = new Metadata();
        for (int i = 0; i < 17; i++)
        {
            metadata["k" + i] = "v";
        }

        metadata[new string('k', 65)] = new string('v', 513);
        var errors = new RealtimeResponse { Metadata = metadata }.Validate();
        Assert.Contains(errors, e => e.Path == "$.metadata" && e.Message.Contains("18 members") && e.Message.Contains("maximum is 16"));
        Assert.Contains(errors, e => e.Path == "$.metadata." + new string('k', 65) && e.Message.Contains("65 characters"));
        Assert.Contains(errors, e => e.Path == "$.metadata." + new string('k', 65) && e.Message.Contains("513 characters"));
    }

    [Fact]
    public void MissingRequiredAndNullsAreReportedNotThrown()
    {
        // The required call_id and output are missing, and type is null: the spec does not allow it.
        var item = Read(Q("{'type':null}"), Context.RealtimeConversationItemFunctionCallOutput);
        var errors = item.Validate();
        Assert.Contains(errors, e => e.Path == "$.call_id" && e.Message.Contains("required"));
        Assert.Contains(errors, e => e.Path == "$.output" && e.Message.Contains("required"));
        Assert.Contains(errors, e => e.Path == "$.type" && e.Message.Contains("must not be null"));
    }

    [Fact]
    public void NestedValuesAreValidatedWithTheirPath()
    {
        var response = Read(Q("{'output':[{'type':'message','role':'assistant','content':[]},{'type':'message','role':'user','content':[{'type':'input_image','detail':'ultra'}]}]}"), Context.RealtimeResponse);
        var errors = response.Validate();
        var error = Assert.Single(errors);
        Assert.Equal("$.output[1].content[0].detail", error.Path);
        Assert.Contains("'ultra'", error.Message);
    }

    [Fact]
    public void ListItemsAreCheckedAtTheirIndex()
    {
        // output_modalities lists a closed enumeration; output's items must not be null: both are checked item by item,
        // from the shape's flags, with the item's index in the path.
        var response = Read(Q("{'output_modalities':['audio','smell','text'],'output':[null,{'type':'message','role':'assistant','content':[]}],'status':'paused','object':'realtime.thing'}"), Context.RealtimeResponse);
        var errors = response.Validate().Select(e => e.ToString()).ToArray();
        Assert.Equal(
            new[]
            {
                "$.object: The value 'realtime.thing' must be 'realtime.response'.",
                "$.status: The value 'paused' is not one of 'completed', 'cancelled', 'failed', 'incomplete', 'in_progress'.",
                "$.output[0]: The value must not be null.",
                "$.output_modalities[1]: The value 'smell' is not one of 'text', 'audio'.",
            },
            errors);
        response.OutputModalities![1] = "text";
        response.Output!.RemoveAt(0);
        response.Status = RealtimeResponseStatus.Completed;
        response.Object = "realtime.response";
        Assert.Empty(response.Validate());
    }

    [Fact]
    public void ConstantsAreChecked()
    {
        var done = new RealtimeServerEventResponseDone { EventId = "e", Response = new RealtimeResponse(), Type = "response.created" };
        var error = Assert.Single(done.Validate());
        Assert.Equal("$.type", error.Path);
        Assert.Contains("must be 'response.done'", error.Message);
    }

    [Fact]
    public void LengthLimitsOfEventsAreChecked()
    {
        var update = new RealtimeClientEventSessionUpdate { EventId = new string('e', 513), Session = new RealtimeSessionCreateRequestGA() };
        var error = Assert.Single(update.Validate());
        Assert.Equal("$.event_id", error.Path);
        Assert.Equal(1, update.Validate().Count(e => e.Message.Contains("maximum is 512")));
    }
}

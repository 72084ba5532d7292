using System;
using System.Reflection;
using System.Text.Json;
using static OpenAI.Realtime.Models.Tests.Constructs.ConstructJson;

namespace OpenAI.Realtime.Models.Tests.Constructs;

using global::Constructs;

/// <summary><c>deprecated</c> becomes <c>[Obsolete]</c> with the spec's words; <c>readOnly</c> members are left out in request mode.</summary>
public class DeprecationReadOnlyTests
{
    [Fact]
    public void DeprecatedPropertyIsObsoleteWithTheSpecsWords()
    {
        ObsoleteAttribute? obsolete = typeof(Account).GetProperty("LegacyId")!.GetCustomAttribute<ObsoleteAttribute>();

        Assert.NotNull(obsolete);
        Assert.Equal("Deprecated by the OpenAPI spec: Use id instead.", obsolete!.Message);
        Assert.False(obsolete.IsError);
    }

    [Fact]
    public void DeprecatedSchemaIsObsoleteWithTheSpecsWords()
    {
        Type type = typeof(Account).Assembly.GetType("Constructs.LegacyAccount")!;
        ObsoleteAttribute? obsolete = type.GetCustomAttribute<ObsoleteAttribute>();

        Assert.NotNull(obsolete);
        Assert.Equal("Deprecated by the OpenAPI spec: Replaced by Account.", obsolete!.Message);
    }

    [Fact]
    public void OtherMembersAreNotObsolete()
    {
        Assert.Null(typeof(Account).GetProperty(nameof(Account.Email))!.GetCustomAttribute<ObsoleteAttribute>());
        Assert.Null(typeof(Account).GetCustomAttribute<ObsoleteAttribute>());
    }

    [Fact]
    public void DeprecatedMembersAreStillReadAndWritten()
    {
        Account account = RoundTrip("{'id':'a1','legacy_id':'old-1'}", Context.Account);
#pragma warning disable CS0618 // the member the spec deprecates is what is tested
        Assert.Equal("old-1", account.LegacyId);
        account.LegacyId = "old-2";
#pragma warning restore CS0618
        AssertSameJson("{'id':'a1','legacy_id':'old-2'}", Write(account, Context.Account));
    }

    [Fact]
    public void DeprecatedSchemaStillReadsAndWrites()
    {
#pragma warning disable CS0618 // the schema the spec deprecates is what is tested
        LegacyAccount legacy = RoundTrip("{'user':'u','extra':1}", Context.LegacyAccount);
        Assert.Equal("u", legacy.User);
#pragma warning restore CS0618
    }

    [Fact]
    public void ReadOnlyMemberIsKeptInRoundTripMode()
    {
        Account account = RoundTrip("{'id':'a1','created_at':1700000000,'email':'a@b.c'}", Context.Account);

        Assert.Equal(1700000000L, account.CreatedAt);
    }

    [Fact]
    public void RequestModeLeavesReadOnlyAndUnknownMembersOut()
    {
        Account account = Read("{'id':'a1','created_at':1700000000,'email':'a@b.c','server_note':'x'}", Context.Account);

        string request = JsonSerializer.Serialize(account, RealtimeJsonContext.Requests.Account);

        AssertSameJson("{'id':'a1','email':'a@b.c'}", request);
        Assert.True(account.IsSet(nameof(Account.CreatedAt)));
    }

    [Fact]
    public void ReadOnlyMemberSetInCodeIsStillLeftOutOfRequests()
    {
        var account = new Account { Email = "a@b.c", CreatedAt = 5 };

        Assert.Equal("{\"email\":\"a@b.c\"}", JsonSerializer.Serialize(account, RealtimeJsonContext.Requests.Account));
        Assert.Equal("{\"created_at\":5,\"email\":\"a@b.c\"}", JsonSerializer.Serialize(account, RealtimeJsonContext.Default.Account));
    }

    [Fact]
    public void ReadOnlyMemberIsNotRequiredToBeAbsentWhenReading()
    {
        Account account = Read("{'created_at':null}", Context.Account);

        Assert.True(account.IsSet(nameof(Account.CreatedAt)));
        Assert.Null(account.CreatedAt);
    }
}

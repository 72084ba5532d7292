// RealtimeConversationItem, from #/components/schemas/RealtimeConversationItem
/// <summary>One entry of a Realtime conversation, such as a message, function call or MCP item.</summary>
/// <remarks>A discriminated union on <c>type</c> and <c>role</c> (see <see cref="RealtimeConversationItemVisitor{TResult}"/>); unknown kinds read as <see cref="UnknownRealtimeConversationItem"/>.</remarks>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
[__Sys::Text.Json.Serialization.JsonConverter(typeof(__Oai::JsonUnionConverter<__M::RealtimeConversationItem, __M::RealtimeConversationItemJsonModel>))]
public partial interface RealtimeConversationItem
{
    /// <summary>The <c>id</c> member, which every case has.</summary>
    string? Id { get; }
    /// <summary>The <c>type</c> member, which every case has.</summary>
    string? Type { get; }
}

/// <summary>A <see cref="RealtimeConversationItem"/> of a kind this version of the spec does not know; keeps its JSON and writes it back unchanged.</summary>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
public sealed partial class UnknownRealtimeConversationItem : __Oai::JsonUnknownCase, __M::RealtimeConversationItem
{
    /// <summary>Wraps a JSON object (a copy of it is kept).</summary>
    public UnknownRealtimeConversationItem(__Sys::Text.Json.JsonElement json) : this(json.Clone(), owned: true) { }

    internal UnknownRealtimeConversationItem(__Oai::DeferredJsonElement json, bool owned) : base(json, __M::RealtimeConversationItemJsonModel.Discriminator) { }

    /// <summary>The <c>id</c> member of the JSON, when it is a string.</summary>
    public string? Id => GetStringMember("id");

    /// <summary>The <c>type</c> member of the JSON, when it is a string.</summary>
    public string? Type => GetStringMember("type");
}

/// <summary>Dispatches a <see cref="RealtimeConversationItem"/> to one method per case; by default each calls <see cref="OnOther"/>.</summary>
/// <typeparam name="TResult">What handling a value returns.</typeparam>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
public abstract partial class RealtimeConversationItemVisitor<TResult>
{
    /// <summary>Calls the method for the case <paramref name="value"/> is.</summary>
    /// <param name="value">The value to dispatch.</param>
    public TResult Visit(__M::RealtimeConversationItem value) => value switch
    {
        __M::RealtimeConversationItemMessageSystem v => OnMessageSystem(v),
        __M::RealtimeConversationItemMessageUser v => OnMessageUser(v),
        __M::RealtimeConversationItemMessageAssistant v => OnMessageAssistant(v),
        __M::RealtimeConversationItemFunctionCall v => OnFunctionCall(v),
        __M::RealtimeConversationItemFunctionCallOutput v => OnFunctionCallOutput(v),
        __M::RealtimeMCPApprovalResponse v => OnRealtimeMCPApprovalResponse(v),
        __M::RealtimeMCPListTools v => OnRealtimeMCPListTools(v),
        __M::RealtimeMCPToolCall v => OnRealtimeMCPToolCall(v),
        __M::RealtimeMCPApprovalRequest v => OnRealtimeMCPApprovalRequest(v),
        __M::UnknownRealtimeConversationItem v => OnUnknown(v),
        _ => OnOther(value),
    };
    /// <summary>Handles a <see cref="RealtimeConversationItemMessageSystem"/>.</summary>
    protected virtual TResult OnMessageSystem(__M::RealtimeConversationItemMessageSystem value) => OnOther(value);
    /// <summary>Handles a <see cref="RealtimeConversationItemMessageUser"/>.</summary>
    protected virtual TResult OnMessageUser(__M::RealtimeConversationItemMessageUser value) => OnOther(value);
    /// <summary>Handles a <see cref="RealtimeConversationItemMessageAssistant"/>.</summary>
    protected virtual TResult OnMessageAssistant(__M::RealtimeConversationItemMessageAssistant value) => OnOther(value);
    /// <summary>Handles a <see cref="RealtimeConversationItemFunctionCall"/>.</summary>
    protected virtual TResult OnFunctionCall(__M::RealtimeConversationItemFunctionCall value) => OnOther(value);
    /// <summary>Handles a <see cref="RealtimeConversationItemFunctionCallOutput"/>.</summary>
    protected virtual TResult OnFunctionCallOutput(__M::RealtimeConversationItemFunctionCallOutput value) => OnOther(value);
    /// <summary>Handles a <see cref="RealtimeMCPApprovalResponse"/>.</summary>
    protected virtual TResult OnRealtimeMCPApprovalResponse(__M::RealtimeMCPApprovalResponse value) => OnOther(value);
    /// <summary>Handles a <see cref="RealtimeMCPListTools"/>.</summary>
    protected virtual TResult OnRealtimeMCPListTools(__M::RealtimeMCPListTools value) => OnOther(value);
    /// <summary>Handles a <see cref="RealtimeMCPToolCall"/>.</summary>
    protected virtual TResult OnRealtimeMCPToolCall(__M::RealtimeMCPToolCall value) => OnOther(value);
    /// <summary>Handles a <see cref="RealtimeMCPApprovalRequest"/>.</summary>
    protected virtual TResult OnRealtimeMCPApprovalRequest(__M::RealtimeMCPApprovalRequest value) => OnOther(value);
    /// <summary>Handles a value whose discriminator this version of the spec does not know.</summary>
    protected virtual TResult OnUnknown(__M::UnknownRealtimeConversationItem value) => OnOther(value);
    /// <summary>Handles every value no other method of this visitor handles.</summary>
    /// <param name="value">The value.</param>
    protected abstract TResult OnOther(__M::RealtimeConversationItem value);
}

internal sealed class RealtimeConversationItemJsonModel : __Oai::JsonPolymorphicModel<__M::RealtimeConversationItem>
{
    internal static readonly __Oai::JsonDiscriminator Discriminator = new __Oai::JsonDiscriminator("RealtimeConversationItem", new[] { "type", "role" }, new string?[] { "message", "system", "message", "user", "message", "assistant", "function_call", null, "function_call_output", null, "mcp_approval_response", null, "mcp_list_tools", null, "mcp_call", null, "mcp_approval_request", null });
    internal static readonly RealtimeConversationItemJsonModel Instance = new RealtimeConversationItemJsonModel();

    public RealtimeConversationItemJsonModel() : base(Discriminator, json => new __M::UnknownRealtimeConversationItem(json, owned: true),
        Case(__Oai::JsonModel.Read<__M::RealtimeConversationItemMessageSystem>, __Oai::JsonModel.Write<__M::RealtimeConversationItemMessageSystem>),
        Case(__Oai::JsonModel.Read<__M::RealtimeConversationItemMessageUser>, __Oai::JsonModel.Write<__M::RealtimeConversationItemMessageUser>),
        Case(__Oai::JsonModel.Read<__M::RealtimeConversationItemMessageAssistant>, __Oai::JsonModel.Write<__M::RealtimeConversationItemMessageAssistant>),
        Case(__Oai::JsonModel.Read<__M::RealtimeConversationItemFunctionCall>, __Oai::JsonModel.Write<__M::RealtimeConversationItemFunctionCall>),
        Case(__Oai::JsonModel.Read<__M::RealtimeConversationItemFunctionCallOutput>, __Oai::JsonModel.Write<__M::RealtimeConversationItemFunctionCallOutput>),
        Case(__Oai::JsonModel.Read<__M::RealtimeMCPApprovalResponse>, __Oai::JsonModel.Write<__M::RealtimeMCPApprovalResponse>),
        Case(__Oai::JsonModel.Read<__M::RealtimeMCPListTools>, __Oai::JsonModel.Write<__M::RealtimeMCPListTools>),
        Case(__Oai::JsonModel.Read<__M::RealtimeMCPToolCall>, __Oai::JsonModel.Write<__M::RealtimeMCPToolCall>),
        Case(__Oai::JsonModel.Read<__M::RealtimeMCPApprovalRequest>, __Oai::JsonModel.Write<__M::RealtimeMCPApprovalRequest>))
    {
    }

    internal static __M::RealtimeConversationItem ReadValue(ref __Sys::Text.Json.Utf8JsonReader reader) => Instance.Read(ref reader);

    internal static void WriteValue(__Sys::Text.Json.Utf8JsonWriter writer, __M::RealtimeConversationItem value, __Oai::RealtimeJsonWriteMode mode) => Instance.Write(writer, value, mode);
}

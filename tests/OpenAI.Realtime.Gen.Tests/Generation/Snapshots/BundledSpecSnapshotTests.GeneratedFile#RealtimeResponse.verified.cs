// RealtimeResponse, from #/components/schemas/RealtimeResponse
/// <summary>A model response together with its outputs, status and usage.</summary>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
[__Sys::Text.Json.Serialization.JsonConverter(typeof(__Oai::JsonModelConverter<__M::RealtimeResponse>))]
public partial class RealtimeResponse : __Oai::JsonModel
{
    private static readonly __Oai::JsonModelShape s_shape = new("RealtimeResponse",
        "Id", "id", "Ss",
        "Object", "object", "SCs=realtime.response",
        "Status", "status", "K",
        "StatusDetails", "status_details", "",
        "Output", "output", "I",
        "Metadata", "metadata", "N",
        "Audio", "audio", "",
        "Usage", "usage", "",
        "ConversationId", "conversation_id", "s",
        "OutputModalities", "output_modalities", "K",
        "MaxOutputTokens", "max_output_tokens", "");
    private string? _Id;
    private string? _Object;
    private __M::RealtimeResponseStatus? _Status;
    private __M::RealtimeResponseStatusDetails? _StatusDetails;
    private __Sys::Collections.Generic.IList<__M::RealtimeConversationItem>? _Output;
    private __M::Metadata? _Metadata;
    private __M::RealtimeResponseAudio? _Audio;
    private __M::RealtimeResponseUsage? _Usage;
    private string? _ConversationId;
    private __Sys::Collections.Generic.IList<__M::RealtimeResponseOutputModalitiesItem>? _OutputModalities;
    private __M::RealtimeResponseMaxOutputTokens? _MaxOutputTokens;

    /// <summary>Identifier assigned by the server, of the form <c>resp_1234</c>.</summary>
    /// <remarks>Set by the server: not written in request mode.</remarks>
    [__Sys::Text.Json.Serialization.JsonPropertyName("id")]
    public string? Id { get => _Id; set { _Id = value; __Set(0); } }

    /// <summary>Resource kind marker; the value is <c>realtime.response</c>.</summary>
    /// <remarks>
    /// <para>Always <c>realtime.response</c>.</para>
    /// <para>Set by the server: not written in request mode.</para>
    /// </remarks>
    [__Sys::Text.Json.Serialization.JsonPropertyName("object")]
    public string? Object { get => _Object; set { _Object = value; __Set(1); } }

    /// <summary>Where the response ended up. One of <c>in_progress</c>, <c>completed</c>, <c>cancelled</c>, <c>incomplete</c> or <c>failed</c>.</summary>
    [__Sys::Text.Json.Serialization.JsonPropertyName("status")]
    public __M::RealtimeResponseStatus? Status { get => _Status; set { _Status = value; __Set(2); } }

    /// <summary>Extra information explaining the status.</summary>
    [__Sys::Text.Json.Serialization.JsonPropertyName("status_details")]
    public __M::RealtimeResponseStatusDetails? StatusDetails { get => _StatusDetails; set { _StatusDetails = value; __Set(3); } }

    /// <summary>Items the model produced for this response.</summary>
    [__Sys::Text.Json.Serialization.JsonPropertyName("output")]
    public __Sys::Collections.Generic.IList<__M::RealtimeConversationItem>? Output { get => _Output; set { _Output = value; __Set(4); } }

    /// <summary>The <c>metadata</c> member.</summary>
    /// <remarks>May be <c>null</c> (written as JSON <c>null</c>; <c>Unset(nameof(Metadata))</c> leaves it out).</remarks>
    [__Sys::Text.Json.Serialization.JsonPropertyName("metadata")]
    public __M::Metadata? Metadata { get => _Metadata; set { _Metadata = value; __Set(5); } }

    /// <summary>Settings used for the audio output of this response.</summary>
    [__Sys::Text.Json.Serialization.JsonPropertyName("audio")]
    public __M::RealtimeResponseAudio? Audio { get => _Audio; set { _Audio = value; __Set(6); } }

    /// <summary>Token counts for the response, which is what billing is based on. Because the session keeps a running conversation, text and audio generated in earlier turns count as input tokens in later turns.</summary>
    [__Sys::Text.Json.Serialization.JsonPropertyName("usage")]
    public __M::RealtimeResponseUsage? Usage { get => _Usage; set { _Usage = value; __Set(7); } }

    /// <summary>Where the response was stored. It is <c>null</c> when <c>response.create</c> asked for <c>conversation: none</c>; otherwise (with <c>auto</c>, or for any response that VAD started) it is the default conversation's ID, like <c>conv_1234</c>.</summary>
    [__Sys::Text.Json.Serialization.JsonPropertyName("conversation_id")]
    public string? ConversationId { get => _ConversationId; set { _ConversationId = value; __Set(8); } }

    /// <summary>Output modality used: <c>["audio"]</c> or <c>["text"]</c>. Audio output always comes with a transcript; choosing <c>text</c> switches audio off.</summary>
    [__Sys::Text.Json.Serialization.JsonPropertyName("output_modalities")]
    public __Sys::Collections.Generic.IList<__M::RealtimeResponseOutputModalitiesItem>? OutputModalities { get => _OutputModalities; set { _OutputModalities = value; __Set(9); } }

    /// <summary>Output token cap (tool calls included) that applied to this response.</summary>
    [__Sys::Text.Json.Serialization.JsonPropertyName("max_output_tokens")]
    public __M::RealtimeResponseMaxOutputTokens? MaxOutputTokens { get => _MaxOutputTokens; set { _MaxOutputTokens = value; __Set(10); } }

    /// <inheritdoc cref="__Oai::JsonModel.__IsSet"/>
    public bool IsSet(string propertyName) => __IsSet(propertyName);
    /// <inheritdoc cref="__Oai::JsonModel.__Unset"/>
    public void Unset(string propertyName) => __Unset(propertyName);
    /// <inheritdoc cref="__Oai::JsonModel.__ValidateAll"/>
    public __Sys::Collections.Generic.IReadOnlyList<__Oai::RealtimeValidationError> Validate() => __ValidateAll();
    protected override __Oai::JsonModelShape __Shape => s_shape;
    protected override __Oai::JsonModel __New() => new RealtimeResponse();
    protected override ref byte __Field(int m)
    {
        switch (m)
        {
            case 0: return ref __Slot(ref _Id);
            case 1: return ref __Slot(ref _Object);
            case 8: return ref __Slot(ref _ConversationId);
            default: return ref base.__Field(m);
        }
    }
    protected override void __Read(ref __Sys::Text.Json.Utf8JsonReader r, int m)
    {
        bool n = r.TokenType == __Sys::Text.Json.JsonTokenType.Null;
        switch (m)
        {
            case 2: _Status = __Enum<__M::RealtimeResponseStatus>(ref r); break;
            case 3: _StatusDetails = __Model<__M::RealtimeResponseStatusDetails>(ref r); break;
            case 4: _Output = __List<__M::RealtimeConversationItem>(ref r, __M::RealtimeConversationItemJsonModel.ReadValue, true); break;
            case 5: _Metadata = n ? null : __M::MetadataJsonConverter.ReadValue(ref r); break;
            case 6: _Audio = __Model<__M::RealtimeResponseAudio>(ref r); break;
            case 7: _Usage = __Model<__M::RealtimeResponseUsage>(ref r); break;
            case 9: _OutputModalities = __List<__M::RealtimeResponseOutputModalitiesItem>(ref r, __Oai::JsonOpenEnum.Read<__M::RealtimeResponseOutputModalitiesItem>, false); break;
            case 10: _MaxOutputTokens = n ? null : __M::RealtimeResponseMaxOutputTokens.ReadJson(ref r); break;
        }
    }
    protected override void __Write(__Sys::Text.Json.Utf8JsonWriter w, int m, __Oai::RealtimeJsonWriteMode mode)
    {
        switch (m)
        {
            case 2: __Enum(w, _Status); break;
            case 3: __Value(w, _StatusDetails, mode); break;
            case 4: __List<__M::RealtimeConversationItem>(w, _Output, __M::RealtimeConversationItemJsonModel.WriteValue, mode); break;
            case 5: if (_Metadata != null) __M::MetadataJsonConverter.WriteValue(w, _Metadata, mode); else w.WriteNullValue(); break;
            case 6: __Value(w, _Audio, mode); break;
            case 7: __Value(w, _Usage, mode); break;
            case 9: __List<__M::RealtimeResponseOutputModalitiesItem>(w, _OutputModalities, __Oai::JsonOpenEnum.Write<__M::RealtimeResponseOutputModalitiesItem>, mode); break;
            case 10: if (_MaxOutputTokens != null) __M::RealtimeResponseMaxOutputTokens.WriteJson(w, _MaxOutputTokens, mode); else w.WriteNullValue(); break;
        }
    }
    protected override object? __Get(int m)
    {
        switch (m)
        {
            case 2: return _Status;
            case 3: return _StatusDetails;
            case 4: return _Output;
            case 5: return _Metadata;
            case 6: return _Audio;
            case 7: return _Usage;
            case 9: return _OutputModalities;
            case 10: return _MaxOutputTokens;
            default: return null;
        }
    }
}

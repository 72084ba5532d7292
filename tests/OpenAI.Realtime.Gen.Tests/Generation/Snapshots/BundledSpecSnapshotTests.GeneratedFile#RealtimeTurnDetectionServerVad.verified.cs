// RealtimeTurnDetectionServerVad, from #/components/schemas/RealtimeTurnDetection/anyOf/0/oneOf/0
/// <summary>Volume-based VAD run by the server: active once the user begins talking, inactive after enough silence.</summary>
/// <remarks>A case of <see cref="RealtimeTurnDetection"/>.</remarks>
[__Sys::CodeDom.Compiler.GeneratedCode("OpenAI.Realtime.Gen", "1.0.0.0")]
[__Sys::Text.Json.Serialization.JsonConverter(typeof(__Oai::JsonModelConverter<__M::RealtimeTurnDetectionServerVad>))]
public partial class RealtimeTurnDetectionServerVad : __Oai::JsonModel, __M::RealtimeTurnDetection
{
    private static readonly __Oai::JsonModelShape s_shape = new("RealtimeTurnDetectionServerVad",
        "Type", "type", "RCs=server_vad",
        "Threshold", "threshold", "d",
        "PrefixPaddingMs", "prefix_padding_ms", "l",
        "SilenceDurationMs", "silence_duration_ms", "l",
        "CreateResponse", "create_response", "b",
        "InterruptResponse", "interrupt_response", "b",
        "IdleTimeoutMs", "idle_timeout_ms", "NVl");
    private string? _Type;
    private double? _Threshold;
    private long? _PrefixPaddingMs;
    private long? _SilenceDurationMs;
    private bool? _CreateResponse;
    private bool? _InterruptResponse;
    private long? _IdleTimeoutMs;

    /// <summary>Creates an instance with its constants set: <see cref="Type"/> (<c>server_vad</c>).</summary>
    public RealtimeTurnDetectionServerVad() { _Type = "server_vad"; __Set(0); }
    private RealtimeTurnDetectionServerVad(__Oai::DeserializationConstructor _) { }

    /// <summary>Fixed to <c>server_vad</c>: selects simple volume-based detection.</summary>
    /// <remarks>
    /// <para>Required.</para>
    /// <para>Always <c>server_vad</c>.</para>
    /// <para>The server assumes <c>"server_vad"</c> when the member is absent (see <c>Defaults</c>); it is never sent unless you set it.</para>
    /// </remarks>
    [__Sys::Text.Json.Serialization.JsonPropertyName("type")]
    public string Type { get => _Type!; set { _Type = value; __Set(0); } }

    /// <summary><c>server_vad</c> only. VAD activation threshold between 0.0 and 1.0 (default 0.5); higher values need louder audio to trigger, which can help in noisy places.</summary>
    [__Sys::Text.Json.Serialization.JsonPropertyName("threshold")]
    public double? Threshold { get => _Threshold; set { _Threshold = value; __Set(1); } }

    /// <summary><c>server_vad</c> only. Audio kept from before the detected speech start, in ms (300 unless set).</summary>
    [__Sys::Text.Json.Serialization.JsonPropertyName("prefix_padding_ms")]
    public long? PrefixPaddingMs { get => _PrefixPaddingMs; set { _PrefixPaddingMs = value; __Set(2); } }

    /// <summary><c>server_vad</c> only. Milliseconds of silence that end a turn; default 500. Lower values make replies quicker but risk cutting in during short pauses.</summary>
    [__Sys::Text.Json.Serialization.JsonPropertyName("silence_duration_ms")]
    public long? SilenceDurationMs { get => _SilenceDurationMs; set { _SilenceDurationMs = value; __Set(3); } }

    /// <summary>Whether VAD's end-of-speech triggers a new response automatically. While the model is still talking, this can fail unless <c>interrupt_response</c> is on.</summary>
    /// <remarks>
    /// <para>Turning both flags (<c>create_response</c>, <c>interrupt_response</c>) off means the model never replies unprompted, but VAD events keep coming.</para>
    /// <para>The server assumes <c>true</c> when the member is absent (see <c>Defaults</c>); it is never sent unless you set it.</para>
    /// </remarks>
    [__Sys::Text.Json.Serialization.JsonPropertyName("create_response")]
    public bool? CreateResponse { get => _CreateResponse; set { _CreateResponse = value; __Set(4); } }

    /// <summary>When VAD hears the user start speaking, cancel a response still producing output for the default conversation (<c>conversation</c> = <c>auto</c>); if off, the response plays out.</summary>
    /// <remarks>
    /// <para>Turning both flags (<c>create_response</c>, <c>interrupt_response</c>) off means the model never replies unprompted, but VAD events keep coming.</para>
    /// <para>The server assumes <c>true</c> when the member is absent (see <c>Defaults</c>); it is never sent unless you set it.</para>
    /// </remarks>
    [__Sys::Text.Json.Serialization.JsonPropertyName("interrupt_response")]
    public bool? InterruptResponse { get => _InterruptResponse; set { _InterruptResponse = value; __Set(5); } }

    /// <summary>The <c>idle_timeout_ms</c> member.</summary>
    /// <remarks>
    /// <para>May be <c>null</c> (written as JSON <c>null</c>; <c>Unset(nameof(IdleTimeoutMs))</c> leaves it out).</para>
    /// <para>Allowed values: at least 5000 and at most 30000.</para>
    /// </remarks>
    [__Sys::Text.Json.Serialization.JsonPropertyName("idle_timeout_ms")]
    public long? IdleTimeoutMs { get => _IdleTimeoutMs; set { _IdleTimeoutMs = value; __Set(6); } }

    /// <inheritdoc cref="__Oai::JsonModel.__IsSet"/>
    public bool IsSet(string propertyName) => __IsSet(propertyName);
    /// <inheritdoc cref="__Oai::JsonModel.__Unset"/>
    public void Unset(string propertyName) => __Unset(propertyName);
    /// <inheritdoc cref="__Oai::JsonModel.__ValidateAll"/>
    public __Sys::Collections.Generic.IReadOnlyList<__Oai::RealtimeValidationError> Validate() => __ValidateAll();
    /// <summary>The defaults the spec states for the members of <see cref="RealtimeTurnDetectionServerVad"/>: what the server assumes when a member is absent. They are never sent for you.</summary>
    public static class Defaults
    {
        /// <summary>The default of <see cref="RealtimeTurnDetectionServerVad.Type"/>: <c>"server_vad"</c>.</summary>
        public const string Type = "server_vad";
        /// <summary>The default of <see cref="RealtimeTurnDetectionServerVad.CreateResponse"/>: <c>true</c>.</summary>
        public const bool CreateResponse = true;
        /// <summary>The default of <see cref="RealtimeTurnDetectionServerVad.InterruptResponse"/>: <c>true</c>.</summary>
        public const bool InterruptResponse = true;
    }

    protected override __Oai::JsonModelShape __Shape => s_shape;
    protected override __Oai::JsonModel __New() => new RealtimeTurnDetectionServerVad(default(__Oai::DeserializationConstructor));
    protected override ref byte __Field(int m)
    {
        switch (m)
        {
            case 0: return ref __Slot(ref _Type);
            case 1: return ref __Slot(ref _Threshold);
            case 2: return ref __Slot(ref _PrefixPaddingMs);
            case 3: return ref __Slot(ref _SilenceDurationMs);
            case 4: return ref __Slot(ref _CreateResponse);
            case 5: return ref __Slot(ref _InterruptResponse);
            case 6: return ref __Slot(ref _IdleTimeoutMs);
            default: return ref base.__Field(m);
        }
    }
    protected override bool __Validate(__Oai::RealtimeValidationContext context, int m)
    {
        switch (m)
        {
            case 6: context.CheckRange(_IdleTimeoutMs, 5000.0, 30000.0, false, false); return _IdleTimeoutMs == null;
            default: return false;
        }
    }
}

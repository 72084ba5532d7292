namespace PackageSample.Weather;

/// <summary>
/// The app's own part of a generated type: an added member, a replaced one (the generator leaves its own
/// <c>Conditions</c> out because this file declares it), and a hook that runs after reading.
/// </summary>
internal partial class WeatherReport
{
    private string? _conditions;

    /// <summary>Replaces the generated property: conditions are stored in lower case, whatever the caller passes.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("conditions")]
    public string Conditions
    {
        get => _conditions ?? string.Empty;
        set => _conditions = value?.ToLowerInvariant();
    }

    /// <summary>An added member.</summary>
    public string Summary => $"{Conditions}, {Temperature:0.#} degrees in {City}";

    partial void OnDeserialized() => Conditions = Conditions.Trim();
}

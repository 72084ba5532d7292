using System.Text.Json;
using OpenAI.Realtime;
using OpenAI.Realtime.Serialization;
using PackageSample.Weather;

// 1. A recorded GA response.done event, read into the types generated from the bundled spec.
string json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "response.done.json"));
var done = JsonSerializer.Deserialize(json, OpenAI.Realtime.RealtimeJsonContext.Default.RealtimeServerEventResponseDone)!;
Console.WriteLine($"response {done.Response.Id} is {done.Response.Status}; {done.Response.Output?.Count} output items");

// 2. The function call's arguments, read into a type generated from the app's own spec.
var call = done.Response.Output!.OfType<RealtimeConversationItemFunctionCall>().Single();
var query = JsonSerializer.Deserialize(call.Arguments!, PackageSample.Weather.RealtimeJsonContext.Default.WeatherQuery)!;
Console.WriteLine($"{call.Name}: city={query.City}, unit={query.Unit} (default {WeatherQuery.Defaults.Unit})");

// 3. The function's result, with the user's replaced member and hook, sent back as a conversation item.
var report = new WeatherReport { City = query.City, Temperature = 21, Conditions = "SUNNY " };
var output = new RealtimeClientEventConversationItemCreate
{
    Item = new RealtimeConversationItemFunctionCallOutput
    {
        CallId = call.CallId ?? throw new InvalidOperationException("The function call has no call_id."),
        Output = JsonSerializer.Serialize(report, PackageSample.Weather.RealtimeJsonContext.Default.WeatherReport),
    },
};
Console.WriteLine(JsonSerializer.Serialize(output, OpenAI.Realtime.RealtimeJsonContext.Requests.RealtimeClientEventConversationItemCreate));
var reread = JsonSerializer.Deserialize("{\"city\":\"Lisbon\",\"temperature\":21,\"conditions\":\"  Sunny  \"}", PackageSample.Weather.RealtimeJsonContext.Default.WeatherReport)!;
Console.WriteLine("report: " + reread.Summary);

// 3b. A member the overlay specs/weather.fixes.yaml adds to the app's spec, with its range from the overlay.
var humid = JsonSerializer.Deserialize("{\"city\":\"Lisbon\",\"temperature\":21,\"conditions\":\"sunny\",\"humidity\":140}", PackageSample.Weather.RealtimeJsonContext.Default.WeatherReport)!;
Console.WriteLine($"humidity (from the overlay): {humid.Humidity}; " + string.Join("; ", humid.Validate()));

// 4. Validation from the app's own constraints.
var invalid = new WeatherQuery { City = "" };
Console.WriteLine("invalid query: " + string.Join("; ", invalid.Validate()));
Console.WriteLine("write mode of Requests: " + RealtimeJsonOptions.GetWriteMode(OpenAI.Realtime.RealtimeJsonContext.Requests.Options));

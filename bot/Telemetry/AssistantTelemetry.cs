using System.Diagnostics;

namespace Assistant.Bot.Telemetry;

/// <summary>
/// The project's own trace source: features start a span for work worth seeing in a trace
/// (`using var activity = AssistantTelemetry.ActivitySource.StartActivity("answer")`). Exported with the
/// ASP.NET Core, HttpClient and database spans when OTEL_EXPORTER_OTLP_ENDPOINT is set. Tags carry ids and
/// kinds, never message text or tokens.
/// </summary>
public static class AssistantTelemetry
{
    /// <summary>The name of both the ActivitySource and the Meter (<see cref="AssistantMetrics"/>).</summary>
    public const string Name = "Assistant";

    public static readonly ActivitySource ActivitySource = new(Name, typeof(AssistantTelemetry).Assembly.GetName().Version?.ToString());
}

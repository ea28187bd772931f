using System.Diagnostics.Metrics;
using Assistant.Bot.Plans;
using Assistant.Bot.Hosting;
using Assistant.Bot.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.Hosting;

public sealed class AssistantMetricsTests
{
    [Fact]
    public async Task Each_method_adds_to_its_instrument_with_its_tags()
    {
        await using var services = new ServiceCollection().AddMetrics().AddSingleton<AssistantMetrics>().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        var measurements = new List<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this test's meter: meters from a factory carry it as their scope.
            if (instrument.Meter.Name == AssistantTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Add((i.Name, v, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Add((i.Name, v, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();

        var metrics = services.GetRequiredService<AssistantMetrics>();
        metrics.AnswerGiven("forecast", "answered", TimeSpan.FromMilliseconds(3));
        metrics.ReminderSent("window");
        metrics.ReminderSent("overdue");
        metrics.ReminderFailed("notinstalled");
        metrics.ReminderEscalated("manager");
        metrics.StatusRecorded(ActivityStatus.InProgress, "card");

        Assert.Equal(
            [
                "assistant.answers", "assistant.answer.duration", "assistant.reminders.sent", "assistant.reminders.sent",
                "assistant.reminders.failed", "assistant.reminders.escalated", "assistant.statuses.recorded",
            ],
            measurements.Select(m => m.Instrument));
        Assert.Equal("forecast", measurements[0].Tags["kind"]);
        Assert.Equal("answered", measurements[0].Tags["outcome"]);
        Assert.Equal(0.003, measurements[1].Value, 6);
        Assert.Equal("overdue", measurements[3].Tags["kind"]);
        Assert.Equal("notinstalled", measurements[4].Tags["reason"]);
        Assert.Equal("manager", measurements[5].Tags["target"]);
        Assert.Equal(("InProgress", "card"), ((string?)measurements[6].Tags["status"], (string?)measurements[6].Tags["channel"]));
    }
}

using Assistant.Bot.Plans;
using Assistant.Bot.Channel;
using Assistant.Bot.People;
using Assistant.Tests.Infrastructure;
using Assistant.Tests.People;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.Reminders;

/// <summary>Owners found through Graph, escalations to their manager, and the app installed through Graph for a manager the bot never met.</summary>
public sealed class EscalationTests
{
    private const string Anna = "aaaaaaaa-0000-0000-0000-000000000001";
    private const string Dan = "aaaaaaaa-0000-0000-0000-000000000009";

    [Fact]
    public async Task What_is_still_open_two_weeks_after_the_deadline_goes_to_the_owners_manager_installing_the_app_if_needed()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        await TestPlans.StoreAsync(db, TestPlans.Activity("Kompetenstrappa för undersköterskor", "HR-chefen", "Q3 2024", ActivityStatus.InProgress));
        await ReminderHarness.SeedReferencesAsync(db, Anna); // Dan has never talked to the bot
        var graph = new FakeGraphHandler();
        graph.Users.Add(FakeGraphHandler.User(Anna, "Anna Berg", "HR-chef", "HR och kompetensförsörjning"));
        graph.Users.Add(FakeGraphHandler.User(Dan, "Dan Fors", "Förvaltningsdirektör"));
        graph.Managers[Anna] = Dan;
        graph.Apps["manifest-guid"] = "catalog-app-1";
        var settings = new Dictionary<string, string?>
        {
            ["Graph:TenantId"] = "tenant-1",
            ["Graph:ClientId"] = "client-1",
            ["Graph:ClientSecret"] = "secret",
            ["Graph:TeamsAppExternalId"] = "manifest-guid",
            ["Reminders:TenantId"] = "tenant-1",
        };
        await using var app = ReminderHarness.Create(db, settings, configure: services =>
        {
            services.AddHttpClient(GraphServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => graph);
            services.AddHttpClient(GraphTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => graph);
        });
        // Opening a 1:1 chat works only once the app is installed for the user (otherwise Teams answers 403).
        app.Messenger.Create = user => graph.Installed.ContainsKey(user)
            ? new ConversationReferenceRecord { UserId = $"29:{user}", AadObjectId = user, ChannelId = "msteams", ServiceUrl = "https://smba.example/teams/", ConversationId = $"a:{user}", BotId = "28:bot", ConversationType = "personal" }
            : null;
        var ct = TestContext.Current.CancellationToken;
        var measured = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        var scope = app.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, scope))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => measured.AddOrUpdate(instrument.Name, value, (_, n) => n + value));
        listener.Start();

        app.SetLocal(new DateOnly(2024, 9, 16), 8);
        await app.Runner.RunAsync(ct);
        app.SetLocal(new DateOnly(2024, 10, 14), 8);
        var run = await app.Runner.RunAsync(ct);

        Assert.Equal(0, run.Dispatch.Failed);
        var sends = app.Messenger.Sends.ToList();
        Assert.Equal(Anna, sends[0].User);                   // the 14-day reminder, to the HR chief found by job title
        var escalation = Assert.Single(sends, s => s.User == Dan);
        Assert.StartsWith("Eskalering: HR-chefen har 1 aktivitet", escalation.Message.Text, StringComparison.Ordinal);
        Assert.Equal([Dan, Dan], app.Messenger.Created);      // refused before the install, opened after it
        Assert.Equal(["catalog-app-1"], graph.Installed[Dan]);
        Assert.Equal(2, sends.Count(s => s.User == Anna)); // 16 Sep, and the weekly overdue on Monday 14 Oct
        Assert.Equal(3, measured["assistant.reminders.sent"]);
        Assert.Equal(1, measured["assistant.reminders.escalated"]);
        Assert.False(measured.ContainsKey("assistant.reminders.failed"));
    }
}

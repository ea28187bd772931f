using System.Globalization;
using Assistant.Bot.Clock;
using Assistant.Bot.Plans;
using Assistant.Bot.Channel;
using Assistant.Bot.Reminders;
using Assistant.Bot.Reminders.Hosting;
using Assistant.Bot.Storage;
using Assistant.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.Reminders;

/// <summary>
/// Two app instances (the real channel: connector client with its throttle and retries, proactive messenger) on one
/// PostgreSQL send the same window at once to a local connector that answers 429 and 503 for a while.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ReminderOverHttpTests(PostgresServer postgres)
{
    private const int Owners = 60;

    [Fact]
    public async Task Two_instances_through_a_throttling_connector_deliver_each_reminder_exactly_once()
    {
        await using var connector = await LocalConnector.StartAsync();
        // Every conversation's first attempt is throttled (429, Retry-After 1 s or none), every third also gets a 503.
        connector.Refuse = (conversation, attempt) => attempt switch
        {
            1 => (429, conversation.GetHashCode() % 2 == 0 ? "1" : null),
            2 when conversation.GetHashCode() % 3 == 0 => (503, null),
            _ => null,
        };
        await using var db = await TestDatabase.CreatePostgresAsync(postgres);
        var settings = new Dictionary<string, string?>
        {
            ["Reminders:EscalateAfterDays"] = "0",
            ["Connector:BaseDelay"] = "00:00:00.050",
        };
        var activities = new List<PlanActivity>();
        for (var i = 1; i <= Owners; i++)
        {
            settings[$"Owners:Enhetschef {i:000}:0"] = Id(i);
            activities.Add(TestPlans.Activity($"Aktivitet {i}", $"Enhetschef {i:000}", "Q3 2024", ActivityStatus.InProgress));
        }

        await TestPlans.StoreAsync(db, [.. activities]);
        for (var i = 1; i <= Owners; i++)
        {
            db.ConversationReferences.Add(new ConversationReferenceRecord
            {
                UserId = $"29:{i}", AadObjectId = Id(i), TenantId = "tenant-1", ChannelId = "msteams", ServiceUrl = connector.ServiceUrl,
                ConversationId = $"a:conv-{i}", ConversationType = "personal", BotId = "28:bot", Locale = "sv-SE",
            });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await using var first = Instance(db, settings);
        await using var second = Instance(db, settings);
        var window = new DateOnly(2024, 9, 16);
        var ct = TestContext.Current.CancellationToken;

        var runs = await Task.WhenAll(
            first.GetRequiredService<ReminderRunner>().RunAsync([window], ct),
            second.GetRequiredService<ReminderRunner>().RunAsync([window], ct));

        Assert.Equal(Owners, runs.Sum(r => r.Dispatch.Sent));
        var delivered = connector.Accepted.Select(a => a.ConversationId).ToList();
        Assert.Equal(Owners, delivered.Count);
        Assert.Equal(Owners, delivered.Distinct().Count());
        Assert.True(connector.Requests >= Owners * 2, "every first attempt was refused and retried");
        Assert.All(connector.Accepted, a => Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)a.Activity["attachments"]![0]!["contentType"]));
        await using var check = TestDatabase.Reopen(db);
        var rows = await check.ReminderDispatches.Where(d => d.OwnerKey != "*").ToListAsync(ct);
        Assert.All(rows, r => Assert.Equal((DispatchState.Sent, true), (r.State, r.MessageId!.StartsWith("1:", StringComparison.Ordinal))));
    }

    private static string Id(int i) => $"00000000-0000-0000-0000-{i.ToString("000000000000", CultureInfo.InvariantCulture)}";

    private static ServiceProvider Instance(AssistantDbContext db, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddClock(configuration);
        var connectionString = db.Database.GetConnectionString();
        services.AddDbContext<AssistantDbContext, PostgresAssistantDbContext>(o => o.UseNpgsql(connectionString));
        services.AddChannel(configuration);
        services.AddReminders(configuration, isWebHost: false);
        return services.BuildServiceProvider();
    }
}

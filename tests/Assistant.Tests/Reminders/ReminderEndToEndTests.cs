using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Plans;
using Assistant.Bot.Cli;
using Assistant.Bot.Reminders;
using Assistant.Bot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Assistant.Tests.Infrastructure;

namespace Assistant.Tests.Reminders;

/// <summary>
/// End to end over HTTP: the bot (web host, development mode) and a local connector. The owner talks to the bot, a
/// reminder card reaches them, they save with Action.Execute and with Action.Submit, the card is updated for everyone,
/// the history holds both, `ask` shows the new status; a non-owner is refused.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ReminderEndToEndTests
{
    private const string Director = "11111111-1111-1111-1111-111111111111";
    private const string Stranger = "44444444-4444-4444-4444-444444444444";

    [Fact]
    public async Task A_reminder_card_reaches_its_owner_whose_answers_are_recorded_and_shown_and_others_are_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connector = await LocalConnector.StartAsync();
        await using var factory = TestApp.Start(new()
        {
            // The test runs the job itself, for a chosen day.
            Settings = new Dictionary<string, string?> { ["Owners:Direktör:0"] = Director, ["Reminders:Enabled"] = "false" },
        });
        using var client = factory.CreateClient();
        int fas2, u43;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AssistantDbContext>();
            var stored = await TestPlans.StoreAsync(
                db,
                TestPlans.Activity("Förvaltningschefens aktiviteter - Revidering av riktlinjer FAS2", "Direktör", "Q3 2024", ActivityStatus.InProgress),
                TestPlans.Activity("Kommunövergripande strategiskt uppdrag 43 om arbetsmarknadsplatser", "Direktören", "Q3 2024", ActivityStatus.InProgress));
            (fas2, u43) = (stored[0].Id, stored[1].Id);
        }

        // The director says hello: the channel stores where they can be reached.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, Activity("message", Director, "hej"), ct)).StatusCode);

        // The morning of 16 September 2024: one card, to the director, listing both Q3 activities.
        var run = await factory.Services.GetRequiredService<ReminderRunner>().RunAsync([new DateOnly(2024, 9, 16)], ct);
        Assert.Equal(1, run.Dispatch.Sent);
        var (conversation, card) = Assert.Single(connector.Accepted, a => a.Activity["attachments"] is JsonArray { Count: > 0 });
        Assert.Equal($"a:{Director}", conversation);
        var cardJson = card["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains($"status-{fas2}", cardJson, StringComparison.Ordinal);
        Assert.Contains($"status-{u43}", cardJson, StringComparison.Ordinal);
        var cardId = await ReminderMessageIdAsync(factory);

        // Action.Execute: the invoke is answered with the receipt, and the card message is updated for everyone.
        var invoke = Activity("invoke", Director, null, cardId);
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute", ["verb"] = "saveStatus",
                ["data"] = new JsonObject { ["verb"] = "saveStatus", ["reminderId"] = 1, ["activityIds"] = new JsonArray(fas2, u43), [$"status-{fas2}"] = "Done", [$"comment-{fas2}"] = "Riktlinjerna antagna" },
            },
            ["trigger"] = "manual",
        };
        var response = await PostAsync(client, invoke, ct);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
        Assert.Equal(200, body!["statusCode"]!.GetValue<int>());
        Assert.Contains("Riktlinjerna antagna", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(connector.Updated, u => u.ActivityId == cardId && u.ConversationId == $"a:{Director}");

        // Action.Submit (the fallback): a message with the value, answered by updating the card.
        var submit = Activity("message", Director, null, cardId);
        submit["value"] = new JsonObject { ["verb"] = "saveStatus", ["reminderId"] = 1, ["activityIds"] = new JsonArray(fas2, u43), [$"status-{u43}"] = "Remains", [$"comment-{u43}"] = "Väntar på kommunstyrelsen" };
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, submit, ct)).StatusCode);
        Assert.Equal(2, connector.Updated.Count(u => u.ActivityId == cardId));

        // Someone else tries the same card: refused, nothing changes.
        var intruder = Activity("invoke", Stranger, null, cardId);
        intruder["name"] = "adaptiveCard/action";
        intruder["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "saveStatus", ["data"] = new JsonObject { ["reminderId"] = 1, ["activityIds"] = new JsonArray(u43), [$"status-{u43}"] = "Done" } } };
        var refused = await (await PostAsync(client, intruder, ct)).Content.ReadFromJsonAsync<JsonObject>(ct);
        Assert.Contains("Du kan inte ändra status", refused!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AssistantDbContext>();
            var history = await db.StatusChanges.OrderBy(c => c.Id).ToListAsync(ct);
            Assert.Equal(
                [(fas2, ActivityStatus.Done, "Riktlinjerna antagna"), (u43, ActivityStatus.Remains, "Väntar på kommunstyrelsen")],
                history.Select(c => (c.ActivityId, c.To!.Value, c.Comment!)));
            Assert.All(history, c => Assert.Equal((Director, StatusChannel.Card), (c.UserId, c.Channel)));
        }

        // And the answers show the new status.
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        await CommandLine.RunAsync(factory.Services, ["ask", "Vilken status har FAS2?"], stdout, stderr, ct);
        Assert.Contains("Klart", stdout.ToString(), StringComparison.Ordinal);

        JsonObject Activity(string type, string aad, string? text, string? replyTo = null) => new()
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = $"29:{aad}", ["aadObjectId"] = aad, ["name"] = aad == Director ? "Dir Ektor" : "Någon Annan" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Assistent" },
            ["conversation"] = new JsonObject { ["id"] = $"a:{aad}", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
            ["locale"] = "sv-SE",
            ["text"] = text,
            ["replyToId"] = replyTo,
        };
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject activity, CancellationToken ct) =>
        client.PostAsync(new Uri("/api/messages", UriKind.Relative), JsonContent.Create(activity), ct);

    private static async Task<string> ReminderMessageIdAsync(TestApp factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssistantDbContext>();
        return (await db.ReminderDispatches.SingleAsync(d => d.State == DispatchState.Sent, TestContext.Current.CancellationToken)).MessageId!;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Assistant.Bot.Plans;
using Assistant.Bot.Reminders;
using Assistant.Bot.Storage;
using Assistant.Cards.Reminders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Assistant.Tests.Infrastructure;

namespace Assistant.Tests.Reminders;

/// <summary>
/// Issue 16: the status comment is capped (1 000 characters) so what the bot sends back (the invoke's card, the updated
/// reminder card) stays below what Teams accepts, about 28 KB; a longer one is refused with a clear message.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StatusCommentLimitTests
{
    private const string Director = "11111111-1111-1111-1111-111111111111";
    private const int TeamsLimitBytes = 28 * 1024;

    [Fact]
    public async Task The_largest_allowed_comments_give_cards_under_28_KB_and_a_longer_one_is_refused_with_the_limit()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connector = await LocalConnector.StartAsync();
        await using var factory = TestApp.Start(new()
        {
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
                TestPlans.Activity("Kommunövergripande strategiskt uppdrag 43 om arbetsmarknadsplatser", "Direktör", "Q3 2024", ActivityStatus.InProgress));
            (fas2, u43) = (stored[0].Id, stored[1].Id);
        }

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, Activity("message", "hej"), ct)).StatusCode);
        Assert.Equal(1, (await factory.Services.GetRequiredService<ReminderRunner>().RunAsync([new DateOnly(2024, 9, 16)], ct)).Dispatch.Sent);
        string cardId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            cardId = (await scope.ServiceProvider.GetRequiredService<AssistantDbContext>().ReminderDispatches.SingleAsync(d => d.State == DispatchState.Sent, ct)).MessageId!;
        }

        // Both activities with the longest comment allowed, in the letters that take the most bytes (å, ä, ö: two each).
        var longest = Comment(ReminderCard.CommentMaxLength);
        var response = await PostAsync(client, Save(cardId, fas2, u43, longest, longest), ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(200, JsonNode.Parse(body)!["statusCode"]!.GetValue<int>());
        Assert.True(Encoding.UTF8.GetByteCount(body) < TeamsLimitBytes, $"invoke answer of {Encoding.UTF8.GetByteCount(body)} bytes");
        var (_, _, updated) = Assert.Single(connector.Updated, u => u.ActivityId == cardId);
        var updatedBytes = Encoding.UTF8.GetByteCount(updated.ToJsonString());
        Assert.True(updatedBytes < TeamsLimitBytes, $"updated card of {updatedBytes} bytes");

        // One character more: refused with the limit in Swedish, and nothing is saved.
        var refused = await PostAsync(client, Save(cardId, fas2, u43, Comment(ReminderCard.CommentMaxLength + 1), "kort"), ct);
        var refusal = (await refused.Content.ReadFromJsonAsync<JsonObject>(ct))!["value"]!["fallbackText"]!.GetValue<string>();
        Assert.Contains("En kommentar får vara högst " + Bot.Answering.SwedishFormat.Number(1000) + " tecken", refusal, StringComparison.Ordinal);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<AssistantDbContext>().StatusChanges.CountAsync(ct));
        }

        JsonObject Activity(string type, string? text, string? replyTo = null) => new()
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = $"29:{Director}", ["aadObjectId"] = Director, ["name"] = "Dir Ektor" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Assistent" },
            ["conversation"] = new JsonObject { ["id"] = $"a:{Director}", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
            ["locale"] = "sv-SE",
            ["text"] = text,
            ["replyToId"] = replyTo,
        };

        JsonObject Save(string card, int first, int second, string firstComment, string secondComment)
        {
            var invoke = Activity("invoke", null, card);
            invoke["name"] = "adaptiveCard/action";
            invoke["value"] = new JsonObject
            {
                ["action"] = new JsonObject
                {
                    ["type"] = "Action.Execute", ["verb"] = "saveStatus",
                    ["data"] = new JsonObject
                    {
                        ["verb"] = "saveStatus", ["reminderId"] = 1, ["activityIds"] = new JsonArray(first, second),
                        [$"status-{first}"] = "Done", [$"comment-{first}"] = firstComment,
                        [$"status-{second}"] = "Remains", [$"comment-{second}"] = secondComment,
                    },
                },
                ["trigger"] = "manual",
            };
            return invoke;
        }
    }

    private static string Comment(int length) => string.Concat(Enumerable.Repeat("åäö ", (length / 4) + 1))[..length];

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject activity, CancellationToken ct) =>
        client.PostAsync(new Uri("/api/messages", UriKind.Relative), JsonContent.Create(activity), ct);
}

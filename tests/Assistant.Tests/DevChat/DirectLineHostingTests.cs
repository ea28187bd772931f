using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using Assistant.Bot.Plans;
using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Storage;
using Assistant.Bot.DevChat;
using Assistant.Tests.DevChat.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Tests.DevChat;

/// <summary>Where the page and its Direct Line exist, and the connector API the bot's proactive messages use.</summary>
[Trait("Category", "Integration")]
public sealed class DirectLineHostingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InProduction_ThePageAndItsDirectLine_DoNotExist()
    {
        await using var host = await DirectLineHost.StartAsync(environment: "Production");

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.PostAsync("/v3/directline/tokens/generate", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.PostAsJsonAsync("/directline/v3/conversations", new { }, Cancel)).StatusCode);
    }

    [Fact]
    public async Task InProduction_WithASecret_OnlyTheDirectLineIsServed_AndATokenNeedsTheSecret_AndNeverImpersonates()
    {
        const string secret = "direct-line-secret-0123456789abcdef";
        await using var host = await DirectLineHost.StartAsync(new() { ["WebChat:Enabled"] = "true", ["WebChat:DirectLineSecret"] = secret }, environment: "Production");

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/webchat/api/people", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.PostAsJsonAsync("/webchat/api/reminders/run", new { date = "2024-09-16" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.PostAsJsonAsync("/v3/directline/tokens/generate", new { }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Generate(host, "wrong-secret-0123456789abcdefghijk", new JsonObject())).StatusCode);

        var admin = await Generate(host, secret, new JsonObject { ["user"] = new JsonObject { ["id"] = WebChatPerson.AdminId } });
        Assert.Equal(HttpStatusCode.BadRequest, admin.StatusCode);

        var own = await Generate(host, secret, new JsonObject { ["user"] = new JsonObject { ["id"] = "dl_signed-in-user-1", ["name"] = "Eva" } });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var guest = await Generate(host, secret, new JsonObject());
        Assert.Equal(HttpStatusCode.OK, guest.StatusCode);
        var ownConversation = (await own.Content.ReadFromJsonAsync<JsonObject>(Cancel))!["conversationId"]!.GetValue<string>();
        var guestToken = (await guest.Content.ReadFromJsonAsync<JsonObject>(Cancel))!["token"]!.GetValue<string>();

        // A token is bound to its own conversation: the guest cannot read Eva's.
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{ownConversation}/activities");
        read.Headers.Authorization = new("Bearer", guestToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client.SendAsync(read, Cancel)).StatusCode);
    }

    private static async Task<HttpResponseMessage> Generate(DirectLineHost host, string secret, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate")
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", secret);
        return await host.Client.SendAsync(request, Cancel);
    }

    [Fact]
    public async Task InTheChat_ATurnThatFailsUnexpectedly_TellsTheUserSomethingWentWrong()
    {
        await using var host = await DirectLineHost.StartAsync(services: s => s.RemoveAll<Bot.Answering.IAnswerEngine>().AddSingleton<Bot.Answering.IAnswerEngine>(new Channel.Infrastructure.EchoAnswerEngine { Throw = new InvalidOperationException("a bug") }));
        var client = host.NewClient();
        await client.GenerateAsync(WebChatPerson.AdminId);
        await client.StartAsync();
        var seen = new List<JsonObject>();
        await client.WaitForAsync(a => DirectLineHttpRole(a) == "bot", seen);

        await client.SayAsync("vad är rekryteringsbehovet 2025?");

        var sorry = await client.WaitForAsync(a => DirectLineHttpRole(a) == "bot" && a["text"]?.GetValue<string>() == Bot.Channel.Turns.TurnFailure.Text, seen);
        Assert.NotNull(sorry);
    }

    private static string? DirectLineHttpRole(JsonObject activity) => activity["from"]?["role"]?.GetValue<string>();

    [Fact]
    public async Task InDevelopment_APostWhoseBodyIsNotJson_IsRefusedWith415()
    {
        await using var host = await DirectLineHost.StartAsync();

        var form = await host.Client.PostAsync("/v3/directline/tokens/generate", new StringContent("{\"user\":{\"id\":\"webchat-admin\"}}", System.Text.Encoding.UTF8, "text/plain"), Cancel);
        var run = await host.Client.PostAsync("/webchat/api/reminders/run", new FormUrlEncodedContent([new("date", "2024-09-16")]), Cancel);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, run.StatusCode);
    }

    [Fact]
    public async Task People_AreAdminThenEveryOwnerOnce_InItsShortestSpelling()
    {
        await using var host = await DirectLineHost.StartAsync(new() { ["Owners:Ekonomichef:0"] = "3f2504e0-4f89-11d3-9a0c-0305e82c3301" });
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AssistantDbContext>();
            var document = new Bot.Plans.KnowledgeDocument { Title = "Plan", SourceFile = "plan.txt", ContentHash = "h1" };
            db.Documents.Add(document);
            await db.SaveChangesAsync(Cancel);
            db.Activities.AddRange(
                new Bot.Plans.PlanActivity { DocumentId = document.Id, ExternalKey = "a", Title = "A", Owners = ["Direktören", "HR-chef"] },
                new Bot.Plans.PlanActivity { DocumentId = document.Id, ExternalKey = "b", Title = "B", Owners = ["Direktör", "Ekonomichefen"] });
            await db.SaveChangesAsync(Cancel);
        }

        var people = JsonNode.Parse(await host.Client.GetStringAsync("/webchat/api/people", Cancel))!["people"]!.AsArray();

        Assert.Equal(["Admin", "Direktör", "Ekonomichef", "HR-chef"], people.Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal(WebChatPerson.AdminId, people[0]!["id"]!.GetValue<string>());
        Assert.Equal(people.Count, people.Select(p => p!["id"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task AProactiveMessage_ByTheStoredReference_ReachesTheWebUser_AndCanBeUpdated()
    {
        await using var host = await DirectLineHost.StartAsync();
        var client = host.NewClient();
        await client.GenerateAsync(WebChatPerson.AdminId);
        await client.StartAsync();
        await client.WaitForAsync(a => a["from"]!["role"]!.GetValue<string>() == "bot");

        await using var scope = host.Services.CreateAsyncScope();
        var reference = await scope.ServiceProvider.GetRequiredService<AssistantDbContext>().ConversationReferences.AsNoTracking()
            .SingleAsync(r => r.AadObjectId == WebChatPerson.Admin.AadObjectId, Cancel);
        var messenger = scope.ServiceProvider.GetRequiredService<IProactiveMessenger>();
        var sent = await messenger.SendAsync(reference, new OutgoingMessage("Påminnelse"), Cancel);
        var shown = await client.WaitForAsync(a => a["text"]?.GetValue<string>() == "Påminnelse");
        var updated = await messenger.UpdateAsync(reference, sent.ActivityId!, new OutgoingMessage("Kvitto"), Cancel);
        var replaced = await client.WaitForAsync(a => a["text"]?.GetValue<string>() == "Kvitto");

        Assert.Equal("directline", reference.ChannelId);
        Assert.True(sent.Succeeded);
        Assert.True(updated.Succeeded);
        Assert.Equal(sent.ActivityId, shown["id"]!.GetValue<string>());
        Assert.Equal(sent.ActivityId, replaced["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateConversation_ForAPerson_IsTheConversationThePageOpensAsThem()
    {
        await using var host = await DirectLineHost.StartAsync();
        var serviceUrl = new Uri(host.BaseAddress, "/directline/v3/conversations");

        using var created = await host.Client.PostAsJsonAsync(serviceUrl, new
        {
            bot = new { id = "assistant" },
            members = new[] { new { id = WebChatPerson.AdminId } },
            activity = new { type = "message", text = "Välkommen tillbaka" },
        }, Cancel);
        var body = JsonNode.Parse(await created.Content.ReadAsStringAsync(Cancel))!;
        var client = host.NewClient();
        await client.GenerateAsync(WebChatPerson.AdminId);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(client.ConversationId, body["id"]!.GetValue<string>());
        Assert.EndsWith("/directline/", body["serviceUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        var first = await client.WaitForAsync(a => a["text"]?.GetValue<string>() == "Välkommen tillbaka");
        Assert.Equal(body["activityId"]!.GetValue<string>(), first["id"]!.GetValue<string>());

        using var unknown = await host.Client.PostAsJsonAsync(serviceUrl, new { members = new[] { new { id = "29:someone" } } }, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var group = await host.Client.PostAsJsonAsync(serviceUrl, new { isGroup = true, members = new[] { new { id = WebChatPerson.AdminId } } }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, group.StatusCode);
        using var lost = await host.Client.PostAsJsonAsync(new Uri(host.BaseAddress, "/directline/v3/conversations/nope/activities"), new { type = "message", text = "x" }, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, lost.StatusCode);
    }

    [Fact]
    public async Task AMessageByAReferenceFromBeforeARestart_ReopensTheRecipientsConversation()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversationId = Bot.DevChat.DirectLineStore.ConversationIdOf(WebChatPerson.AdminId);
        var url = new Uri(host.BaseAddress, $"/directline/v3/conversations/{conversationId}/activities");

        using var stranger = await host.Client.PostAsJsonAsync(url, new { type = "message", text = "x", recipient = new { id = "29:someone" } }, Cancel);
        using var sent = await host.Client.PostAsJsonAsync(url, new { type = "message", text = "Påminnelse", recipient = new { id = WebChatPerson.AdminId } }, Cancel);
        var client = host.NewClient();
        await client.GenerateAsync(WebChatPerson.AdminId);

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(conversationId, client.ConversationId);
        await client.WaitForAsync(a => a["text"]?.GetValue<string>() == "Påminnelse");
    }
}

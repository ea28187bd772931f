using System.Net;
using System.Net.Sockets;
using Assistant.Bot.Hosting;
using Assistant.Bot.Reminders.Dispatch;
using Assistant.Bot.Channel;
using Assistant.Bot.Storage;
using Assistant.Tests.Manifest;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Assistant.Tests.Infrastructure;

namespace Assistant.Tests.Hosting;

/// <summary>Issue 16: the built bot outside Development refuses what is unsafe and listens where it is told.</summary>
[Trait("Category", "Integration")]
public sealed class ProductionSafetyTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task In_production_without_an_app_id_the_bot_does_not_start()
    {
        var environment = ProductionSettings.Environment();
        environment.Remove("MicrosoftAppId");
        environment.Remove("MicrosoftAppPassword");
        environment.Remove("MicrosoftAppType");
        environment.Remove("MicrosoftAppTenantId");

        var result = await BotProcess.RunAsync([], environment, Limit, stopWhenStdoutContains: "Now listening on");

        Assert.True(result.ExitCode == AssistantApp.ConfigurationErrorExitCode, result.ToString());
        Assert.Contains("MicrosoftAppId and MicrosoftAppPassword are required outside the Development environment (this is 'Production')", result.Stderr, StringComparison.Ordinal);
        // One clear message, not the host's start failure with a stack trace before it.
        Assert.DoesNotContain("Hosting failed to start", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_the_loudly_named_opt_in_lets_an_unauthenticated_bot_start_and_says_so()
    {
        var environment = ProductionSettings.Environment(("Channel__AllowUnauthenticatedOutsideDevelopment", "true"));
        environment.Remove("MicrosoftAppId");
        environment.Remove("MicrosoftAppPassword");
        environment.Remove("MicrosoftAppType");
        environment.Remove("MicrosoftAppTenantId");

        var result = await BotProcess.RunAsync([], environment, Limit, stopWhenStdoutContains: "Now listening on");

        Assert.True(result.TimedOut, result.ToString());
        Assert.Contains("NO MicrosoftAppId OUTSIDE DEVELOPMENT", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multi_tenant_bot_in_production_needs_AllowedTenants()
    {
        var environment = ProductionSettings.Environment(("MicrosoftAppType", "MultiTenant"));

        var result = await BotProcess.RunAsync([], environment, Limit, stopWhenStdoutContains: "Now listening on");

        Assert.True(result.ExitCode == AssistantApp.ConfigurationErrorExitCode, result.ToString());
        Assert.Contains("AllowedTenants is required outside the Development environment", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ASPNETCORE_URLS")]
    [InlineData("ASPNETCORE_HTTP_PORTS")]
    public async Task The_built_bot_listens_where_the_standard_variables_say(string variable)
    {
        var port = FreePort();
        var environment = ProductionSettings.Environment();
        environment[variable] = variable == "ASPNETCORE_URLS" ? $"http://127.0.0.1:{port}" : port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var run = BotProcess.RunAsync([], environment, Limit, stop: stop, unset: ["Urls"]);

        HttpStatusCode? status = null;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 150 && status is null && !run.IsCompleted; i++)
        {
            try
            {
                status = (await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"), Cancel)).StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(300, Cancel);
            }
        }

        await stop.CancelAsync();
        var result = await run;
        Assert.True(status == HttpStatusCode.OK, $"no answer on port {port}\n{result}");
        Assert.Contains($":{port}", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_standard_address_only_then_does_development_default_to_3978()
    {
        static IConfiguration With(params (string Key, string Value)[] pairs) =>
            new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

        Assert.False(AssistantApp.ListeningAddressGiven(With()));
        Assert.True(AssistantApp.ListeningAddressGiven(With(("urls", "http://+:80"))));
        Assert.True(AssistantApp.ListeningAddressGiven(With(("http_ports", "8080"))));
        Assert.True(AssistantApp.ListeningAddressGiven(With(("https_ports", "8443"))));
        Assert.Equal("http://localhost:3978", AssistantApp.DevelopmentUrl);
        Assert.DoesNotContain("\"Urls\"", File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "bot", "appsettings.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_key_shorter_than_32_characters_stops_the_start()
    {
        var result = await BotProcess.RunAsync([], ProductionSettings.Environment(("AdminApiKey", "short-key-5f1c")), Limit, stopWhenStdoutContains: "Now listening on");

        Assert.True(result.ExitCode == AssistantApp.ConfigurationErrorExitCode, result.ToString());
        Assert.Contains("AdminApiKey must be at least 32 characters", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("short-key-5f1c", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_web_chat_without_a_direct_line_secret_stops_the_start()
    {
        var result = await BotProcess.RunAsync([], ProductionSettings.Environment(("WebChat__Enabled", "true")), Limit, stopWhenStdoutContains: "Now listening on");

        Assert.True(result.ExitCode == AssistantApp.ConfigurationErrorExitCode, result.ToString());
        Assert.Contains("WebChat:Enabled=true outside the Development environment (this is 'Production') needs WebChat:DirectLineSecret", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_a_request_for_another_host_name_is_refused()
    {
        await using var factory = TestApp.Start();
        using var client = factory.CreateClient();

        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        rebound.Headers.Host = "attacker.example";
        var refused = await client.SendAsync(rebound, Cancel);
        var local = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    [Fact]
    public async Task A_reminder_never_goes_to_a_group_chat_and_takes_no_tenant_from_someone_elses_reference()
    {
        await using var factory = TestApp.Start();
        _ = factory.Services;
        const string owner = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AssistantDbContext>();
            await DatabaseMigrator.MigrateAsync(scope.ServiceProvider, Cancel);
            db.ConversationReferences.Add(new ConversationReferenceRecord
            {
                UserId = "29:owner", AadObjectId = owner, TenantId = "7c2e4a90-5b1d-4f3e-8a6c-9d0b1e2f3a4b", ChannelId = "msteams",
                ServiceUrl = "https://smba.trafficmanager.net/emea/", ConversationId = "19:group@thread.v2", ConversationType = "groupChat", BotId = "28:bot",
            });
            db.ConversationReferences.Add(new ConversationReferenceRecord
            {
                UserId = "29:someone-else", AadObjectId = "9a1b2c3d-0000-4000-8000-000000000001", TenantId = "7c2e4a90-5b1d-4f3e-8a6c-9d0b1e2f3a4b", ChannelId = "msteams",
                ServiceUrl = "https://smba.trafficmanager.net/emea/", ConversationId = "19:channel@thread.skype", ConversationType = "channel", BotId = "28:bot",
            });
            await db.SaveChangesAsync(Cancel);
        }

        await using var work = factory.Services.CreateAsyncScope();
        var locator = work.ServiceProvider.GetRequiredService<ConversationLocator>();

        var known = await locator.FindKnownAsync([owner], Cancel);
        var (reference, problem) = await locator.FindOrCreateAsync(owner, Cancel);

        Assert.Empty(known);
        Assert.Null(reference);
        Assert.Equal("no 1:1 conversation with this person yet and no tenant configured (set Reminders:TenantId)", problem);
    }

    [Fact]
    public async Task Outside_development_a_reminder_goes_only_to_a_teams_1to1_chat_never_to_one_a_local_tool_left_in_the_database()
    {
        await using var factory = TestApp.Start(new() { Environment = "Production", Settings = ProductionSettings.Values });
        _ = factory.Services;
        const string owner = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        const string teamsOwner = "3f2504e0-4f89-11d3-9a0c-0305e82c3302";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AssistantDbContext>();
            await DatabaseMigrator.MigrateAsync(scope.ServiceProvider, Cancel);
            // A 1:1 reference an unauthenticated emulator or the chat page stored (e.g. a Development database carried over).
            db.ConversationReferences.Add(new ConversationReferenceRecord
            {
                UserId = "29:owner", AadObjectId = owner, TenantId = ProductionSettings.TenantId, ChannelId = "emulator",
                ServiceUrl = "http://attacker.example/", ConversationId = "a1", ConversationType = "personal", BotId = "28:bot",
            });
            db.ConversationReferences.Add(new ConversationReferenceRecord
            {
                UserId = "29:teams-owner", AadObjectId = teamsOwner, TenantId = ProductionSettings.TenantId, ChannelId = "msteams",
                ServiceUrl = "https://smba.trafficmanager.net/emea/", ConversationId = "a:1on1", ConversationType = "personal", BotId = "28:bot",
            });
            await db.SaveChangesAsync(Cancel);
        }

        await using var work = factory.Services.CreateAsyncScope();
        var known = await work.ServiceProvider.GetRequiredService<ConversationLocator>().FindKnownAsync([owner, teamsOwner], Cancel);

        Assert.Equal([teamsOwner], known.Keys);
        Assert.Equal("msteams", known[teamsOwner].ChannelId);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

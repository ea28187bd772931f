using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Reminders;
using Assistant.Bot.Reminders.Hosting;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

using Assistant.Tests.Infrastructure;

namespace Assistant.Tests.Reminders;

/// <summary>The web host's reminder surface: the admin endpoint, the Hangfire dashboard, the recurring job registered in UTC.</summary>
[Trait("Category", "Integration")]
public sealed class ReminderAdminTests
{
    private const string Key = Hosting.ProductionSettings.AdminKey;

    private static TestApp Factory(string environment, string? key) => TestApp.Start(new()
    {
        Environment = environment,
        Settings = key is null
            ? Hosting.ProductionSettings.Values
            : new Dictionary<string, string?>(Hosting.ProductionSettings.Values) { ["AdminApiKey"] = key },
    });

    [Fact]
    public async Task Without_the_admin_key_the_run_endpoint_and_the_dashboard_are_closed()
    {
        await using var factory = Factory(Environments.Production, Key);
        using var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var run = await client.PostAsync(new Uri("/api/admin/reminders/run", UriKind.Relative), null, ct);
        Assert.Equal(HttpStatusCode.Forbidden, run.StatusCode);

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/admin/reminders");
        wrong.Headers.Add("X-Api-Key", "guess");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(wrong, ct)).StatusCode);

        var dashboard = await client.GetAsync(new Uri("/hangfire", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.Unauthorized, dashboard.StatusCode);
    }

    [Fact]
    public async Task With_the_admin_key_the_job_runs_now_and_the_dashboard_opens()
    {
        await using var factory = Factory(Environments.Production, Key);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var ct = TestContext.Current.CancellationToken;

        var enqueued = await client.PostAsync(new Uri("/api/admin/reminders/run", UriKind.Relative), null, ct);
        Assert.Equal(HttpStatusCode.Accepted, enqueued.StatusCode);
        Assert.False(string.IsNullOrEmpty((await enqueued.Content.ReadFromJsonAsync<JsonObject>(ct))!["jobId"]!.GetValue<string>()));

        var ran = await client.PostAsync(new Uri("/api/admin/reminders/run?wait=true", UriKind.Relative), null, ct);
        Assert.Equal(HttpStatusCode.OK, ran.StatusCode);
        Assert.Equal(0, (await ran.Content.ReadFromJsonAsync<JsonObject>(ct))!["failed"]!.GetValue<int>());

        var status = await client.GetFromJsonAsync<JsonObject>(new Uri("/api/admin/reminders", UriKind.Relative), ct);
        Assert.NotNull(status!["attention"]);

        var dashboard = await client.GetAsync(new Uri("/hangfire", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Hangfire", await dashboard.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_recurring_job_is_registered_with_a_utc_cron()
    {
        await using var factory = Factory(Environments.Production, null);
        using var client = factory.CreateClient();
        var storage = factory.Services.GetRequiredService<JobStorage>();
        RecurringJobDto? job = null;
        for (var i = 0; i < 100 && job is null; i++)
        {
            using var connection = storage.GetConnection();
            job = connection.GetRecurringJobs().SingleOrDefault(j => j.Id == ReminderJob.RecurringJobId);
            if (job is null)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }

        Assert.NotNull(job);
        Assert.Equal("*/15 * * * *", job.Cron);
        Assert.Equal("UTC", job.TimeZoneId);
        Assert.Equal(nameof(ReminderJob.RunAsync), job.Job.Method.Name);
    }

    [Theory]
    [InlineData("Development", "127.0.0.1", null, true)]
    [InlineData("Development", "10.1.2.3", null, false)]
    [InlineData("Production", "127.0.0.1", null, false)]
    [InlineData("Production", "10.1.2.3", Key, true)]
    [InlineData("Development", "10.1.2.3", Key, true)]
    public void Admin_requests_are_local_ones_in_development_or_ones_with_the_key(string environment, string remote, string? header, bool admitted)
    {
        var admins = new AdminRequests(
            new StaticOptionsMonitor<AdminApiOptions>(new AdminApiOptions { AdminApiKey = Key }),
            new StaticEnvironment(environment));
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        context.Connection.LocalIpAddress = IPAddress.Parse("10.9.9.9");
        if (header is not null)
        {
            context.Request.Headers["X-Api-Key"] = header;
        }

        Assert.Equal(admitted, admins.IsAdmin(context));
    }

    [Theory]
    [InlineData("https://evil.example", false)]
    [InlineData("null", false)]
    [InlineData("http://localhost:3978", true)]
    [InlineData("http://127.0.0.1:3978", true)]
    public void In_development_a_local_request_sent_by_another_site_is_not_an_admin(string origin, bool admitted)
    {
        // A page on any site can make the browser POST to http://localhost:3978 with no preflight (a form, or fetch
        // with mode no-cors): the Host is then localhost and the caller loopback. The browser names the page's Origin.
        var admins = new AdminRequests(
            new StaticOptionsMonitor<AdminApiOptions>(new AdminApiOptions { AdminApiKey = Key }),
            new StaticEnvironment("Development"));
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        context.Request.Method = "POST";
        context.Request.Headers.Origin = origin;

        Assert.Equal(admitted, admins.IsAdmin(context));
    }


    private sealed class StaticEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Assistant.Bot";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}

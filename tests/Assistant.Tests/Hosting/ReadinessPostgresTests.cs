using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Assistant.Bot.Hosting;
using Assistant.Tests.Infrastructure;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assistant.Tests.Hosting;

/// <summary>
/// Readiness while PostgreSQL goes away and comes back. Each test stops a server, so each gets its own
/// (not the shared collection's), and other tests are not disturbed.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ReadinessPostgresTests : IAsyncLifetime
{
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(30);
    private readonly PostgresServer _server = new();

    public ValueTask InitializeAsync() => _server.InitializeAsync();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Readyz_is_unhealthy_while_postgres_is_stopped_and_healthy_again_after_restart()
    {
        var connectionString = await _server.CreateDatabaseAsync("ready");
        await using var factory = TestApp.Start(new() { Postgres = connectionString });
        using var client = factory.CreateClient();
        var (status, database) = await ReadyAsync(client);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (status, database));

        await _server.StopAsync();
        (status, database) = await ReadyAsync(client);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (status, database));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode);

        await _server.RestartAsync();
        var watch = Stopwatch.StartNew();
        do
        {
            (status, database) = await ReadyAsync(client);
        }
        while (status != HttpStatusCode.OK && watch.Elapsed < RecoveryLimit && await Pause());

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (status, database));
    }

    [Fact]
    public async Task Job_storage_check_follows_hangfire_postgres_storage_down_and_up()
    {
        var connectionString = await _server.CreateDatabaseAsync("jobs");
        var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true };
        var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
        await using var services = new ServiceCollection().AddSingleton<JobStorage>(storage).BuildServiceProvider();
        var check = new JobStorageHealthCheck(services);

        Assert.Equal(HealthStatus.Healthy, (await RunAsync(check)).Status);

        await _server.StopAsync();
        var down = await RunAsync(check);
        Assert.Equal(HealthStatus.Unhealthy, down.Status);
        Assert.Equal("PostgreSqlStorage unreachable", down.Description);

        await _server.RestartAsync();
        var watch = Stopwatch.StartNew();
        HealthCheckResult up;
        do
        {
            up = await RunAsync(check);
        }
        while (up.Status != HealthStatus.Healthy && watch.Elapsed < RecoveryLimit && await Pause());

        Assert.Equal(HealthStatus.Healthy, up.Status);
    }

    private static Task<HealthCheckResult> RunAsync(JobStorageHealthCheck check) =>
        check.CheckHealthAsync(
            new HealthCheckContext { Registration = new HealthCheckRegistration(JobStorageHealthCheck.Name, check, HealthStatus.Unhealthy, [OperationsServiceCollectionExtensions.ReadyTag]) },
            TestContext.Current.CancellationToken);

    private static async Task<bool> Pause()
    {
        await Task.Delay(250, TestContext.Current.CancellationToken);
        return true;
    }

    private static async Task<(HttpStatusCode Status, string? Database)> ReadyAsync(HttpClient client)
    {
        var response = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var database = json.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "database");
        return (response.StatusCode, database.GetProperty("status").GetString());
    }
}

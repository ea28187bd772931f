using System.Net;
using System.Text.Json;
using Assistant.Tests.Infrastructure;

namespace Assistant.Tests.Hosting;

[Trait("Category", "Integration")]
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_answers_200_on_the_default_sqlite_configuration()
    {
        await using var factory = TestApp.Start();
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Readyz_reports_the_database_and_job_storage_checks()
    {
        await using var factory = TestApp.Start();
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);

        using var json = JsonDocument.Parse(body);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("Healthy", checks["database"]);
        Assert.Equal("Healthy", checks["jobs"]);
    }

    [Fact]
    public async Task Readyz_is_503_when_the_sqlite_database_cannot_be_opened()
    {
        // The database file and its folder disappear under a running bot (a lost volume).
        var folder = Directory.CreateTempSubdirectory("assistant-gone-").FullName;
        await using var factory = TestApp.Start(new() { SqlitePath = Path.Combine(folder, "assistant.db") });
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz", TestContext.Current.CancellationToken)).StatusCode);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        var response = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"status\":\"Unhealthy\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/privacy", "Integritet")]
    [InlineData("/terms", "Användarvillkor")]
    public async Task Privacy_and_terms_pages_the_package_links_to_are_served(string path, string heading)
    {
        await using var factory = TestApp.Start();
        using var client = factory.CreateClient();
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<h1>{heading}</h1>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}

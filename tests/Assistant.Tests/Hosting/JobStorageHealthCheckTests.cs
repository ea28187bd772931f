using Assistant.Bot.Hosting;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assistant.Tests.Hosting;

public sealed class JobStorageHealthCheckTests
{
    private static Task<HealthCheckResult> CheckAsync(IServiceProvider services)
    {
        var check = new JobStorageHealthCheck(services);
        var context = new HealthCheckContext { Registration = new HealthCheckRegistration(JobStorageHealthCheck.Name, check, HealthStatus.Unhealthy, null) };
        return check.CheckHealthAsync(context, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Without_hangfire_the_check_is_healthy_and_says_why()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        var result = await CheckAsync(services);
        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("no job storage registered", result.Description);
    }

    [Fact]
    public async Task In_memory_storage_is_queried_and_healthy()
    {
        using var storage = new InMemoryStorage();
        await using var services = new ServiceCollection().AddSingleton<JobStorage>(storage).BuildServiceProvider();
        var result = await CheckAsync(services);
        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("InMemoryStorage, 0 job server(s)", result.Description);
    }
}

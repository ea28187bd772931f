using Assistant.Bot.Reminders;
using Assistant.Tests.Infrastructure;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Assistant.Tests.Reminders;

/// <summary>With Storage:Provider=Postgres, Hangfire keeps its jobs in PostgreSQL, in its own schema.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ReminderHangfirePostgresTests(PostgresServer postgres)
{
    [Fact]
    public async Task The_recurring_job_lives_in_the_hangfire_schema_of_the_database()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var factory = TestApp.Start(new()
        {
            Environment = "Production",
            Postgres = connectionString,
            Settings = new Dictionary<string, string?>(Hosting.ProductionSettings.Values) { ["Storage:HangfireSchema"] = "jobs_test" },
        });
        using var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        long count = 0;
        for (var i = 0; i < 100 && count == 0; i++)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'jobs_test' AND table_name = 'set'";
            if ((long)(await command.ExecuteScalarAsync(ct))! == 1)
            {
                command.CommandText = "SELECT count(*) FROM jobs_test.set WHERE key = 'recurring-jobs' AND value = @id";
                command.Parameters.AddWithValue("id", ReminderJob.RecurringJobId);
                count = (long)(await command.ExecuteScalarAsync(ct))!;
            }

            if (count == 0)
            {
                await Task.Delay(100, ct);
            }
        }

        Assert.Equal(1, count);
        Assert.Equal("PostgreSqlStorage", factory.Services.GetRequiredService<JobStorage>().GetType().Name);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Assistant.Bot.Plans;
using Assistant.Bot.Channel;
using Assistant.Bot.Storage;
using Assistant.Tests.Infrastructure;
using Assistant.Tests.Reminders;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Tests.Reliability;

/// <summary>
/// A working folder for a child bot's reminder fan-out: N owners ("Enhetschef 00001"...), one open Q3 2024 activity
/// each, one person per owner (Owners in appsettings.json) with a 1:1 conversation at the stand-in connector.
/// </summary>
internal sealed class FanOutSetup
{
    /// <summary>14 days before the Q3 2024 deadline: the window every owner is reminded in.</summary>
    public const string WindowDay = "2024-09-16";

    public string Folder { get; } = Directory.CreateTempSubdirectory("assistant-fanout-").FullName;

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public int Owners { get; private init; }

    /// <param name="postgresConnection">Null for a SQLite file in the folder.</param>
    public static async Task<FanOutSetup> CreateAsync(int owners, string serviceUrl, int ratePerSecond, string? postgresConnection = null)
    {
        var setup = new FanOutSetup { Owners = owners };
        AssistantDbContext db = postgresConnection is null
            ? new SqliteAssistantDbContext(new DbContextOptionsBuilder<SqliteAssistantDbContext>().UseSqlite($"Data Source={Path.Combine(setup.Folder, "assistant.db")}").Options)
            : new PostgresAssistantDbContext(new DbContextOptionsBuilder<PostgresAssistantDbContext>().UseNpgsql(postgresConnection).Options);
        await using (db)
        {
            await db.Database.MigrateAsync();
            await TestPlans.StoreAsync(db, [.. Enumerable.Range(1, owners).Select(i => TestPlans.Activity($"Aktivitet {i}", OwnerOf(i), "Q3 2024", ActivityStatus.InProgress))]);
            foreach (var chunk in Enumerable.Range(1, owners).Chunk(1000))
            {
                db.ConversationReferences.AddRange(chunk.Select(i => new ConversationReferenceRecord
                {
                    UserId = $"29:{PersonOf(i)}",
                    AadObjectId = PersonOf(i),
                    UserName = $"Person {i}",
                    TenantId = "7c2e4a90-5b1d-4f3e-8a6c-9d0b1e2f3a4b",
                    ChannelId = "msteams",
                    ServiceUrl = serviceUrl,
                    ConversationId = ConversationOf(i),
                    ConversationType = "personal",
                    BotId = "28:bench-bot",
                    Locale = "sv-SE",
                }));
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        var ownersSection = new JsonObject();
        for (var i = 1; i <= owners; i++)
        {
            ownersSection[OwnerOf(i)] = new JsonArray(PersonOf(i));
        }

        await File.WriteAllTextAsync(Path.Combine(setup.Folder, "appsettings.json"), new JsonObject { ["Owners"] = ownersSection }.ToJsonString());
        setup.Environment["ConnectionStrings__Assistant"] = postgresConnection ?? $"Data Source={Path.Combine(setup.Folder, "assistant.db")}";
        setup.Environment["Storage__Provider"] = postgresConnection is null ? "Sqlite" : "Postgres";
        setup.Environment["Reminders__EscalateAfterDays"] = "0";
        setup.Environment["Reminders__LeaseSeconds"] = "10";
        setup.Environment["Connector__RequestsPerSecondPerTenant"] = ratePerSecond.ToString(CultureInfo.InvariantCulture);
        return setup;
    }

    public Task<Hosting.BotProcess.Result> RemindAsync(TimeSpan timeout, Func<bool>? killWhen = null, IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>(Environment, StringComparer.Ordinal) { ["Logging__LogLevel__Default"] = "Warning" };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return Hosting.BotProcess.RunAsync(["remind", "--as-of", WindowDay], environment, timeout, Folder, killWhen: killWhen);
    }

    public static string OwnerOf(int i) => $"Enhetschef {i:00000}";

    public static string PersonOf(int i) => $"00000000-0000-4000-a000-{i:000000000000}";

    public static string ConversationOf(int i) => $"a:fanout-{i}";
}

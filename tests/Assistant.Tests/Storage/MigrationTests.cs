using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge;
using Assistant.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Tests.Storage;

[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class MigrationTests(PostgresServer postgres)
{
    [Fact]
    public async Task Sqlite_migrates_and_round_trips_an_activity()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        await RoundTripAsync(db);
    }

    [Fact]
    public async Task Postgres_migrates_and_round_trips_an_activity()
    {
        await using var db = await TestDatabase.CreatePostgresAsync(postgres);
        await RoundTripAsync(db);
    }

    private static async Task RoundTripAsync(Assistant.Bot.Storage.AssistantDbContext db)
    {
        var document = new KnowledgeDocument { Title = "Plan", SourceFile = "plan.txt", ContentHash = "abc", Year = 2024 };
        db.Documents.Add(document);
        db.Activities.Add(new PlanActivity
        {
            Document = document,
            ExternalKey = "k1",
            Title = "Revidera riktlinjer",
            Owners = ["Direktör", "HR-chef"],
            OwnerKeys = ["direktör", "hr-chef"],
            Deadline = new Deadline("Q3 Q4", 2024, null, [3, 4]),
            Status = ActivityStatus.InProgress,
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        await using var again = TestDatabase.Reopen(db);
        var activity = await again.Activities.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["Direktör", "HR-chef"], activity.Owners);
        Assert.Equal([3, 4], activity.DeadlineQuarters);
        Assert.Equal(new DateOnly(2024, 12, 31), activity.Deadline.LastDay);
        Assert.Equal(ActivityStatus.InProgress, activity.Status);
    }
}

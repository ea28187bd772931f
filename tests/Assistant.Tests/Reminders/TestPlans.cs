using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Storage;

namespace Assistant.Tests.Reminders;

/// <summary>Activities written the way the 2024 plan writes them (our own titles), for reminder tests.</summary>
internal static class TestPlans
{
    private static int _next;

    public static PlanActivity Activity(string title, string owners, string deadline, ActivityStatus? status, int? id = null)
    {
        var names = owners.Length == 0 ? [] : owners.Split(';').Select(o => o.Trim()).ToList();
        var quarters = deadline.Split(' ').Where(p => p.StartsWith('Q')).Select(p => int.Parse(p[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var years = deadline.Split(' ', '/').Where(p => p.Length == 4 && p.All(char.IsDigit)).Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return new PlanActivity
        {
            Id = id ?? 0,
            ExternalKey = $"test-{Interlocked.Increment(ref _next)}-{title}",
            Ordinal = _next,
            Title = title,
            Owners = names,
            OwnerKeys = [.. names.Select(OwnerName.Normalize)],
            Deadline = new Deadline(deadline, years.Count > 0 ? years[0] : null, years.Count > 1 ? years[1] : null, quarters),
            Status = status,
        };
    }

    /// <summary>Stores the activities in one document and returns them with their ids.</summary>
    public static async Task<IReadOnlyList<PlanActivity>> StoreAsync(AssistantDbContext db, params PlanActivity[] activities)
    {
        var document = new KnowledgeDocument { Title = "Verksamhetsplan 2024", SourceFile = "plan.txt", ContentHash = Guid.NewGuid().ToString("N"), Year = 2024 };
        db.Documents.Add(document);
        foreach (var activity in activities)
        {
            activity.Document = document;
            db.Activities.Add(activity);
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return activities;
    }
}

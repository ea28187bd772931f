using System.Globalization;
using System.Text.Json.Nodes;
using Assistant.Bot.Reminders;
using Assistant.Bot.Reminders.Calendar;
using Assistant.Bot.Reminders.Dispatch;
using Assistant.Bot.Reminders.Hosting;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.DevChat;

/// <summary>
/// The page's admin panel: POST /webchat/api/reminders/run {"date":"YYYY-MM-DD"} runs the reminder job for that date
/// (the reminders feature's <see cref="ReminderRunner"/>: it plans the date's windows not planned yet and sends what is
/// pending, each reminder once) and lists every reminder of the date's windows with its outcome. Admin requests only,
/// as the reminders' own admin API decides (the machine itself in Development, or the admin key).
/// </summary>
public sealed class WebChatAdmin(
    ReminderRunner runner,
    AssistantDbContext db,
    WebChatPeople people,
    IOptions<ReminderOptions> options,
    ILogger<WebChatAdmin> logger)
{
    public async Task<IResult> RunRemindersAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!context.RequestServices.GetRequiredService<AdminRequests>().IsAdmin(context))
        {
            return DirectLineHttp.Error(StatusCodes.Status403Forbidden, "Forbidden", "Admins only: open the page on the bot's own machine in Development, or send the admin key.");
        }

        var (body, error) = await DirectLineHttp.ReadObjectAsync(context.Request, 4096, allowEmpty: false, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (!DateOnly.TryParseExact(DirectLineHttp.String(body!["date"]), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "date must be a date as YYYY-MM-DD.");
        }

        var summary = await runner.RunAsync([date], cancellationToken);
        var windows = new ReminderCalendar(options.Value).WindowsOn(date).Select(w => w.Key).ToList();
        Log.ReminderRun(logger, date, summary.Dispatch.Sent, summary.Dispatch.Failed);
        return DirectLineHttp.Json(new JsonObject
        {
            ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["windows"] = new JsonArray([.. windows.Select(w => (JsonNode)w)]),
            ["summary"] = Summary(date, windows.Count, summary),
            ["reminders"] = await RemindersAsync(windows, cancellationToken),
        });
    }

    private async Task<JsonArray> RemindersAsync(List<string> windows, CancellationToken cancellationToken)
    {
        var rows = await db.ReminderDispatches.AsNoTracking()
            .Where(d => windows.Contains(d.WindowKey) && d.OwnerKey != DispatchKeys.Marker)
            .OrderBy(d => d.WindowKey).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);
        var persons = await people.ListAsync(cancellationToken);
        var result = new JsonArray();
        foreach (var row in rows)
        {
            var ownerKey = DispatchKeys.OwnerOf(row.OwnerKey);
            var owner = DispatchKeys.IsAdminNotice(row.OwnerKey) ? "Admin"
                : persons.FirstOrDefault(p => p.OwnerKey == ownerKey)?.Name ?? (ownerKey.Length == 0 ? "(ingen ägare / no owner)" : ownerKey);
            var recipient = persons.FirstOrDefault(p => string.Equals(p.AadObjectId, row.RecipientId, StringComparison.OrdinalIgnoreCase)) is { } person
                ? $"webbchatten / web chat: {person.Name}"
                : row.RecipientId;
            result.Add(new JsonObject
            {
                ["owner"] = owner,
                ["window"] = row.WindowKey,
                ["activities"] = row.ActivityIds.Count,
                ["state"] = row.State.ToString(),
                ["recipient"] = recipient,
                ["result"] = Outcome(row, recipient),
            });
        }

        return result;
    }

    private static string Outcome(ReminderDispatch row, string? recipient) => row.State switch
    {
        DispatchState.Sent => $"Skickad / Sent → {recipient}",
        DispatchState.Failed => $"Misslyckades / Failed: {row.LastError}",
        DispatchState.Unresolved => $"Ingen mottagare / No recipient: {row.LastError}",
        DispatchState.Skipped => "Inget kvar att påminna om / Nothing left to remind of",
        _ => $"Väntar / Pending {row.LastError}".TrimEnd(),
    };

    private static string Summary(DateOnly date, int windows, ReminderRunSummary run)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (windows == 0)
        {
            return $"{day}: ingen påminnelse går ut den dagen / no reminder window on that day.";
        }

        var d = run.Dispatch;
        return string.Create(CultureInfo.InvariantCulture, $"{day}: {run.WindowsPlanned.Count} nya fönster, {d.Sent} skickade, {d.Failed} misslyckade, {d.Deferred} väntar / {run.WindowsPlanned.Count} new windows, {d.Sent} sent, {d.Failed} failed, {d.Deferred} deferred.");
    }
}

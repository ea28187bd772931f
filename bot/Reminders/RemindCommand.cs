using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Clock;
using Assistant.Bot.Plans;
using Assistant.Bot.Cli;
using Assistant.Bot.Reminders.Calendar;
using Assistant.Bot.Reminders.Dispatch;
using Assistant.Bot.Reminders.Messages;
using Assistant.Bot.Reminders.Planning;
using Assistant.Cards.Text;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Reminders;

/// <summary>
/// <c>remind [--as-of YYYY-MM-DD] [--dry-run] [--json]</c>: the reminder plan of that day per owner (owner, people,
/// resolved or not, window, activities, the card). Without --dry-run the day's windows are planned and sent for real
/// (idempotent: a second run sends nothing twice).
/// </summary>
public sealed class RemindCommand(
    ReminderPlanner planner,
    ReminderRunner runner,
    ILocalClock clock,
    IOptions<ReminderOptions> options) : ICommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Verb => "remind";

    public async Task<int> RunAsync(CommandArguments arguments, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            return await PlanAndSendAsync(arguments, stdout, stderr, cancellationToken);
        }
        catch (Exception e) when (StoreRetry.IsTransient(e))
        {
            // The database stayed away longer than the dispatcher waits: nothing is lost (rows stay Pending, or InFlight
            // under a lease), the next run continues. A clear message and exit code 1, not a crash.
            await stderr.WriteLineAsync($"Databasen svarar inte / the database is unavailable: {e.GetBaseException().Message}. Kör igen / run again.");
            return 1;
        }
    }

    private async Task<int> PlanAndSendAsync(CommandArguments arguments, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var date = arguments.GetDate("as-of") ?? clock.Today;
        var windows = new ReminderCalendar(options.Value).WindowsOn(date);
        var plans = new List<PlannedReminder>();
        var byWindow = new Dictionary<string, IReadOnlyList<PlannedReminder>>(StringComparer.Ordinal);
        foreach (var window in windows)
        {
            var planned = await planner.PlanAsync(window, cancellationToken);
            byWindow[window.Key] = planned;
            plans.AddRange(planned);
        }

        if (arguments.Has("json"))
        {
            await stdout.WriteLineAsync(new JsonArray([.. plans.Select(ToJson)]).ToJsonString(JsonOptions));
        }
        else
        {
            await stdout.WriteAsync(RemindText.Render(date, windows, plans, new ReminderCalendar(options.Value)));
        }

        if (arguments.Has("dry-run"))
        {
            return 0;
        }

        var summary = await runner.RunAsync([date], byWindow, cancellationToken);

        var resent = summary.Dispatch.Resent > 0 ? $", skickade igen efter avbrott (kan ha nått fram förut): {summary.Dispatch.Resent}" : string.Empty;
        await stderr.WriteLineAsync(
            $"Skickat: {summary.Dispatch.Sent}, misslyckade: {summary.Dispatch.Failed}, överhoppade: {summary.Dispatch.Skipped}, väntar: {summary.Dispatch.Deferred}{resent} (fönster planerade nu: {string.Join(", ", summary.WindowsPlanned)})");
        return summary.Dispatch.Failed > 0 ? 1 : 0;
    }

    private JsonObject ToJson(PlannedReminder plan)
    {
        var reminder = plan.Reminder;
        var message = reminder.Window.Kind == WindowKind.Escalation
            ? ReminderMessages.Escalation(reminder, CardLanguage.Swedish)
            : ReminderMessages.Reminder(reminder with { OwnerName = RemindText.OwnerLabel(reminder) }, 0, [], CardLanguage.Swedish, clock);
        return new JsonObject
        {
            ["owner"] = reminder.OwnerName,
            ["ownerKey"] = reminder.OwnerKey,
            ["users"] = new JsonArray([.. plan.Recipients.Select(u => (JsonNode)new JsonObject
            {
                ["id"] = u.AadObjectId ?? u.ChannelUserId ?? u.UserPrincipalName,
                ["upn"] = u.UserPrincipalName,
                ["name"] = u.DisplayName,
            })]),
            ["resolved"] = plan.Resolved,
            ["source"] = plan.Resolution.Source,
            ["problem"] = plan.Problem,
            ["window"] = reminder.Window.Key,
            ["kind"] = reminder.Window.Kind.ToString().ToLowerInvariant(),
            ["date"] = reminder.Window.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["activities"] = new JsonArray([.. reminder.Items.Select(i => (JsonNode)new JsonObject
            {
                ["id"] = i.Activity.Id,
                ["title"] = i.Activity.Title,
                ["description"] = i.Activity.Description,
                ["deadline"] = i.Activity.Deadline.DisplayText,
                ["status"] = i.Activity.Status is null ? null : ActivityLabels.Word(i.Activity.Status, CardLanguage.Swedish),
                ["overdue"] = i.Overdue,
            })]),
            ["text"] = message.Text,
            ["card"] = message.Card,
        };
    }
}

using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;
using Assistant.Bot.People;

namespace Assistant.Bot.Reports.Chat;

/// <summary>
/// "rapport" / "report" / "uppföljning" [year] in chat: per plan a summary card (counts per status, overdue list)
/// with the same in text, and how to get the whole report as a Word or Excel file in the chat.
/// </summary>
internal sealed partial class ReportChatHandler(IReportBuilder builder, IOwnerDirectory directory, ILogger<ReportChatHandler> logger) : IChatHandler
{
    /// <summary>Before the answering engine, after status updates in plain words (which never look like "rapport").</summary>
    public int Order => ChatHandlerOrder.Report;

    public async Task<IReadOnlyList<OutgoingMessage>?> TryHandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (ReportChatRequest.TryParse(message.Text) is not { } request)
        {
            return null;
        }

        // English when the chat locale is English, or when the English word was used and the locale is not Swedish.
        var locale = message.Locale ?? string.Empty;
        var english = locale.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            || (request.English && !locale.StartsWith("sv", StringComparison.OrdinalIgnoreCase));
        var plans = await builder.ListPlansAsync(cancellationToken);
        if (plans.Count == 0)
        {
            return [new OutgoingMessage(english
                ? "No plans with activities have been imported yet, so there is nothing to report."
                : "Inga planer med aktiviteter är importerade än, så det finns inget att rapportera.")];
        }

        var selected = request.Year is { } year ? plans.Where(p => p.Year == year).ToList() : [.. plans];
        if (selected.Count == 0)
        {
            var years = string.Join(", ", plans.Select(p => p.Year).OfType<int>().Distinct().Order());
            return [new OutgoingMessage(english
                ? $"There is no plan for {request.Year}. Plans exist for: {years}."
                : $"Det finns ingen plan för {request.Year}. Planer finns för: {years}.")];
        }

        var report = await builder.BuildAsync(new ReportRequest([.. selected.Select(p => p.Id)], message.Today), cancellationToken);
        if (report is null)
        {
            // A plan was removed between the two reads.
            return [new OutgoingMessage(english ? "The plans changed just now; please ask again." : "Planerna ändrades just nu; fråga gärna igen.")];
        }

        // One message per plan: its summary as text (previews, screen readers, the CLI) and as the summary card.
        var messages = report.Plans
            .Select(plan => new OutgoingMessage(ReportChatText.Summary(report with { Plans = [plan] }, english), ReportSummaryCards.Build(plan, report.AsOf, english)))
            .ToList();
        // The whole report as a file, for everyone, through Teams' file consent (no command on the server).
        messages[^1] = messages[^1] with { Text = messages[^1].Text.TrimEnd() + "\n\n" + ReportChatText.FileHint(english) };
        var isAdmin = await directory.IsAdminAsync(message.User, cancellationToken);

        LogSummary(logger, report.Plans.Count, report.ActivityCount, isAdmin);
        return messages;
    }

    [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Report summary in chat: {Plans} plan(s), {Activities} activities, admin {IsAdmin}")]
    private static partial void LogSummary(ILogger logger, int plans, int activities, bool isAdmin);
}

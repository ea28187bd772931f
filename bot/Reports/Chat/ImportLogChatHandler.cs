using System.Text;
using System.Text.RegularExpressions;
using Assistant.Bot.Channel;
using Assistant.Bot.Clock;
using Assistant.Bot.Conversation;
using Assistant.Bot.Knowledge.Upload;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.Reports.Chat;

/// <summary>"vem läste in planen senast?" / "senaste import" / "who imported the plan last?": the latest imports from the log.</summary>
internal sealed partial class ImportLogChatHandler(AssistantDbContext db, ILocalClock clock) : IChatHandler
{
    private const int Shown = 5;

    public int Order => ChatHandlerOrder.ImportLog;

    public async Task<IReadOnlyList<OutgoingMessage>?> TryHandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var match = Question().Match(message.Text);
        if (!match.Success)
        {
            return null;
        }

        var english = match.Groups["en"].Success || UploadTexts.IsEnglish(message.Locale);
        var entries = await db.ImportLog.AsNoTracking().OrderByDescending(e => e.ImportedAt).ThenByDescending(e => e.Id).Take(Shown).ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return [new OutgoingMessage(english ? "No plan has been imported through the chat or the import command yet." : "Ingen plan har lästs in via chatten eller import-kommandot än.")];
        }

        var text = new StringBuilder();
        var last = entries[0];
        text.AppendLine(english
            ? $"Last imported: {last.FileName} by {Who(last)} {ReportText.DateTime(clock.ToLocal(last.ImportedAt))} ({last.Channel}), SHA-256 {last.Sha256}."
            : $"Senast inläst: {last.FileName} av {Who(last)} {ReportText.DateTime(clock.ToLocal(last.ImportedAt))} ({last.Channel}), SHA-256 {last.Sha256}.");
        foreach (var e in entries.Skip(1))
        {
            text.AppendLine($"- {ReportText.DateTime(clock.ToLocal(e.ImportedAt))} {e.FileName}, {Who(e)} ({e.Channel})");
        }

        return [new OutgoingMessage(text.ToString().TrimEnd())];
    }

    private static string Who(ImportLogEntry e) => e.ImportedByName ?? e.ImportedBy;

    [GeneratedRegex(@"(vem\s+(läste|lade|laddade|importerade)\s+(in\s+|upp\s+)?(planen|planerna|dokumentet|filen)|senaste\s+(import|inläsning)(en)?|(?<en>who\s+imported|last\s+import))", RegexOptions.IgnoreCase)]
    private static partial Regex Question();
}

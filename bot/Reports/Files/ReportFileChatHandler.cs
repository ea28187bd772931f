using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;
using Assistant.Bot.Reports.Writers;

namespace Assistant.Bot.Reports.Files;

/// <summary>
/// "skicka uppföljningen som Word" / "som Excel": the report of every plan as a file through the file consent flow, or,
/// in a channel that cannot do file consent (the chat page's Web Chat, see <see cref="IChatFileLinks"/>), as a link.
/// </summary>
internal sealed class ReportFileChatHandler(IReportBuilder builder, IEnumerable<IReportWriter> writers, IEnumerable<IChatFileLinks> links) : IChatHandler
{
    /// <summary>Before the summary handler ("rapport"): "rapporten som Word" is a request for the file.</summary>
    public int Order => ChatHandlerOrder.ReportFile;

    public async Task<IReadOnlyList<OutgoingMessage>?> TryHandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (ReportFiles.Parse(message.Text) is not { } request)
        {
            return null;
        }

        var english = request.English || message.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
        var bytes = await ReportFileWriter.WriteAsync(builder, writers, request.Format, message.Today, cancellationToken);
        if (bytes is null)
        {
            return [new OutgoingMessage(english
                ? "No plans with activities have been imported yet, so there is nothing to report."
                : "Inga planer med aktiviteter är importerade än, så det finns inget att rapportera.")];
        }

        var name = ReportFiles.FileName(request.Format, message.Today);
        foreach (var channel in links)
        {
            if (channel.Offer(message, name, ReportFiles.ContentType(request.Format), bytes) is { } url)
            {
                return [ReportFiles.DownloadLink(request.Format, message.Today, url, english)];
            }
        }

        return [ReportFiles.ConsentCard(request.Format, message.Today, bytes.Length, english)];
    }
}

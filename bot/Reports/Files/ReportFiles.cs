using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;
using Assistant.Bot.Reports.Writers;

namespace Assistant.Bot.Reports.Files;

/// <summary>
/// The follow-up report as a file in Teams: "skicka uppföljningen som Word" / "som Excel" (or "rapporten som Word",
/// "report as Excel") gives a FileConsentCard; on accept the report is uploaded to the given uploadUrl and the file
/// info card sent. The consent context names the format and the date, so the file is written when it is accepted.
/// </summary>
internal static partial class ReportFiles
{
    public const string ConsentContentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string FileInfoContentType = "application/vnd.microsoft.teams.card.file.info";
    public const string ContextKind = "report-file";

    public static (ReportFormat Format, bool English)? Parse(string text)
    {
        var match = Request().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var format = match.Groups["format"].Value.ToLowerInvariant() is "excel" or "xlsx" ? ReportFormat.Xlsx : ReportFormat.Docx;
        return (format, match.Groups["en"].Success);
    }

    public static string FileName(ReportFormat format, DateOnly asOf) =>
        $"uppfoljning-{asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(format == ReportFormat.Xlsx ? ".xlsx" : ".docx")}";

    public static JsonObject Context(ReportFormat format, DateOnly asOf) => new()
    {
        ["kind"] = ContextKind,
        ["format"] = format == ReportFormat.Xlsx ? "xlsx" : "docx",
        ["asOf"] = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static bool TryRead(JsonObject? context, out ReportFormat format, out DateOnly asOf)
    {
        format = ReportFormat.Docx;
        asOf = default;
        if (context?["kind"]?.GetValue<string>() != ContextKind
            || !DateOnly.TryParseExact(context["asOf"]?.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            return false;
        }

        format = context["format"]?.GetValue<string>() == "xlsx" ? ReportFormat.Xlsx : ReportFormat.Docx;
        return true;
    }

    /// <summary>The FileConsentCard (Teams asks the user where the bot may put the file).</summary>
    public static OutgoingMessage ConsentCard(ReportFormat format, DateOnly asOf, long size, bool english)
    {
        var name = FileName(format, asOf);
        var kind = format == ReportFormat.Xlsx ? "Excel" : "Word";
        var description = english
            ? $"Follow-up report as of {ReportText.Date(asOf)} ({kind})"
            : $"Uppföljning per {ReportText.Date(asOf)} ({kind})";
        var content = new JsonObject
        {
            ["description"] = description,
            ["sizeInBytes"] = size,
            ["acceptContext"] = Context(format, asOf),
            ["declineContext"] = Context(format, asOf),
        };
        var text = english ? $"Here is the follow-up report as {kind}: accept to get {name}." : $"Här är uppföljningen som {kind}: tillåt för att få {name}.";
        return new OutgoingMessage(text, File: new OutgoingAttachment(ConsentContentType, name, content));
    }

    public static string ContentType(ReportFormat format) => format == ReportFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The report as a link to download (Web Chat shows an attachment with a contentUrl as a download link).</summary>
    public static OutgoingMessage DownloadLink(ReportFormat format, DateOnly asOf, string url, bool english)
    {
        var name = FileName(format, asOf);
        var kind = format == ReportFormat.Xlsx ? "Excel" : "Word";
        return new OutgoingMessage(
            english ? $"Here is the follow-up report as {kind}: [{name}]({url}) (the link works for an hour)." : $"Här är uppföljningen som {kind}: [{name}]({url}) (länken gäller en timme).",
            File: new OutgoingAttachment(ContentType(format), name, null, url));
    }

    /// <summary>The file info card that shows the uploaded file in the chat.</summary>
    public static OutgoingMessage FileInfo(FileUploadInfo info, bool english) => new(
        english ? $"The report is in your OneDrive: {info.Name}." : $"Rapporten ligger i din OneDrive: {info.Name}.",
        File: new OutgoingAttachment(FileInfoContentType, info.Name, new JsonObject { ["uniqueId"] = info.UniqueId, ["fileType"] = info.FileType }, info.ContentUrl));

    [GeneratedRegex(@"^(?:(?:skicka|ge mig|jag vill ha)\s+)?(?:hela\s+)?(?:uppföljningen|rapporten|uppföljning|rapport)\s+som\s+(?<format>word|excel|docx|xlsx)[.!?]*$|^(?<en>(?:send\s+(?:me\s+)?)?(?:the\s+)?(?:follow-up\s+)?report\s+as\s+(?<format>word|excel|docx|xlsx))[.!?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Request();
}

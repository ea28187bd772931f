using Assistant.Bot.Channel;
using Assistant.Bot.Channel.Turns;
using Assistant.Bot.Clock;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Conversation;

/// <summary>
/// A chat message: mentions stripped, then answered by the <see cref="ChatResponder"/> (chat handlers, else the
/// answering engine through the presenter) as replies to the message. A typing indicator goes out when the answer
/// takes longer than TypingDelay, and again every TypingInterval until it is ready.
/// </summary>
public sealed class MessageTurn(
    ChatResponder responder,
    ILocalClock clock,
    TimeProvider time,
    IOptions<ConversationOptions> options,
    ILogger<MessageTurn> logger)
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!turn.CanReply)
        {
            Log.CannotReply(logger);
            return;
        }

        var activity = turn.Activity;
        var text = MentionText.Clean(activity);
        Log.MessageText(logger, LogText.Clean(text)!);
        var message = new IncomingMessage(text, TurnUser.Of(activity), clock.Today, activity.Locale, activity.Conversation?.Id, activity.Id, Files(activity), activity.ChannelId);

        var replies = await WithTypingAsync(turn, ReplyToAsync(message, cancellationToken), cancellationToken);
        foreach (var reply in replies)
        {
            var sent = await turn.ReplyAsync(ActivityFactory.Message(reply, activity.Locale), cancellationToken);
            if (!sent.Succeeded)
            {
                Log.ReplyFailed(logger, sent.StatusCode, sent.ErrorCode);
            }
        }
    }

    private async Task<IReadOnlyList<OutgoingMessage>> ReplyToAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        // Yield first so that the typing timer starts while the answer is computed.
        await Task.Yield();
        return await responder.RespondAsync(message, cancellationToken);
    }

    private async Task<T> WithTypingAsync<T>(TurnContext turn, Task<T> work, CancellationToken cancellationToken)
    {
        // WaitAsync with a timeout costs one timer and no linked token source per turn; the timeout is the rare path.
        var settings = options.Value;
        var wait = settings.TypingDelay;
        while (true)
        {
            try
            {
                return await work.WaitAsync(wait, time, cancellationToken);
            }
            catch (TimeoutException timeout) when (!ReferenceEquals(timeout, work.Exception?.InnerException))
            {
                // The wait timed out, not the work: a TimeoutException of the work itself goes to the caller. The work may
                // have finished between the timer firing and this line: then the next WaitAsync returns its result at once
                // (no typing indicator after the answer is ready).
                if (!work.IsCompleted)
                {
                    await turn.SendTypingAsync(cancellationToken);
                }

                wait = settings.TypingInterval;
            }
        }
    }

    /// <summary>
    /// Files in the message: Teams file attachments (contentType application/vnd.microsoft.teams.file.download.info,
    /// content.downloadUrl, content.fileType) and, from Web Chat, attachments with a contentUrl and a name.
    /// </summary>
    internal static IReadOnlyList<IncomingFile>? Files(Channel.Schema.Activity activity)
    {
        List<IncomingFile>? files = null;
        foreach (var a in activity.Attachments ?? [])
        {
            IncomingFile? file = null;
            if (string.Equals(a.ContentType, TeamsFileDownloadInfo, StringComparison.OrdinalIgnoreCase)
                && a.Content?["downloadUrl"] is System.Text.Json.Nodes.JsonValue url && url.TryGetValue(out string? download) && !string.IsNullOrEmpty(a.Name))
            {
                file = new IncomingFile(a.Name, download, a.Content?["fileType"] is System.Text.Json.Nodes.JsonValue t && t.TryGetValue(out string? type) ? type : null);
            }
            else if (!string.Equals(activity.ChannelId, "msteams", StringComparison.OrdinalIgnoreCase) // in Teams, images pasted in a message come so too
                && !string.IsNullOrEmpty(a.ContentUrl) && !string.IsNullOrEmpty(a.Name) && a.ContentType is not null
                && !a.ContentType.StartsWith("application/vnd.microsoft.", StringComparison.OrdinalIgnoreCase)
                && !a.ContentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            {
                file = new IncomingFile(a.Name, a.ContentUrl, Path.GetExtension(a.Name).TrimStart('.'));
            }

            if (file is not null)
            {
                (files ??= []).Add(file);
            }
        }

        return files;
    }

    public const string TeamsFileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Channel;

namespace Assistant.Bot.Conversation;

/// <summary>Who is talking: the channel user id ("29:..."), the AAD object id when Teams gives it, the display name.</summary>
public sealed record UserRef(string Id, string? AadObjectId, string? Name, string? TenantId);

/// <summary>Where Teams lets the bot put a file the user accepted (fileConsent/invoke value.uploadInfo).</summary>
public sealed record FileUploadInfo(string? Name, string? UploadUrl, string? ContentUrl, string? UniqueId, string? FileType);

/// <summary>The user's answer to a file consent card: <see cref="Accepted"/>, the card's context, and where to upload.</summary>
public sealed record FileConsent(bool Accepted, JsonObject? Context, FileUploadInfo? UploadInfo, UserRef User, DateOnly Today, string? Locale);

/// <summary>The feature that sent a file consent card handles the answer (invoke fileConsent/invoke).</summary>
public interface IFileConsentHandler
{
    bool CanHandle(JsonObject? context);

    /// <returns>The messages to send: the file info card after an upload, or a word when declined.</returns>
    Task<IReadOnlyList<OutgoingMessage>> HandleAsync(FileConsent consent, CancellationToken cancellationToken);
}

/// <summary>A chat message after the channel has stripped mentions.</summary>
/// <param name="Today">Local date (the Clock's zone) of the turn, or --as-of on the command line.</param>
/// <param name="Files">Files sent with the message (Teams file attachments, Web Chat uploads).</param>
/// <param name="ChannelId">The channel ("msteams", "directline"), when the message came through one.</param>
public sealed record IncomingMessage(string Text, UserRef User, DateOnly Today, string? Locale, string? ConversationId = null, string? ActivityId = null, IReadOnlyList<IncomingFile>? Files = null, string? ChannelId = null);

/// <summary>A file sent in chat: its name and where to download it (Teams: content.downloadUrl; Web Chat: contentUrl).</summary>
public sealed record IncomingFile(string Name, string Url, string? FileType);

/// <summary>
/// A feature that may take a chat message before the answering engine does (status updates in plain words,
/// "rapport", snooze). Handlers are asked in <see cref="Order"/>; the first that returns messages wins.
/// </summary>
public interface IChatHandler
{
    int Order { get; }

    /// <returns>The reply, or null when the message is not for this handler.</returns>
    Task<IReadOnlyList<OutgoingMessage>?> TryHandleAsync(IncomingMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// An Adaptive Card action: Action.Execute (invoke adaptiveCard/action) or its Action.Submit fallback (a message with
/// value). Every card action's data carries a "verb"; <see cref="Data"/> is the merged data and input values.
/// </summary>
/// <param name="CardMessageId">The id of the message that holds the card (replyToId), to update it for everyone.</param>
public sealed record CardAction(string Verb, JsonElement Data, UserRef User, DateOnly Today, string? Locale, string? ConversationId, string? CardMessageId, string ActivityId, bool IsInvoke);

/// <param name="StatusCode">200 when done; 400 for bad input, 403 for not allowed (the card shows <see cref="Message"/>).</param>
/// <param name="Message">What replaces the card: usually a receipt card; for errors an error card.</param>
/// <param name="UpdateOriginal">True when the card message should be replaced for everyone (PUT the activity).</param>
public sealed record CardActionResult(int StatusCode, OutgoingMessage Message, bool UpdateOriginal);

/// <summary>The feature that owns a card handles its actions (e.g. the reminder card's "saveStatus").</summary>
public interface ICardActionHandler
{
    bool CanHandle(string verb);

    Task<CardActionResult> HandleAsync(CardAction action, CancellationToken cancellationToken);
}

/// <summary>
/// A channel that cannot do the Teams file consent flow (the chat page's Web Chat) offers a file at a link instead.
/// </summary>
public interface IChatFileLinks
{
    /// <returns>The file's download link, or null when the message's channel is not this one.</returns>
    string? Offer(IncomingMessage message, string name, string contentType, byte[] content);
}

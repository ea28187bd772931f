using Assistant.Bot.Plans;
using Assistant.Bot.Conversation;
using Assistant.Bot.People;

namespace Assistant.Bot.DevChat;

/// <summary>
/// The owner directory as the chat page needs it, around the real one: someone chatting on the page as an owner
/// (a <see cref="WebChatPerson"/> with a live conversation) is one of that owner's people, so reminders reach them and
/// their status replies are accepted; the page's Admin is an admin. Everything else is the real directory's answer.
/// Inert where the page is off: without a Direct Line conversation there is no such person.
/// </summary>
public sealed class WebChatOwnerDirectory(IOwnerDirectory inner, DirectLineStore conversations) : IOwnerDirectory
{
    public const string Source = "webchat";

    /// <summary>Puts the page's people around the configured directory (registered by AddDevChat).</summary>
    public sealed class Layer(DirectLineStore conversations) : IOwnerDirectoryLayer
    {
        public IOwnerDirectory Wrap(IOwnerDirectory inner) => new WebChatOwnerDirectory(inner, conversations);
    }

    public async Task<OwnerResolution> ResolveAsync(string ownerName, CancellationToken cancellationToken)
    {
        var resolution = await inner.ResolveAsync(ownerName, cancellationToken);
        var person = WebChatPerson.Owner(OwnerName.Normalize(ownerName), ownerName);
        if (conversations.FindForUser(person.Id) is not { } conversation)
        {
            return resolution;
        }

        var user = new DirectoryUser(person.AadObjectId, null, conversation.User.Name ?? ownerName, person.Id);
        return resolution.Resolved
            ? resolution with { Users = [.. resolution.Users, user] }
            : new OwnerResolution(resolution.OwnerKey, resolution.OwnerName, [user], Source);
    }

    public async Task<IReadOnlyList<string>> OwnerKeysOfAsync(UserRef user, IEnumerable<string> ownerNames, CancellationToken cancellationToken)
    {
        var names = ownerNames.ToList();
        if (!WebChatPerson.IsPersonId(user.Id))
        {
            return await inner.OwnerKeysOfAsync(user, names, cancellationToken);
        }

        return
        [
            .. names.Select(OwnerName.Normalize).Distinct(StringComparer.Ordinal)
                .Where(key => IsPerson(user, WebChatPerson.Owner(key, key))),
        ];
    }

    public async Task<bool> IsAdminAsync(UserRef user, CancellationToken cancellationToken) =>
        IsPerson(user, WebChatPerson.Admin) || await inner.IsAdminAsync(user, cancellationToken);

    public Task<DirectoryUser?> ManagerOfAsync(DirectoryUser user, CancellationToken cancellationToken) =>
        WebChatPerson.IsPersonId(user.ChannelUserId) ? Task.FromResult<DirectoryUser?>(null) : inner.ManagerOfAsync(user, cancellationToken);

    public Task<IReadOnlyList<DirectoryUser>> ResolveEntriesAsync(IEnumerable<string> entries, CancellationToken cancellationToken) =>
        inner.ResolveEntriesAsync(entries, cancellationToken);

    // The id and the derived AAD object id both, as the embedded Direct Line sends them.
    private static bool IsPerson(UserRef user, WebChatPerson person) =>
        string.Equals(user.Id, person.Id, StringComparison.Ordinal)
        && string.Equals(user.AadObjectId, person.AadObjectId, StringComparison.OrdinalIgnoreCase);
}

using System.Globalization;
using Assistant.Bot.Plans;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.DevChat;

/// <summary>
/// Who the chat page offers: Admin, then every owner the plans' activities name and every owner configured in the
/// Owners section, one per normalised name (shown in its shortest spelling), in Swedish order.
/// </summary>
public sealed class WebChatPeople(AssistantDbContext db, IConfiguration configuration) : IDirectLineUsers
{
    private const string OwnersSection = "Owners";
    private static readonly StringComparer Swedish = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);

    public async Task<IReadOnlyList<WebChatPerson>> ListAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        foreach (var listed in await db.Activities.AsNoTracking().Select(a => a.Owners).ToListAsync(cancellationToken))
        {
            names.AddRange(listed);
        }

        names.AddRange(configuration.GetSection(OwnersSection).GetChildren().Select(c => c.Key));
        var owners = names
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => n.Trim())
            .GroupBy(OwnerName.Normalize, StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .Select(g => WebChatPerson.Owner(g.Key, g.OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First()))
            .OrderBy(p => p.Name, Swedish);
        return [WebChatPerson.Admin, .. owners];
    }

    public async Task<WebChatPerson?> FindPersonAsync(string userId, CancellationToken cancellationToken) =>
        !WebChatPerson.IsPersonId(userId) ? null
        : userId == WebChatPerson.AdminId ? WebChatPerson.Admin
        : (await ListAsync(cancellationToken)).FirstOrDefault(p => p.Id == userId);

    public async Task<DirectLineUser?> FindAsync(string userId, CancellationToken cancellationToken) =>
        (await FindPersonAsync(userId, cancellationToken))?.ToUser();
}

using System.Collections.Concurrent;
using Assistant.Bot.Channel.Authentication;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channel.Connector;

/// <summary>
/// The service URLs the bot may call: those that arrived in authenticated activities (remembered here and, through the
/// stored conversation references, across restarts) and those configured in ServiceUrls. A token is never sent anywhere
/// else, so a forged serviceUrl cannot collect it.
/// </summary>
public sealed class ServiceUrlRegistry(IOptions<BotFrameworkOptions> options, IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);

    /// <summary>Remembers the serviceUrl of an activity that passed authentication.</summary>
    public void Remember(string? serviceUrl)
    {
        // Read first: every activity brings its serviceUrl, and a write takes a lock even when nothing changes.
        if (Normalize(serviceUrl) is { } key && !_known.ContainsKey(key))
        {
            _known.TryAdd(key, true);
        }
    }

    public async Task<bool> IsAllowedAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || !OutboundUrl.IsAcceptable(uri))
        {
            return false;
        }

        var key = Normalize(serviceUrl)!;
        if (_known.ContainsKey(key) || options.Value.ServiceUrls.Exists(u => Normalize(u) == key))
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssistantDbContext>();
        var stored = await db.ConversationReferences.Select(r => r.ServiceUrl).Distinct().ToListAsync(cancellationToken);
        foreach (var url in stored)
        {
            Remember(url);
        }

        return _known.ContainsKey(key);
    }

    /// <summary>Scheme, host and path, lower case, with one trailing slash: "https://smba.trafficmanager.net/teams/".</summary>
    public static string? Normalize(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl?.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var text = uri.GetLeftPart(UriPartial.Path).ToLowerInvariant();
        return text.EndsWith('/') ? text : text + "/";
    }
}

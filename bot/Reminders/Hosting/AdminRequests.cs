using System.Net;
using Microsoft.Extensions.Options;
using Assistant.Bot.Channel.Authentication;

namespace Assistant.Bot.Reminders.Hosting;

/// <summary>Decides whether an HTTP request may use the admin surface (see <see cref="AdminApiOptions"/>).</summary>
public sealed class AdminRequests(IOptionsMonitor<AdminApiOptions> options, IHostEnvironment environment)
{
    public bool IsAdmin(HttpContext context) =>
        HasAdminKey(context) || (environment.IsDevelopment() && IsLocal(context.Connection) && !IsFromAnotherSite(context.Request));

    /// <summary>
    /// A browser request made by a page of another site: any page can make the browser POST to localhost without a
    /// preflight (a form, fetch with mode no-cors), and the Host is then localhost and the caller loopback. Browsers
    /// name the page's origin; tools such as curl send none. Only a loopback origin (this machine's own pages) passes.
    /// </summary>
    public static bool IsFromAnotherSite(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin))
        {
            return false;
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return true;
        }

        return !(uri.IsLoopback || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when the request carries the configured admin key (never when none is configured).</summary>
    public bool HasAdminKey(HttpContext context)
    {
        var current = options.CurrentValue;
        return !string.IsNullOrEmpty(current.AdminApiKey) && context.Request.Headers.TryGetValue(current.AdminApiHeader, out var given)
            && SecretComparison.Matches(given.ToString(), current.AdminApiKey);
    }

    /// <summary>Loopback, or the machine's own address (as Hangfire's LocalRequestsOnlyAuthorizationFilter decides).</summary>
    public static bool IsLocal(ConnectionInfo connection)
    {
        if (connection.RemoteIpAddress is not { } remote)
        {
            return false;
        }

        return IPAddress.IsLoopback(remote) || remote.Equals(connection.LocalIpAddress);
    }
}

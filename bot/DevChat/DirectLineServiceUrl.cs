using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.DevChat;

/// <summary>
/// The serviceUrl the embedded Direct Line gives its activities: the bot's own base URL + "/directline/", so the
/// bot's replies go through the real connector client back into this process. The base is
/// <see cref="DirectLineOptions.BotBaseUrl"/>, else the server's own listening address with a wildcard host made
/// loopback (http preferred): the connector calls stay on this machine, which is what the connector API accepts.
/// </summary>
public sealed class DirectLineServiceUrl(IOptions<DirectLineOptions> options, IServer server)
{
    /// <summary>Where the web host listens in Development when nothing says otherwise: the chat page\'s address in the README.</summary>
    public const string DevelopmentUrl = "http://localhost:3978";

    public const string PathPrefix = "/directline";

    private string? _value;

    public string Value => _value ??= Compute();

    /// <summary>The base URL of the page ("http://localhost:3978"), when the server is listening.</summary>
    public string? BaseUrl()
    {
        var configured = options.Value.BotBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.Trim().TrimEnd('/');
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)).FirstOrDefault();
        return chosen is null ? null : Loopback(chosen);
    }

    private string Compute() =>
        (BaseUrl() ?? throw new InvalidOperationException("The server has no listening address yet; set WebChat:BotBaseUrl.")) + PathPrefix + "/";

    /// <summary>"http://[::]:80", "http://0.0.0.0:80", "http://+:80" and "http://*:80" become "http://localhost:80".</summary>
    public static string Loopback(string address)
    {
        var text = address.Trim().TrimEnd('/');
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return text;
        }

        var rest = text[(schemeEnd + 3)..];
        var portStart = rest.LastIndexOf(':');
        var host = portStart > 0 && !rest.EndsWith(']') ? rest[..portStart] : rest;
        var port = host.Length < rest.Length ? rest[host.Length..] : string.Empty;
        if (host is "[::]" or "0.0.0.0" or "+" or "*")
        {
            host = "localhost";
        }

        return text[..(schemeEnd + 3)] + host + port;
    }
}

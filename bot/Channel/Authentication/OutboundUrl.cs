namespace Assistant.Bot.Channel.Authentication;

/// <summary>
/// Every URL the channel calls (metadata, keys, token, connector) must be https, or http on the loopback interface
/// (the local issuer and connector of the tests, the Bot Framework Emulator).
/// </summary>
public static class OutboundUrl
{
    public static bool IsAcceptable(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    public static Uri Require(string? url, string what)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsAcceptable(uri))
        {
            throw new InvalidOperationException($"{what} must be an https URL (http only on loopback), not '{url}'.");
        }

        return uri;
    }
}

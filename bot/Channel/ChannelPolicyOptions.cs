namespace Assistant.Bot.Channel;

/// <summary>
/// Who may use /api/messages beyond a signed Teams activity (section <c>Channel</c>, bound inside
/// <see cref="BotFrameworkOptions.Channel"/>). The defaults are the safe ones: Teams only, no anonymous requests
/// outside the Development environment.
/// </summary>
public sealed class ChannelPolicyOptions
{
    public const string SectionName = "Channel";

    /// <summary>The one channel /api/messages always serves.</summary>
    public const string Teams = "msteams";

    /// <summary>
    /// Runs without MicrosoftAppId (no authentication at all) outside Development. Only for a closed test network:
    /// anyone who reaches /api/messages can then act as any user. References learned this way are never stored.
    /// </summary>
    public bool AllowUnauthenticatedOutsideDevelopment { get; set; }

    /// <summary>Channels accepted on /api/messages besides msteams (e.g. "webchat", "emulator"); empty = Teams only.</summary>
    public List<string> EnabledChannels { get; set; } = [];

    public bool IsChannelEnabled(string? channelId) =>
        string.Equals(channelId, Teams, StringComparison.Ordinal)
        || (!string.IsNullOrWhiteSpace(channelId) && EnabledChannels.Exists(c => string.Equals(c.Trim(), channelId, StringComparison.OrdinalIgnoreCase)));
}

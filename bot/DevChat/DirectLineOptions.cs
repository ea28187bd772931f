using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.DevChat;

/// <summary>
/// The chat page and the embedded Direct Line 3.0 endpoint behind it (section <c>WebChat</c>). A development tool: on in
/// the Development environment. Elsewhere the page, its people picker and admin panel are never served, and the Direct
/// Line endpoints only when <see cref="Enabled"/> is true and <see cref="DirectLineSecret"/> is set: tokens are then
/// generated only for a caller that presents the secret, each for one new user and conversation.
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "WebChat";

    /// <summary>null: on in Development only; true/false: on/off in every environment.</summary>
    public bool? Enabled { get; set; }

    /// <summary>How long a Direct Line token is valid (Web Chat refreshes it every 15 minutes).</summary>
    [Range(16, 24 * 60)]
    public int TokenMinutes { get; set; } = 30;

    /// <summary>A conversation nobody used for this long is forgotten (conversations live in memory only).</summary>
    [Range(1, 24 * 30)]
    public int IdleHours { get; set; } = 24;

    /// <summary>At most this many conversations are kept; the least recently used goes first.</summary>
    [Range(1, 100_000)]
    public int MaxConversations { get; set; } = 500;

    /// <summary>At most this many activities are kept per conversation; the oldest go first.</summary>
    [Range(10, 100_000)]
    public int MaxActivities { get; set; } = 1000;

    /// <summary>Largest accepted activity body, client or bot side.</summary>
    [Range(1024, 10 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Largest accepted upload (POST conversations/{id}/upload, multipart: the activity and its files). The bot's own
    /// limit for a plan document (Knowledge:MaxUploadBytes) applies after this.
    /// </summary>
    [Range(1024, 100 * 1024 * 1024)]
    public int MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>At most this many uploaded or offered files are kept in memory (an hour each); the oldest go first.</summary>
    [Range(1, 10_000)]
    public int MaxFiles { get; set; } = 50;

    /// <summary>
    /// The bot's own base URL as the bot reaches it (the serviceUrl is this + "/directline/"). Empty: the server's own
    /// listening address on loopback, e.g. http://localhost:3978.
    /// </summary>
    public string? BotBaseUrl { get; set; }

    /// <summary>
    /// The secret a trusted backend sends (Authorization: Bearer SECRET) to POST /v3/directline/tokens/generate, as with
    /// Azure Direct Line. Required for the endpoints outside Development; when set in Development it is required there too.
    /// </summary>
    public string? DirectLineSecret { get; set; }

    /// <summary>Shortest accepted <see cref="DirectLineSecret"/>.</summary>
    public const int MinSecretLength = 32;

    /// <summary>The bot's name in the chat.</summary>
    [Required]
    public string BotName { get; set; } = "Assistant";

    public bool HasSecret => !string.IsNullOrWhiteSpace(DirectLineSecret);

    /// <summary>The Direct Line endpoints: in Development unless turned off; elsewhere only when turned on with a secret.</summary>
    public bool IsEnabled(IHostEnvironment environment) =>
        environment.IsDevelopment() ? Enabled ?? true : Enabled == true && HasSecret;

    /// <summary>The page, its people picker and admin panel: Development only.</summary>
    public bool IsPageEnabled(IHostEnvironment environment) => environment.IsDevelopment() && IsEnabled(environment);
}

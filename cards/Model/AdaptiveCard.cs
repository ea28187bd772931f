using System.Text.Json.Serialization;

namespace Assistant.Cards.Model;

/// <summary>An Adaptive Card (schema 1.5, what Teams renders). Serialize with <see cref="CardJson"/>.</summary>
public sealed record AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyOrder(-2)]
    [JsonPropertyName("$schema")]
    public string Schema => SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = "1.5";

    public IReadOnlyList<AdaptiveElement> Body { get; init; } = [];

    public IReadOnlyList<AdaptiveAction>? Actions { get; init; }

    /// <summary>Makes Teams fetch a user-specific view (Action.Execute) when one of the user ids opens the card.</summary>
    public Refresh? Refresh { get; init; }

    /// <summary>Shown where the card cannot be rendered; also what screen readers and previews fall back to.</summary>
    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    public string? Lang { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }
}

/// <param name="UserIds">At most 60 ids (Teams' limit); the refresh runs for these users only.</param>
public sealed record Refresh(AdaptiveAction Action, IReadOnlyList<string>? UserIds = null)
{
    public const int MaxUserIds = 60;
}

/// <summary>The card-level "msteams" object: full width and the entities of &lt;at&gt; mentions in the text.</summary>
public sealed record TeamsCardProperties(string? Width = "Full", IReadOnlyList<Mention>? Entities = null);

/// <param name="Text">Exactly the "&lt;at&gt;Name&lt;/at&gt;" that appears in a TextBlock.</param>
public sealed record Mention(string Text, MentionedUser Mentioned)
{
    [JsonPropertyOrder(-1)]
    public string Type => "mention";

    public static Mention Of(string id, string name) => new($"<at>{name}</at>", new MentionedUser(id, name));
}

public sealed record MentionedUser(string Id, string Name);

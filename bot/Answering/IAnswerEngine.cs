namespace Assistant.Bot.Answering;

/// <summary>
/// The one answering engine behind the chat and the `ask` verb. Deterministic, no cloud service.
/// It never states a number the knowledge does not hold: when unsure it asks or says what it has.
/// </summary>
public interface IAnswerEngine
{
    Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken);
}

/// <param name="Text">What the user wrote (mentions already stripped).</param>
/// <param name="Today">The date relative years and overdue are computed from (the clock, or --as-of).</param>
/// <param name="UserId">AAD object id or channel id of the asker, for "mina aktiviteter".</param>
/// <param name="UserName">Display name of the asker.</param>
/// <param name="Locale">The client's locale (e.g. "sv-SE"), a hint when the question's language is unclear.</param>
public sealed record Question(string Text, DateOnly Today, string? UserId = null, string? UserName = null, string? Locale = null);

public enum AnswerLanguage
{
    Swedish,
    English,
}

public enum AnswerKind
{
    /// <summary>A figure from the knowledge (forecast, key figure, sum, change).</summary>
    Figure,

    /// <summary>A series of figures per year (shown as a chart with a table fallback).</summary>
    Series,

    /// <summary>One activity's status, owner, deadline or comment.</summary>
    Activity,

    /// <summary>A list or count of activities.</summary>
    ActivityList,

    /// <summary>A narrative passage.</summary>
    Passage,

    /// <summary>The data is missing: says so and what exists.</summary>
    NotFound,

    /// <summary>The question is ambiguous: asks, offering choices.</summary>
    Clarification,

    /// <summary>Greeting or help: a short guide with example questions.</summary>
    Help,
}

/// <summary>
/// Where a fact came from: every answer names at least one, with the period the document covers (as written, e.g. "2021
/// med plan för 2022-2028") and the day it was imported, so the asker can judge how current it is.
/// </summary>
public sealed record SourceRef(int DocumentId, string DocumentTitle, string? Organisation, int? Year, string? Table = null, string? Period = null, DateOnly? Imported = null);

/// <summary>One point of a series (year → value).</summary>
public sealed record SeriesPoint(string Label, decimal Value);

public sealed record Series(string Title, string? Unit, IReadOnlyList<SeriesPoint> Points);

/// <summary>
/// An answer: <see cref="Text"/> is complete on its own (plain text with light markdown), the structured parts let the
/// conversation layer add a card (chart, activity list) without parsing the text.
/// </summary>
public sealed record Answer(string Text, AnswerLanguage Language, AnswerKind Kind, IReadOnlyList<SourceRef> Sources)
{
    public Series? Series { get; init; }

    /// <summary>Activity ids the answer is about (one for <see cref="AnswerKind.Activity"/>, many for lists).</summary>
    public IReadOnlyList<int> ActivityIds { get; init; } = [];

    /// <summary>Choices offered when <see cref="Kind"/> is <see cref="AnswerKind.Clarification"/> or NotFound.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>How many items the answer's list has in all (it may show fewer: the first ten, "visa alla" for the rest).</summary>
    public int? ItemCount { get; init; }

    /// <summary>The query the engine read the question into and executed (what `ask --explain` prints).</summary>
    public Queries.AnswerQuery? Query { get; init; }
}

namespace Assistant.Bot.Answering.Understanding;

/// <summary>What a question says, read once: its language, words, cues, occupations, years, quarters and claimed numbers.</summary>
public sealed record QuestionUnderstanding
{
    public required string Text { get; init; }

    /// <summary>Folded text with English domain phrases rewritten to Swedish (see <see cref="Glossary"/>).</summary>
    public required string Folded { get; init; }

    public required IReadOnlyList<string> Tokens { get; init; }

    public required AnswerLanguage Language { get; init; }

    public required DateOnly Today { get; init; }

    public required IReadOnlyList<PhraseHit> Hits { get; init; }

    public required IReadOnlySet<Cue> Cues { get; init; }

    /// <summary>Occupation groups named, in order, without repeats.</summary>
    public required IReadOnlyList<Occupation> Occupations { get; init; }

    /// <summary>
    /// Occupation groups named after a word that leaves them out ("exklusive vårdare", "utom ledning", "excluding
    /// managers"): also in <see cref="Occupations"/>, which lists every group named.
    /// </summary>
    public IReadOnlyList<Occupation> Excluded { get; init; } = [];

    /// <summary>Occupations named that have no group of their own in the usual forecast (nurses, doctors, ...).</summary>
    public required IReadOnlyList<OtherOccupation> OtherOccupations { get; init; }

    public required YearSpec Years { get; init; }

    public required IReadOnlyList<int> Quarters { get; init; }

    /// <summary>Numbers the question states that are not years or quarters ("it is 500, confirm").</summary>
    public required IReadOnlyList<decimal> ClaimedNumbers { get; init; }

    /// <summary>Tokens no lexicon phrase used: the distinctive words for search.</summary>
    public required IReadOnlyList<string> FreeTokens { get; init; }

    public bool Has(Cue cue) => Cues.Contains(cue);

    public bool HasAny(params Cue[] cues) => cues.Any(Cues.Contains);

    public bool English => Language == AnswerLanguage.English;

    /// <summary>Swedish or English text, by the question's language.</summary>
    public string Say(string swedish, string english) => English ? english : swedish;
}

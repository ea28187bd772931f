using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Queries;
using Assistant.Bot.Answering.Understanding;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Plans;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>
/// Questions about the knowledge itself: which documents are imported, what each one is, which period it covers and when
/// it was imported. Answered from the documents' own metadata, never from their text.
/// </summary>
public static partial class KnowledgeAnswerer
{
    public static Answer Answer(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        if (QueryWords.AsksStatusKinds(q) && StatusKinds(q, k) is { } kinds)
        {
            return kinds;
        }

        var named = QueryWords.Documents(q, k);
        var documents = k.Documents.Values
            .Where(d => named.Count == 0 || named.Contains(d.Id))
            .OrderBy(d => d.Id)
            .ToList();
        // "Gäller planen 2021 och uppföljningen 2024 samma nämnd?": the documents the years name, when each document is named
        // with its year (one year beside another document named without one keeps both: "uppföljningen 2024 och planen").
        if (named.Count > 0 && q.Years.Years.Count >= 2 && !q.Years.IsRange
            && documents.Where(d => q.Years.Years.Any(y => d.Year == y || d.Title.Contains(y.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))).ToList() is { Count: > 0 } byYear)
        {
            documents = byYear;
        }

        // "Vem har gjort prognosen?", "how far does the forecast go?": the documents that hold a forecast, when any does.
        var forecastsOnly = named.Count == 0 && (q.Has(Cue.Forecast) || q.Tokens.Any(QueryWords.NamesForecast)) && documents.Any(d => HasForecast(k, d));
        if (forecastsOnly)
        {
            documents = [.. documents.Where(d => HasForecast(k, d))];
        }

        var contents = new Contents(
            [.. k.Activities.Select(a => a.DocumentId)],
            [.. k.Activities.Where(a => a.Status is not null).Select(a => a.DocumentId)],
            [.. k.Figures.Select(f => f.DocumentId)],
            [.. k.Passages.Select(p => p.DocumentId)]);
        var lines = documents.Select(d => "- " + Line(q, k, d, contents)
            + (documents.FirstOrDefault(o => o.Id < d.Id && o.PlanKey is not null && o.PlanKey == d.PlanKey) is { } first
                ? q.Say($" — samma plan som {first.SourceFile}, en annan utdragning av texten", $" — the same plan as {first.SourceFile}, another extraction of its text")
                : string.Empty)
            + (named.Count > 0 && QueryWords.AsksWho(q) && MadeBy(k, d) is { } madeBy ? q.Say("\n  Enligt texten: ", "\n  The text says: ") + madeBy : string.Empty)
            + (named.Count > 0 && QueryWords.AsksWhatAbout(q) && Headings(k, d) is { Count: > 0 } headings
                ? q.Say("\n  Rubriker: ", "\n  Headings: ") + string.Join("; ", headings) : string.Empty)).ToList();
        var newest = k.Documents.Values.Max(d => d.ImportedAt);
        var heading = named.Count > 0 && QueryWords.AsksSameOrganisation(q.Tokens) && SameOrganisation(q, documents) is { } same
            ? same
            : named.Count == 0 && QueryWords.AsksNewest(q) && Newest(documents) is { } newestDocument
            ? q.Say($"Det nyaste dokumentet är **{newestDocument.Title}** ({Dating(newestDocument)}). Alla jag har läst in:",
                $"The newest document is **{newestDocument.Title}** ({Dating(newestDocument)}). All I have imported:")
            : named.Count > 0
            ? q.Say("Det här vet jag om dokumentet:", "This is what I know about the document:")
            : forecastsOnly
            ? q.Say("Prognosen finns i:", "The forecast is in:")
            : q.Say($"Jag har läst in {Count(q, documents.Count)}:", $"I have imported {Count(q, documents.Count)}:");
        var footer = q.Say(
            $"Senast inläst {Date(newest)}. Siffrorna är så aktuella som dokumenten: prognosen och planerna gäller de perioder som anges ovan.",
            $"Last imported {Date(newest)}. The figures are as current as the documents: the forecast and plans cover the periods above.");
        var sources = documents.Select(d => k.Source(d.Id)).ToList();
        return new Answer(heading + "\n" + string.Join('\n', lines) + "\n\n" + footer, q.Language, AnswerKind.Figure, sources);
    }

    /// <summary>
    /// The document written latest: by the date it carries, else its plan year, else the first year of its period; null
    /// when two share the latest (or none has one).
    /// </summary>
    private static KnowledgeDocument? Newest(IReadOnlyList<KnowledgeDocument> documents)
    {
        var dated = documents.Select(d => (Document: d, Year: DocumentYear(d))).Where(x => x.Year is not null).ToList();
        if (dated.Count == 0)
        {
            return null;
        }

        var latest = dated.Max(x => x.Year!.Value);
        var newest = dated.Where(x => x.Year == latest).Select(x => x.Document).ToList();
        return newest.Select(d => d.PlanKey ?? d.Id.ToString(CultureInfo.InvariantCulture)).Distinct().Count() == 1 ? newest[0] : null;
    }

    private static int? DocumentYear(KnowledgeDocument d) =>
        d.Dated?.Year ?? d.Year ?? (YearInPeriod().Match(d.Period ?? string.Empty) is { Success: true } m ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null);

    private static string Dating(KnowledgeDocument d) =>
        !string.IsNullOrWhiteSpace(d.Period) ? d.Period.Trim() : DocumentYear(d)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex YearInPeriod();

    /// <summary>
    /// "Gäller planen 2021 och uppföljningen 2024 samma nämnd?": whether the documents named belong to one organisation,
    /// said with each one's organisation (another extraction of the same plan counted once); null unless two or more
    /// documents with an organisation are named.
    /// </summary>
    private static string? SameOrganisation(QuestionUnderstanding q, IReadOnlyList<KnowledgeDocument> documents)
    {
        var distinct = documents.Where(d => !string.IsNullOrWhiteSpace(d.Organisation))
            .GroupBy(d => d.PlanKey ?? d.Id.ToString(CultureInfo.InvariantCulture)).Select(g => g.First()).ToList();
        if (distinct.Count < 2)
        {
            return null;
        }

        var each = string.Join("; ", distinct.Select(d => $"{d.Title}: {d.Organisation!.Trim()}"));
        return distinct.Select(d => d.Organisation!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1
            ? q.Say($"Ja, de gäller samma organisation ({each}).", $"Yes, they concern the same organisation ({each}).")
            : q.Say($"Nej, de gäller olika organisationer ({each}).", $"No, they concern different organisations ({each}).");
    }

    /// <summary>
    /// The statuses the documents record for their activities (those named, else every document with statuses), as
    /// written in their status column, most used first. Null when no document named has any.
    /// </summary>
    private static Answer? StatusKinds(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var named = QueryWords.Documents(q, k);
        var documents = k.Activities.Where(a => a.Status is not null && !string.IsNullOrWhiteSpace(a.StatusRaw) && (named.Count == 0 || named.Contains(a.DocumentId)))
            .GroupBy(a => a.DocumentId).OrderBy(g => g.Key).ToList();
        if (documents.Count == 0)
        {
            return null;
        }

        var blocks = documents.Select(d =>
        {
            var kinds = d.GroupBy(a => a.StatusRaw!.Trim(), StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(10).ToList();
            var title = k.Documents.GetValueOrDefault(d.Key)?.Title ?? string.Empty;
            return q.Say($"**{title}** använder statusarna: ", $"**{title}** uses the statuses: ") + string.Join(", ", kinds) + ".";
        });
        var sources = documents.Select(d => k.Source(d.Key)).ToList();
        return new Answer(SourceText.WithSources(q, string.Join("\n\n", blocks), sources), q.Language, AnswerKind.Figure, sources);
    }

    /// <summary>
    /// "Vem gjorde granskningen?": the sentence of a document's text that names the people who made it ("Granskningen har
    /// utförts av Karin Helin Lindkvist, certifierad kommunal revisor ..."), beside the organisation its metadata names.
    /// </summary>
    private static string? MadeBy(KnowledgeSnapshot k, KnowledgeDocument d) =>
        k.Passages.Where(p => p.DocumentId == d.Id).OrderBy(p => p.Ordinal)
            .SelectMany(p => k.PassageTerms.Sentences(p.Text))
            .FirstOrDefault(s => MadeByPeople().IsMatch(s));

    [GeneratedRegex(@"\b(?:utförts|utfördes|genomförts|genomfördes|skrivits|skrevs|författats|författades|tagits fram|togs fram|upprättats|upprättades|sammanställts|sammanställdes)\s+av\s+\p{Lu}\p{Ll}+\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex MadeByPeople();

    /// <summary>
    /// "What's the SKL doc about?": the document's section headings in order (each section's own heading, once; not a
    /// heading that only introduces a list, "Den lokala nivån kan"), as far as <see cref="MaxHeadings"/>.
    /// </summary>
    private static List<string> Headings(KnowledgeSnapshot k, KnowledgeDocument d) =>
        [.. k.Passages.Where(p => p.DocumentId == d.Id && !string.IsNullOrWhiteSpace(p.HeadingPath)).OrderBy(p => p.Ordinal)
            .Select(p => p.HeadingPath.Split(" › ")[^1].Trim())
            .Where(h => h.Length >= 8 && !d.Title.Contains(h.TrimEnd('.'), StringComparison.OrdinalIgnoreCase) && !PassageAnswerer.IntroducesText(h))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxHeadings)];

    private const int MaxHeadings = 10;

    private static bool HasForecast(KnowledgeSnapshot k, KnowledgeDocument d) =>
        d.ForecastUntil is not null || k.ForecastTables.Any(t => t.DocumentId == d.Id);

    /// <summary>Which documents have activities (with status), key figures and text: read once per answer, not per document.</summary>
    private sealed record Contents(HashSet<int> Activities, HashSet<int> Statuses, HashSet<int> Figures, HashSet<int> Passages);

    /// <summary>
    /// "**Personal- och kompetensförsörjningsplan 2021 …, Social- och omsorgsnämnden** (personal- och
    /// kompetensförsörjningsplan; period 2021 med plan för 2022-2028; prognos 2019–2027 gjord av PwC; …; inläst 2026-12-05)":
    /// the kind, the period, who wrote it and for whom, its date, the forecast's years and maker, what it holds, when imported.
    /// </summary>
    private static string Line(QuestionUnderstanding q, KnowledgeSnapshot k, KnowledgeDocument d, Contents has)
    {
        var parts = new List<string> { KindName(q, d.Kind) };
        if (!string.IsNullOrWhiteSpace(d.Period))
        {
            parts.Add(q.Say("period ", "period ") + d.Period.Trim());
        }
        else if (d.Year is int year)
        {
            parts.Add(q.Say("planår ", "plan year ") + year.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(d.Author))
        {
            parts.Add(q.Say("av ", "by ") + d.Author.Trim()
                + (string.IsNullOrWhiteSpace(d.CommissionedBy) ? string.Empty : q.Say(" på uppdrag av ", " on behalf of ") + d.CommissionedBy.Trim()));
        }
        else if (!string.IsNullOrWhiteSpace(d.CommissionedBy))
        {
            parts.Add(q.Say("på uppdrag av ", "on behalf of ") + d.CommissionedBy.Trim());
        }

        if (d.Dated is { } dated)
        {
            parts.Add(q.Say("daterad ", "dated ") + dated.ToString("d MMMM yyyy", q.English ? English : Swedish));
        }

        var maker = string.IsNullOrWhiteSpace(d.ForecastBy) ? string.Empty : q.Say(" gjord av ", " made by ") + d.ForecastBy.Trim();
        if (k.ForecastTables.FirstOrDefault(t => t.DocumentId == d.Id) is { } table)
        {
            parts.Add(q.Say("prognos ", "forecast ") + SwedishFormat.Years(table.FirstYear, table.LastYear) + maker);
        }
        else if (d.ForecastUntil is int until)
        {
            parts.Add(q.Say("prognos fram till ", "forecast up to ") + until.ToString(CultureInfo.InvariantCulture) + maker);
        }

        var contents = new List<string>();
        if (has.Activities.Contains(d.Id))
        {
            contents.Add(q.Say("aktiviteter", "activities") + (has.Statuses.Contains(d.Id) ? q.Say(" med status", " with status") : string.Empty));
        }

        if (has.Figures.Contains(d.Id))
        {
            contents.Add(q.Say("nyckeltal", "key figures"));
        }

        if (has.Passages.Contains(d.Id))
        {
            contents.Add(q.Say("text", "text"));
        }

        if (contents.Count > 0)
        {
            parts.Add(string.Join(", ", contents));
        }

        if (AsOf(k, d) is { } asOf)
        {
            parts.Add(q.Say("status per ", "status as of ") + asOf);
        }

        if (!string.IsNullOrWhiteSpace(d.Municipality))
        {
            parts.Add(d.Municipality.Trim());
        }

        parts.Add(q.Say("inläst ", "imported ") + Date(d.ImportedAt));
        var title = string.IsNullOrWhiteSpace(d.Organisation) || d.Title.Contains(d.Organisation, StringComparison.OrdinalIgnoreCase) ? d.Title : $"{d.Title}, {d.Organisation}";
        return $"**{title}** ({string.Join("; ", parts)})";
    }

    /// <summary>The date a follow-up reports status at, as its text says it ("per den 31 augusti"), from its first passages.</summary>
    private static string? AsOf(KnowledgeSnapshot k, KnowledgeDocument d)
    {
        if (d.Kind is not (DocumentKind.FollowUp or DocumentKind.OperationalPlan))
        {
            return null;
        }

        foreach (var passage in k.Passages.Where(p => p.DocumentId == d.Id).Take(12))
        {
            var m = AsOfDate().Match(passage.HeadingPath + " " + passage.Text);
            if (m.Success)
            {
                return $"{m.Groups["day"].Value} {m.Groups["month"].Value.ToLowerInvariant()}" + (d.Year is int y ? $" {y}" : string.Empty);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\bper\s+(?:den\s+)?(?<day>[0-3]?\d)\s+(?<month>januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsOfDate();

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static string Count(QuestionUnderstanding q, int n) => n == 1 ? q.Say("ett dokument", "one document") : q.Say($"{n} dokument", $"{n} documents");

    private static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string KindName(QuestionUnderstanding q, DocumentKind kind) => kind switch
    {
        DocumentKind.StaffingPlan => q.Say("personal- och kompetensförsörjningsplan", "staffing and competence plan"),
        DocumentKind.OperationalPlan => q.Say("verksamhetsplan", "operational plan"),
        DocumentKind.FollowUp => q.Say("uppföljning", "follow-up"),
        DocumentKind.Strategy => q.Say("strategi", "strategy"),
        DocumentKind.Audit => q.Say("granskning (revision)", "audit"),
        _ => q.Say("dokument", "document"),
    };
}

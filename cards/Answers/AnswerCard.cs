using Assistant.Cards.Building;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Cards.Answers;

/// <summary>An answer: the figure, the words, a chart for a series (table fallback), the sources, suggestions.</summary>
public static class AnswerCard
{
    public const int MaxSuggestions = 5;

    public static AdaptiveCard Build(AnswerView answer, CardLanguage language)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var texts = CardTexts.For(language);
        var body = new List<AdaptiveElement>();
        if (!string.IsNullOrWhiteSpace(answer.Figure))
        {
            body.Add(new TextBlock(Markdown.Escape(answer.Figure)) { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Accent, Wrap = true });
        }

        body.Add(new TextBlock(Markdown.EscapeKeepingBold(answer.Text)) { Wrap = true, Spacing = answer.Figure is null ? null : Spacing.Small });
        if (answer.Series is { Points.Count: > 0 } series)
        {
            body.Add(ChartFactory.Series(series, texts) with { Spacing = Spacing.Medium });
        }

        if (answer.Sources.Count > 0)
        {
            var label = answer.Sources.Count == 1 ? texts.Source : texts.Sources;
            body.Add(new TextBlock($"{label}: {string.Join("; ", answer.Sources.Select(s => SourceText(s, texts)))}")
            {
                Wrap = true,
                IsSubtle = true,
                Size = TextSize.Small,
                Separator = true,
                Spacing = Spacing.Medium,
            });
        }

        var suggestions = answer.Suggestions.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().Take(MaxSuggestions).ToList();
        if (suggestions.Count > 0)
        {
            body.Add(new ActionSet(suggestions.Select(s => (AdaptiveAction)CardActions.MessageBack(s)).ToList()));
        }

        var summary = Markdown.ToPlainText(answer.Text);
        return CardParts.Card(texts, body, summary);
    }

    /// <summary>"Title (Organisation, 2021, Table)" with every part escaped.</summary>
    public static string SourceText(SourceView source) => SourceText(source, null);

    /// <summary>"Title (Organisation, 2021, Table, period 2022-2028, inläst 2026-12-05)" with every part escaped.</summary>
    public static string SourceText(SourceView source, CardTexts? texts)
    {
        ArgumentNullException.ThrowIfNull(source);
        var imported = source.Imported is { } day && texts is not null
            ? $"{texts.Imported} {day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}"
            : null;
        var period = string.IsNullOrWhiteSpace(source.Period) ? null : "period " + source.Period;
        var details = new[] { source.Organisation, source.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), source.Table, period, imported }
            .Where(d => !string.IsNullOrWhiteSpace(d))
            .Select(Markdown.Escape)
            .ToList();
        var title = Markdown.Escape(source.Title);
        return details.Count == 0 ? title : $"{title} ({string.Join(", ", details)})";
    }
}

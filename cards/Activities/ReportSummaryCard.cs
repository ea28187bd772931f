using Assistant.Cards.Building;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Cards.Activities;

/// <summary>The follow-up at a glance: counts per status (a donut with a table fallback) and what is overdue.</summary>
/// <param name="PlanTitle">The plan as its document names it.</param>
/// <param name="Counts">Every status with its count (null status: activities with none), in the order to show.</param>
public sealed record ReportSummaryModel(string PlanTitle, string? PeriodText, IReadOnlyList<StatusCount> Counts, IReadOnlyList<ActivityView> Overdue);

public sealed record StatusCount(StatusStyle? Status, int Count);

public static class ReportSummaryCard
{
    public static AdaptiveCard Build(ReportSummaryModel model, CardLanguage language)
    {
        ArgumentNullException.ThrowIfNull(model);
        var texts = CardTexts.For(language);
        var title = $"{texts.ReportTitle}: {Markdown.Escape(model.PlanTitle)}" + (model.PeriodText is null ? string.Empty : $", {Markdown.Escape(model.PeriodText)}");
        var total = model.Counts.Sum(c => c.Count);
        var body = new List<AdaptiveElement>
        {
            CardParts.Heading(title),
            new TextBlock($"{texts.Total}: {CardFormat.ActivityCount(texts, total)}") { Wrap = true, IsSubtle = true, Spacing = Spacing.Small },
            ChartFactory.StatusDonut(model.Counts.Select(c => (c.Status, c.Count)).ToList(), texts.CountsTitle, texts),
            new TextBlock(texts.OverdueTitle) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true, Separator = true, Spacing = Spacing.Medium },
        };
        body.Add(model.Overdue.Count == 0
            ? CardParts.Paragraph(texts.NoneOverdue, subtle: true)
            : ActivityParts.Table(model.Overdue.Take(ActivityListCard.MaxRows).ToList(), texts));
        if (model.Overdue.Count > ActivityListCard.MaxRows)
        {
            body.Add(CardParts.Paragraph(CardFormat.Fill(texts.AndMore, language, model.Overdue.Count - ActivityListCard.MaxRows), subtle: true));
        }

        var counts = string.Join(", ", model.Counts.Select(c => $"{c.Status?.Word(language) ?? texts.NoStatus} {c.Count}"));
        var summary = $"{Markdown.ToPlainText(title)}. {counts}. {texts.OverdueTitle}: {model.Overdue.Count}.";
        return CardParts.Card(texts, body, summary);
    }
}

using Assistant.Cards.Answers;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Cards.Building;

/// <summary>Teams charts, each with a Table fallback holding the same numbers (other renderers drop Chart.*).</summary>
public static class ChartFactory
{
    public const int MaxBars = 12;

    public static ChartElement Series(SeriesView series, CardTexts texts)
    {
        ArgumentNullException.ThrowIfNull(series);
        var language = texts.Language;
        var fallback = CardParts.Table(
            [texts.Year, texts.Value],
            series.Points.Select(p => (IReadOnlyList<AdaptiveElement>)
            [
                CardParts.Cell(p.Label),
                CardParts.Cell(CardFormat.WithUnit(p.Value, series.Unit, language), user: false, HorizontalAlignment.Right),
            ]).ToList());
        var title = Markdown.ToPlainText(series.Title);
        var line = series.Chart == ChartKind.Line || (series.Chart == ChartKind.Auto && series.Points.Count > MaxBars);
        return line
            ? new LineChart([new LineSeries(title, series.Points.Select(p => new LinePoint(p.Label, p.Value)).ToList())])
            {
                Title = title,
                XAxisTitle = texts.Year,
                YAxisTitle = series.Unit,
                Fallback = fallback,
            }
            : new VerticalBarChart(series.Points.Select(p => new BarDatum(p.Label, p.Value)).ToList())
            {
                Title = title,
                XAxisTitle = texts.Year,
                YAxisTitle = series.Unit,
                ShowBarValues = true,
                Color = "categoricalBlue",
                Fallback = fallback,
            };
    }

    /// <summary>Counts per status as a donut in the status colours; the legend carries the count too.</summary>
    public static DonutChart StatusDonut(IReadOnlyList<(StatusStyle? Status, int Count)> counts, string title, CardTexts texts)
    {
        var fallback = CardParts.Table(
            [texts.Status, texts.Count],
            counts.Select(c => (IReadOnlyList<AdaptiveElement>)
            [
                CardParts.Status(c.Status, texts),
                CardParts.Cell(CardFormat.Number(c.Count, texts.Language), user: false, HorizontalAlignment.Right),
            ]).ToList(),
            [2, 1]);
        var data = counts
            .Where(c => c.Count > 0)
            .Select(c => new PieDatum(
                $"{c.Status?.Word(texts.Language) ?? texts.NoStatus} ({CardFormat.Number(c.Count, texts.Language)})",
                c.Count,
                c.Status?.ChartColor ?? "neutral"))
            .ToList();
        return new DonutChart(data) { Title = title, Fallback = fallback };
    }
}

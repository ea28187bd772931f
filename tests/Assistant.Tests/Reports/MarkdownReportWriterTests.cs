using Assistant.Bot.Reports.Writers;
using Assistant.Bot.Reports;

namespace Assistant.Tests.Reports;

public sealed class MarkdownReportWriterTests
{
    [Fact]
    public void Render_has_the_summary_headings_per_perspective_and_goal_and_one_row_per_activity()
    {
        var md = MarkdownReportWriter.Render(SampleReports.Create(since: new DateOnly(2024, 9, 1)));
        var lines = md.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.StartsWith("# Uppföljning – status per 30 september 2024", lines[0], StringComparison.Ordinal);
        Assert.Contains("| Klart | 1 | 20,0 % |", lines);
        Assert.Contains("| Ingen status | 1 | 20,0 % |", lines);
        Assert.Contains("| Totalt | 5 | 100,0 % |", lines);
        Assert.Contains("| Medarbetare | Goda arbetsplatser | 0 | 0 | 1 | 1 | 0 | 0 | 2 |", lines);
        Assert.Contains("**Försenade aktiviteter:** 1", lines);
        Assert.Contains(lines, l => l.StartsWith("| 2024-09-20 12:15 | Krisledning; övning | Pågår | Klart | Anna Berg | kort |", StringComparison.Ordinal));

        var order = new[] { "## Verksamhetsplan 2024 – Testnämnden", "### Sammanfattning", "### Ändringar sedan 1 september 2024", "### Samhälle", "#### Trygg kommun", "### Medarbetare", "#### Goda arbetsplatser", "#### Hållbart ledarskap" }
            .Select(h => lines.IndexOf(h)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);

        Assert.Contains(lines, l => l.StartsWith("| 2 | Miljöplan \\| gemensam | Q3 Q4 | Avd- c ÖVF, Avd- c VB | Pågår | Rad ett<br>rad två | import 2024-09-05 |", StringComparison.Ordinal));
        var activityRows = lines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\| \d+ \| ")).ToList();
        Assert.Equal(5, activityRows.Count);
        Assert.Contains("| 5 | Chefsmodell | Q4 | Direktören | Fortsätter från 2023 | @ledning | import 2024-09-05 |", lines);
    }

    [Fact]
    public void Every_plan_gets_its_own_section()
    {
        var md = MarkdownReportWriter.Render(SampleReports.WithTwoPlans());
        Assert.Equal(2, md.Split('\n').Count(l => l == "### Sammanfattning"));
        Assert.Contains("## Kompetensplan 2021", md, StringComparison.Ordinal);
    }
}

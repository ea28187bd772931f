using System.Globalization;
using System.Text.Json.Nodes;
using Assistant.Cards.Activities;
using Assistant.Cards.Model;
using Assistant.Cards.Text;
using CardStatusCount = Assistant.Cards.Activities.StatusCount;

namespace Assistant.Bot.Reports;

/// <summary>A plan's summary as the cards' ReportSummaryCard: counts per status and the overdue activities.</summary>
internal static class ReportSummaryCards
{
    public static JsonObject Build(PlanReport plan, DateOnly asOf, bool english)
    {
        var language = english ? CardLanguage.English : CardLanguage.Swedish;
        var period = english
            ? "as of " + asOf.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))
            : "status per " + ReportText.LongDate(asOf);
        var counts = plan.Summary.ByStatus.Select(c => new CardStatusCount(ReportStatuses.Style(c.Status), c.Count)).ToList();
        var overdue = plan.Summary.Overdue.Select(View).ToList();
        return ReportSummaryCard.Build(new ReportSummaryModel(plan.Title, period, counts, overdue), language).ToJsonObject();
    }

    private static ActivityView View(ActivityRow row) =>
        new(row.Id, row.Title, row.Owners, row.Deadline, ReportStatuses.Style(row.Status), row.Comment, row.Overdue)
        {
            Goal = row.Goal,
            ChangedBy = row.ReportedBy,
            ChangedAt = row.ReportedAt,
        };
}

using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Cards.Rendering;
using Assistant.Cards.Text;
using Assistant.Tests.Clock;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Answering;

/// <summary>
/// In Teams an activity answer is its card, not its text: whatever figure the answer states besides a list's items (a
/// link answer's forecast figure, the count per plan, a quoted sentence) or one activity's fields (the forecast figure
/// it relates to, a sub-activity's figure) must be on the card too. Checked over every development-set question over
/// the seeds whose answer is an activity card or a list card.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ListCardSeedTests
{
    [Fact]
    public async Task Every_figure_an_activity_answer_states_is_on_its_card()
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var presenter = new AnswerPresenter(new Fixed(knowledge), LocalClockTests.For(new FakeTimeProvider(new DateTimeOffset(2024, 9, 16, 10, 0, 0, TimeSpan.Zero))));
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Answering");
        var cases = Directory.GetFiles(folder, "blind-dev*.jsonl").SelectMany(BlindCase.Load).ToList();
        var checkedFigures = 0;
        var missing = new List<string>();
        foreach (var c in cases)
        {
            var answer = BlindJudge.Ask(c, knowledge);
            if (answer.Kind is not (AnswerKind.Activity or AnswerKind.ActivityList) || answer.ActivityIds.Count == 0)
            {
                continue;
            }

            var stated = Besides(answer.Text).SelectMany(AnswerChecks.Numbers).ToHashSet();
            var message = await presenter.PresentAsync(answer, c.Today, TestContext.Current.CancellationToken);
            var onCard = AnswerChecks.Numbers(Markdown.ToPlainText(PlainTextRenderer.Render(message.Card!))).ToHashSet();
            checkedFigures += stated.Count;
            missing.AddRange(stated.Where(n => !onCard.Contains(n)).Select(n => $"{c.Id}: {n}"));
        }

        Assert.True(checkedFigures >= 50, $"only {checkedFigures} figures were stated in activity answers: the check would prove little");
        Assert.True(missing.Count == 0, "figures in the answer's text that its card leaves out:\n" + string.Join('\n', missing));
    }

    /// <summary>The answer's lines other than its items ("- title — status; owner; deadline") and its source paragraph.</summary>
    private static IEnumerable<string> Besides(string text)
    {
        var lines = text.Split('\n');
        var source = Array.FindLastIndex(lines, l => l.StartsWith("Källa:", StringComparison.Ordinal) || l.StartsWith("Källor:", StringComparison.Ordinal)
            || l.StartsWith("Source:", StringComparison.Ordinal) || l.StartsWith("Sources:", StringComparison.Ordinal));
        return lines.Take(source < 0 ? lines.Length : source)
            .Where(l => !(l.TrimStart().StartsWith("- ", StringComparison.Ordinal) && l.Contains(" — ", StringComparison.Ordinal)));
    }

    private sealed class Fixed(KnowledgeSnapshot snapshot) : IKnowledgeCache
    {
        public ValueTask<KnowledgeSnapshot> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(snapshot);

        public void Invalidate()
        {
        }
    }
}

using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Cards.Text;
using Assistant.Tests.Cards;
using Assistant.Tests.Clock;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Answering;

/// <summary>
/// In Teams a list answer is its card, not its text: whatever figure the answer states besides its items (a link
/// answer's forecast figure, the count per plan, a quoted sentence) must be on the card too. Checked over every
/// development-set question over the seeds whose answer is a list card.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ListCardSeedTests
{
    [Fact]
    public async Task Every_figure_a_list_answer_states_besides_its_items_is_on_its_card()
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
            if (answer.Kind is not (AnswerKind.Activity or AnswerKind.ActivityList) || answer.ActivityIds.Distinct().Count() < 2)
            {
                continue;
            }

            var stated = Besides(answer.Text).SelectMany(AnswerChecks.Numbers).ToHashSet();
            var message = await presenter.PresentAsync(answer, c.Today, TestContext.Current.CancellationToken);
            var onCard = CardQuery.Texts(message.Card!).SelectMany(t => AnswerChecks.Numbers(Markdown.ToPlainText(t))).ToHashSet();
            checkedFigures += stated.Count;
            missing.AddRange(stated.Where(n => !onCard.Contains(n)).Select(n => $"{c.Id}: {n}"));
        }

        Assert.True(checkedFigures >= 50, $"only {checkedFigures} figures were stated besides list items: the check would prove little");
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

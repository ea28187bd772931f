using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Knowledge.Import;
using Assistant.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Tests.Answering;

/// <summary>
/// The real seed documents (../shared/seeds beside the repository), imported once per test run by the real importer into a
/// fresh SQLite database and loaded as the engine loads them. Null when the seeds are not there.
/// </summary>
public static class SeedKnowledge
{
    private static readonly Lazy<Task<KnowledgeSnapshot?>> Loaded = new(LoadAsync);

    /// <summary>The day the blind sets and the seed questions are asked on (the follow-up's status date is 31 August 2024).</summary>
    public static readonly DateOnly Today = new(2024, 9, 16);

    /// <summary>A question read and executed over the seeds as the chat does it: the query read, and its answer.</summary>
    public static async Task<(Assistant.Bot.Answering.Queries.ReadQuestion Read, Assistant.Bot.Answering.Answer Answer)> AskAsync(string question)
    {
        var knowledge = await GetAsync();
        var read = Assistant.Bot.Answering.Queries.QueryReader.Read(Assistant.Bot.Answering.Understanding.QuestionReader.Read(question, Today), knowledge);
        return (read, Assistant.Bot.Answering.Queries.QueryExecutor.Execute(read, knowledge));
    }

    /// <summary>A question asked over the seeds that the text answers: read as a passage question, and the answer has each
    /// of <paramref name="expected"/> (ordinal). The answer, for what a test checks beyond that.</summary>
    public static async Task<Assistant.Bot.Answering.Answer> PassageSaysAsync(string question, params string[] expected)
    {
        var (read, answer) = await AskAsync(question);
        Assert.Equal(Assistant.Bot.Answering.Queries.QueryTarget.Passage, read.Query.Target);
        foreach (var text in expected)
        {
            Assert.Contains(text, answer.Text, StringComparison.Ordinal);
        }

        return answer;
    }

    /// <summary>
    /// A private check of how far the passage search generalises: each question judged as the blind sets are (as a
    /// passage question from <c>Source</c>, each group of <c>Must</c> one of its "|"-separated words), no answer with a
    /// wrong number, and at least <paramref name="floor"/> right. The failures are printed, and named in the message.
    /// </summary>
    public static async Task PassageCheckAsync(string name, string idPrefix, IReadOnlyList<(string Question, string Source, string[] Must)> questions, int floor)
    {
        var knowledge = await GetAsync();
        var judge = new BlindJudge(knowledge);
        var report = new System.Text.StringBuilder();
        var right = 0;
        for (var i = 0; i < questions.Count; i++)
        {
            var (question, source, must) = questions[i];
            var c = new BlindCase($"{idPrefix}{i + 1:00}", question, Today, "passage", [.. must.Select(m => (IReadOnlyList<string>)m.Split('|'))], [], [], source);
            var verdict = judge.Judge(c, BlindJudge.Ask(c, knowledge));
            Assert.Empty(verdict.WrongNumbers);
            if (verdict.Right)
            {
                right++;
                continue;
            }

            report.AppendLine().AppendLine($"{c.Id} {question}").AppendLine("  " + string.Join("; ", verdict.Problems))
                .AppendLine("  " + verdict.Shown.Replace("\n", "\n  ", StringComparison.Ordinal));
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {right}/{questions.Count}" + report);
        Assert.True(right >= floor, $"{right}/{questions.Count} right, below the floor {floor}\n{report}");
    }

    public static string? SeedDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Assistant.sln")))
            {
                dir = dir.Parent;
            }

            // ../shared/seeds beside the repository; a worktree nested deeper finds it further up.
            for (var up = dir?.Parent; up is not null; up = up.Parent)
            {
                var seeds = Path.Combine(up.FullName, "shared", "seeds");
                if (Directory.Exists(seeds))
                {
                    return seeds;
                }
            }

            return null;
        }
    }

    public static string? ExamplesFile
    {
        get
        {
            var seeds = SeedDirectory;
            var file = seeds is null ? null : Path.Combine(Path.GetDirectoryName(seeds)!, "examples", "questions.md");
            return file is not null && File.Exists(file) ? file : null;
        }
    }

    /// <summary>The seed knowledge, or a skip with a clear message when ../shared/seeds is absent.</summary>
    public static async Task<KnowledgeSnapshot> GetAsync()
    {
        var snapshot = await Loaded.Value;
        if (snapshot is null)
        {
            Assert.Skip("../shared/seeds is not beside the repository: the seed acceptance tests need it.");
        }

        return snapshot;
    }

    private static async Task<KnowledgeSnapshot?> LoadAsync()
    {
        var seeds = SeedDirectory;
        if (seeds is null)
        {
            return null;
        }

        await using var db = await TestDatabase.CreateSqliteAsync();
        var importer = new DocumentImporter(db, TimeProvider.System, NullLogger<DocumentImporter>.Instance);
        foreach (var file in Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            await importer.ImportFileAsync(file, CancellationToken.None);
        }

        return await KnowledgeLoader.LoadAsync(db, CancellationToken.None);
    }
}

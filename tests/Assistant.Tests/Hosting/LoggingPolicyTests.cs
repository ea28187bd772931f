using System.Text.RegularExpressions;
using Assistant.Tests.Manifest;

namespace Assistant.Tests.Hosting;

/// <summary>
/// The house rule "never log tokens or message text above Trace", checked over every [LoggerMessage] in bot/: a
/// parameter or template hole whose name ends in a word like token, secret, password, text, body, comment or question
/// must be logged at Trace.
/// </summary>
public sealed partial class LoggingPolicyTests
{
    private static readonly HashSet<string> Sensitive = new(StringComparer.OrdinalIgnoreCase)
    {
        "token", "jwt", "bearer", "authorization", "password", "secret", "text", "body", "comment", "question", "utterance", "content",
    };

    [Fact]
    public void No_log_message_above_trace_carries_tokens_or_message_text()
    {
        var violations = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Find(), "bot"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Violations(File.ReadAllText(f), Path.GetRelativePath(RepositoryRoot.Find(), f)))
            .ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void Policy_check_finds_text_logged_at_information_and_allows_it_at_trace()
    {
        const string source = """
            [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Turn {ActivityId}: {MessageText}")]
            public static partial void Turn(ILogger logger, string activityId, string messageText);

            [LoggerMessage(2, LogLevel.Warning, "Token refresh failed, expires {TokenExpiry}")]
            public static partial void TokenRefreshFailed(ILogger logger, DateTimeOffset tokenExpiry, string accessToken);

            [LoggerMessage(EventId = 3, Level = LogLevel.Trace, Message = "Raw {Text}")]
            public static partial void Raw(ILogger logger, string text);

            [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Answered in {Milliseconds} ms, {TextLength} chars")]
            public static partial void Answered(ILogger logger, double milliseconds, int textLength);

            [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Imported {ExternalKey}")]
            public static partial void Imported(ILogger logger, string externalKey, string adminApiKey);
            """;
        var violations = Violations(source, "sample.cs");
        Assert.Equal(3, violations.Count);
        Assert.EndsWith("Imported logs adminApiKey at Information", violations[2], StringComparison.Ordinal);
        Assert.Contains("Turn", violations[0], StringComparison.Ordinal);
        Assert.Contains("messageText", violations[0], StringComparison.Ordinal);
        Assert.Contains("accessToken", violations[1], StringComparison.Ordinal);
    }

    private static List<string> Violations(string source, string file)
    {
        var result = new List<string>();
        foreach (Match match in LoggerMessage().Matches(source))
        {
            var attribute = match.Groups["args"].Value;
            var level = LevelPattern().Match(attribute).Groups[1].Value;
            if (level == "Trace")
            {
                continue;
            }

            var names = match.Groups["params"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !p.StartsWith("ILogger", StringComparison.Ordinal) && !p.StartsWith("Exception", StringComparison.Ordinal))
                .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1])
                .Concat(Hole().Matches(attribute).Select(h => h.Groups[1].Value));
            var bad = names.Where(n => Sensitive.Contains(LastWord(n)) || n.EndsWith("ApiKey", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
            if (bad.Count > 0)
            {
                result.Add($"{file}: {match.Groups["name"].Value} logs {string.Join(", ", bad)} at {(level.Length == 0 ? "a caller-chosen level" : level)}");
            }
        }

        return result;
    }

    private static string LastWord(string name) => WordPattern().Matches(name).LastOrDefault()?.Value ?? name;

    [GeneratedRegex(@"\[LoggerMessage\((?<args>(?:[^()\]""]|""[^""]*"")*)\)\]\s*(?:\[[^\]]*\]\s*)*[\w\s<>?.]*?\b(?<name>\w+)\s*\((?<params>[^)]*)\)\s*;", RegexOptions.Singleline)]
    private static partial Regex LoggerMessage();

    [GeneratedRegex(@"LogLevel\.(\w+)")]
    private static partial Regex LevelPattern();

    [GeneratedRegex(@"\{(\w+)(?:[:,][^}]*)?\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")]
    private static partial Regex WordPattern();
}

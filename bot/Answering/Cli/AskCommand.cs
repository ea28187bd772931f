using System.Text.Json;
using System.Text.Json.Serialization;
using Assistant.Bot.Cli;

namespace Assistant.Bot.Answering.Cli;

/// <summary>
/// `ask "QUESTION" [--as-of YYYY-MM-DD] [--user NAME-OR-ID] [--json]`: the answer the chat would give, as text, or as JSON
/// of {text, kind, sources, series, activityIds, suggestions}.
/// </summary>
public sealed class AskCommand(IAnswerEngine engine, TimeProvider time) : ICommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string Verb => "ask";

    public async Task<int> RunAsync(CommandArguments arguments, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var text = string.Join(' ', arguments.Positional).Trim();
        if (text.Length == 0)
        {
            throw new CommandLineException("usage: ask \"QUESTION\" [--as-of YYYY-MM-DD] [--user NAME-OR-ID] [--json]");
        }

        var today = arguments.GetDate("as-of") ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var user = arguments.Get("user");
        var answer = await engine.AnswerAsync(new Question(text, today, user, user, null), cancellationToken);
        if (arguments.Has("json"))
        {
            var reply = new AskReply(answer.Text, answer.Kind, answer.Language, answer.Sources, answer.Series, answer.ActivityIds, answer.Suggestions);
            await stdout.WriteLineAsync(JsonSerializer.Serialize(reply, Json));
        }
        else
        {
            await stdout.WriteLineAsync(answer.Text);
        }

        return 0;
    }

    private sealed record AskReply(
        string Text,
        AnswerKind Kind,
        AnswerLanguage Language,
        IReadOnlyList<SourceRef> Sources,
        Series? Series,
        IReadOnlyList<int> ActivityIds,
        IReadOnlyList<string> Suggestions);
}

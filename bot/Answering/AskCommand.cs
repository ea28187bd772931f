using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Assistant.Bot.Channel;
using Assistant.Bot.Cli;
using Assistant.Bot.Clock;
using Assistant.Bot.Conversation;
using Assistant.Cards.Model;
using Assistant.Cards.Rendering;

namespace Assistant.Bot.Answering;

/// <summary>
/// `ask "QUESTION" [--as-of YYYY-MM-DD] [--user NAME-OR-ID] [--json] [--explain]`: exactly what the chat would reply (the
/// same <see cref="ChatResponder"/> chat handlers, then the same <see cref="QuestionAnswerer"/>: the engine and its presenter), cards rendered as text; with --json the
/// reply activities (cards included) and the engine's structured answer {text, kind, sources, series, activityIds,
/// suggestions, itemCount, query}; with --explain the query the question was read into, on a line of its own first.
/// </summary>
public sealed class AskCommand(ChatResponder responder, QuestionAnswerer answerer, ILocalClock clock) : ICommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string Verb => "ask";

    public async Task<int> RunAsync(CommandArguments arguments, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        // "ask --explain QUESTION": the flag takes no value, so a value it caught is the question.
        var text = string.Join(' ', arguments.Positional.Prepend(arguments.Get("explain") ?? string.Empty)).Trim();
        if (text.Length == 0)
        {
            throw new CommandLineException("usage: ask \"QUESTION\" [--as-of YYYY-MM-DD] [--user NAME-OR-ID] [--json] [--explain]");
        }

        var today = arguments.GetDate("as-of") ?? clock.Today;
        var user = arguments.Get("user") ?? "cli";
        var message = new IncomingMessage(text, new UserRef(user, user, user, null), today, "sv-SE");
        var handled = await responder.TryHandlersAsync(message, cancellationToken);
        Answer? answer = null;
        if (handled is null)
        {
            (var reply, answer) = await answerer.AnswerWithDetailAsync(message, cancellationToken);
            handled = [reply];
        }

        var response = (Messages: handled, Answer: answer);
        if (arguments.Has("explain"))
        {
            await stdout.WriteLineAsync("Query: " + (response.Answer?.Query?.Describe() ?? "(answered by a chat handler, not the engine)"));
            if (response.Answer?.Query is { Readings.Count: > 0 } query)
            {
                await stdout.WriteLineAsync("Readings (score, evidence), best first:");
                foreach (var reading in query.Readings)
                {
                    await stdout.WriteLineAsync("  " + reading);
                }

                await stdout.WriteLineAsync("Chosen: " + query.Decision);
            }
        }

        if (arguments.Has("json"))
        {
            var reply = new AskReply(
                answer?.Text ?? string.Join("\n\n", response.Messages.Select(m => m.Text)),
                answer?.Kind,
                answer?.Language,
                answer?.Sources ?? [],
                answer?.Series,
                answer?.ActivityIds ?? [],
                answer?.Suggestions ?? [],
                answer?.ItemCount,
                answer?.Query,
                [.. response.Messages.Select(ToActivity)]);
            await stdout.WriteLineAsync(JsonSerializer.Serialize(reply, Json));
        }
        else
        {
            await stdout.WriteLineAsync(string.Join("\n\n", response.Messages.Select(Render)));
        }

        return 0;
    }

    /// <summary>What the chat shows: the card when there is one (as text), else the message text.</summary>
    private static string Render(OutgoingMessage message) =>
        message.Card is null ? message.Text : PlainTextRenderer.Render(message.Card).TrimEnd();

    /// <summary>The message as the Bot Framework activity the channel would send (text, or summary + card attachment).</summary>
    private static JsonObject ToActivity(OutgoingMessage message)
    {
        var activity = new JsonObject { ["type"] = "message" };
        if (message.Card is null)
        {
            activity["text"] = message.Text;
            return activity;
        }

        activity["summary"] = message.Text;
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = AdaptiveCard.ContentType,
            ["content"] = message.Card.DeepClone(),
        });
        return activity;
    }

    private sealed record AskReply(
        string Text,
        AnswerKind? Kind,
        AnswerLanguage? Language,
        IReadOnlyList<SourceRef> Sources,
        Series? Series,
        IReadOnlyList<int> ActivityIds,
        IReadOnlyList<string> Suggestions,
        int? ItemCount,
        Queries.AnswerQuery? Query,
        IReadOnlyList<JsonObject> Activities);
}

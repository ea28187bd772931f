using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Assistant.Bot.Answering;
using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;
using Assistant.Bot.Reports.Chat;

namespace Assistant.Tests.Channel.Infrastructure;

/// <summary>
/// The answering engine is built on another branch; this one answers with the question it was asked, so a test can see
/// exactly what the channel made of the message. It can be made slow to show the typing indicator.
/// </summary>
internal sealed class EchoAnswerEngine : IAnswerEngine
{
    public ConcurrentQueue<Question> Questions { get; } = new();

    public TimeSpan Delay { get; set; }

    /// <summary>Thrown by the next answers instead of answering (a bug, or a database that does not answer).</summary>
    public Exception? Throw { get; set; }

    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        Questions.Enqueue(question);
        if (Throw is not null)
        {
            throw Throw;
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        return new Answer($"Du frågade: {question.Text}", AnswerLanguage.Swedish, AnswerKind.Passage, [new SourceRef(1, "Testkälla", null, 2024)]);
    }
}

/// <summary>A feature's chat handler: takes "rapport ..." before the engine.</summary>
internal sealed class ReportChatHandler : IChatHandler
{
    public int Order => 10;

    public Task<IReadOnlyList<OutgoingMessage>?> TryHandleAsync(IncomingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutgoingMessage>?>(message.Text.StartsWith("rapport", StringComparison.OrdinalIgnoreCase)
            ? [new OutgoingMessage($"Rapporten för {message.Text[7..].Trim()} tas fram.")]
            : null);
}

/// <summary>A feature's card: "saveStatus" records and turns the card into a receipt; "refuse" says no.</summary>
internal sealed class StatusCardHandler : ICardActionHandler
{
    public ConcurrentQueue<CardAction> Actions { get; } = new();

    public bool CanHandle(string verb) => verb is "saveStatus" or "refuse";

    public Task<CardActionResult> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        Actions.Enqueue(action);
        if (action.Verb == "refuse")
        {
            return Task.FromResult(new CardActionResult(403, new OutgoingMessage("Du är inte ansvarig för aktiviteten."), UpdateOriginal: false));
        }

        var status = action.Data.TryGetProperty("status", out var s) ? s.GetString() : null;
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = $"Status sparad: {status}", ["wrap"] = true }),
        };
        return Task.FromResult(new CardActionResult(200, new OutgoingMessage($"Status sparad: {status}", card), UpdateOriginal: true));
    }
}

/// <summary>A presenter as the cards branch plugs in: the answer's text plus a card.</summary>
internal sealed class CardAnswerPresenter : IAnswerPresenter
{
    public Task<OutgoingMessage> PresentAsync(Answer answer, CancellationToken cancellationToken) =>
        Task.FromResult(new OutgoingMessage(answer.Text, new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = answer.Text, ["wrap"] = true }),
        }));
}

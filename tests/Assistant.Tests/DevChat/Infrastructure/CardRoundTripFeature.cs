using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;

namespace Assistant.Tests.DevChat.Infrastructure;

/// <summary>
/// A small feature for the protocol tests, shaped like the real ones: "ping" is answered with who asked, "kort" with a
/// card whose Action.Execute (with its Action.Submit fallback) carries verb "dlTestSave"; the action replaces the card
/// with a receipt for everyone, as the reminder card does.
/// </summary>
internal sealed class CardRoundTripFeature : IChatHandler, ICardActionHandler
{
    public const string Verb = "dlTestSave";

    public ConcurrentQueue<CardAction> Actions { get; } = new();

    public int Order => -1000;

    public Task<IReadOnlyList<OutgoingMessage>?> TryHandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        IReadOnlyList<OutgoingMessage>? reply = message.Text switch
        {
            "ping" => [new OutgoingMessage($"pong {message.User.Name} {message.User.Id} {message.User.AadObjectId}")],
            "kort" => [new OutgoingMessage("Ett kort", Card())],
            _ => null,
        };
        return Task.FromResult(reply);
    }

    public bool CanHandle(string verb) => verb == Verb;

    public Task<CardActionResult> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        Actions.Enqueue(action);
        var note = action.Data.TryGetProperty("note", out var n) ? n.GetString() : null;
        var receipt = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = $"Sparat: {note}" }),
        };
        return Task.FromResult(new CardActionResult(200, new OutgoingMessage($"Sparat: {note}", receipt), UpdateOriginal: true));
    }

    public static JsonObject Card()
    {
        var data = new JsonObject { ["verb"] = Verb, ["ticket"] = 7 };
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = "Skriv en anteckning" },
                new JsonObject { ["type"] = "Input.Text", ["id"] = "note", ["label"] = "Anteckning" }),
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "Action.Execute",
                ["title"] = "Spara",
                ["verb"] = Verb,
                ["data"] = data,
                ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = "Spara", ["data"] = data.DeepClone() },
            }),
        };
    }
}

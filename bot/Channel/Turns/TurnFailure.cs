using System.Data.Common;
using Assistant.Bot.Channel.Schema;

namespace Assistant.Bot.Channel.Turns;

/// <summary>
/// What a turn that threw becomes. A transient failure (the database or a network call not answering, a timeout) is
/// worth the channel's redelivery: the request answers 500 and the activity is released so the retry handles it.
/// Anything else (a bug, bad data) would fail the same way again: the user gets a short "Något gick fel" reply and the
/// request answers 200 (an invoke its own 200 response), so the channel does not retry it.
/// </summary>
public static class TurnFailure
{
    public const string Text = "Något gick fel, försök igen om en stund. / Something went wrong, please try again in a moment.";

    /// <summary>Failures a retry of the same activity may get past.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        DbException or TimeoutException or HttpRequestException or Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => true,
        OperationCanceledException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransient),
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };

    /// <summary>Tells the user; false when the reply could not be sent (then the caller's answer stays the error's).</summary>
    public static async Task<bool> TellUserAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!turn.CanReply || turn.Activity.Type is not ActivityTypes.Message)
        {
            return true;
        }

        try
        {
            var reply = new Activity { Type = ActivityTypes.Message, Text = Text, TextFormat = "plain" };
            return (await turn.ReplyAsync(reply, cancellationToken)).Succeeded;
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The invoke answer after a failure: for an Adaptive Card action, the message response Teams shows.</summary>
    public static InvokeResponse InvokeAnswer(Activity activity) =>
        string.Equals(activity.Name, InvokeNames.AdaptiveCardAction, StringComparison.Ordinal)
            ? InvokeResponse.AdaptiveCard(200, "application/vnd.microsoft.activity.message", Text)
            : new InvokeResponse(200);
}

using Assistant.Bot.Channel.Schema;

namespace Assistant.Bot.Channel;

/// <summary>Turns an <see cref="OutgoingMessage"/> into a message activity.</summary>
public static class ActivityFactory
{
    /// <summary>
    /// Text alone goes out as markdown text. With a card, the text becomes the activity's summary (the notification
    /// preview) and the card the one attachment, so Teams does not show the same content twice.
    /// </summary>
    public static Activity Message(OutgoingMessage message, string? locale = null)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Locale = locale };
        if (message.File is { } file)
        {
            activity.Text = message.Text;
            activity.TextFormat = "markdown";
            activity.Attachments = [new Attachment { ContentType = file.ContentType, Name = file.Name, ContentUrl = file.ContentUrl, Content = file.Content?.DeepClone() }];
            return activity;
        }

        if (message.Card is null)
        {
            activity.Text = message.Text;
            activity.TextFormat = "markdown";
            return activity;
        }

        activity.Summary = message.Text;
        activity.Attachments =
        [
            new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = message.Card.DeepClone() },
        ];
        return activity;
    }
}

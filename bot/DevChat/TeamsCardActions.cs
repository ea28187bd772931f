using System.Text.Json.Nodes;

namespace Assistant.Bot.DevChat;

/// <summary>
/// Our cards use Teams' Action.Submit conventions: data {"msteams":{"type":"imBack","value":"text"}} makes Teams send
/// the text as if the user typed it, and "messageBack" sends {text, value}. Web Chat knows neither and posts the data
/// as a value; the embedded Direct Line turns it into what Teams would have sent.
/// </summary>
public static class TeamsCardActions
{
    public static void Normalize(JsonObject activity)
    {
        if (activity["value"] is not JsonObject value || value["msteams"] is not JsonObject msteams
            || !string.IsNullOrWhiteSpace(DirectLineHttp.String(activity["text"])))
        {
            return;
        }

        switch (DirectLineHttp.String(msteams["type"]))
        {
            case "imBack" when DirectLineHttp.String(msteams["value"]) is { } text:
                activity["text"] = text;
                activity.Remove("value");
                break;
            case "messageBack":
                if (DirectLineHttp.String(msteams["text"]) is { } said)
                {
                    activity["text"] = said;
                }

                value.Remove("msteams");
                if (msteams["value"] is JsonObject carried)
                {
                    activity["value"] = carried.DeepClone();
                }
                else if (value.Count == 0)
                {
                    activity.Remove("value");
                }

                break;
        }
    }
}

using System.Text.Json.Nodes;

namespace Assistant.LoadTest;

/// <summary>Teams personal-chat message activities as the channel posts them, one conversation per virtual user.</summary>
public static class Activities
{
    /// <summary>Real questions of the kinds people ask (forecasts, statuses, owners, key figures, passages).</summary>
    public static readonly string[] Questions =
    [
        "Vad är personalbehovet för undersköterskor 2021?",
        "Hur många socialsekreterare behöver vi rekrytera 2019?",
        "What is the recruitment need for personal assistants in 2024?",
        "Rekryteringsbehov totalt 2027",
        "Vilken status har aktiviteten om språkkunskaper?",
        "Vem ansvarar för revideringen av riktlinjerna för FAS2?",
        "Hur många aktiviteter kvarstår?",
        "Vad var sjukfrånvaron 2013?",
    ];

    public static JsonObject Message(string serviceUrl, int user, long sequence, string text) => new()
    {
        ["type"] = "message",
        ["id"] = $"load-{user}-{sequence}-{Guid.NewGuid():N}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:load-user-{user}", ["name"] = $"Användare {user}", ["aadObjectId"] = $"00000000-0000-4000-8000-{user:000000000000}" },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = "7c2e4a90-5b1d-4f3e-8a6c-9d0b1e2f3a4b", ["id"] = $"a:load-conversation-{user}" },
        ["recipient"] = new JsonObject { ["id"] = "28:bench-bot", ["name"] = "Assistent" },
        ["textFormat"] = "plain",
        ["locale"] = "sv-SE",
        ["text"] = text,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "7c2e4a90-5b1d-4f3e-8a6c-9d0b1e2f3a4b" } },
    };
}

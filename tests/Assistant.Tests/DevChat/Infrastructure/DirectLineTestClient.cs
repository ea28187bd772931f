using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Assistant.Tests.DevChat.Infrastructure;

/// <summary>A Direct Line 3.0 client doing what botframework-directlinejs does with webSocket: false.</summary>
internal sealed class DirectLineTestClient(HttpClient http)
{
    public string? Token { get; set; }

    public string? ConversationId { get; set; }

    public string Watermark { get; private set; } = string.Empty;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>POST tokens/generate as <paramref name="userId"/> (a guest when null).</summary>
    public async Task<JsonObject> GenerateAsync(string? userId = null)
    {
        var body = userId is null ? new JsonObject() : new JsonObject { ["user"] = new JsonObject { ["id"] = userId } };
        var (status, answer) = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", body, authorize: false);
        Assert.Equal(HttpStatusCode.OK, status);
        Token = answer!["token"]!.GetValue<string>();
        ConversationId = answer["conversationId"]!.GetValue<string>();
        return answer;
    }

    /// <summary>POST conversations with the token.</summary>
    public Task<(HttpStatusCode Status, JsonObject? Body)> StartAsync() =>
        SendAsync(HttpMethod.Post, "/v3/directline/conversations", new JsonObject { ["locale"] = "sv-SE" });

    /// <returns>The id the service gave the activity.</returns>
    public async Task<string> PostAsync(JsonObject activity)
    {
        var (status, answer) = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", activity);
        Assert.Equal(HttpStatusCode.OK, status);
        return answer!["id"]!.GetValue<string>();
    }

    public Task<string> SayAsync(string text) => PostAsync(new JsonObject
    {
        ["type"] = "message",
        ["text"] = text,
        ["locale"] = "sv-SE",
        ["from"] = new JsonObject { ["id"] = "whoever-the-client-says" },
        ["channelData"] = new JsonObject { ["clientActivityId"] = Guid.NewGuid().ToString("N") },
    });

    /// <summary>GET activities since the current watermark; advances it.</summary>
    public async Task<IReadOnlyList<JsonObject>> PollAsync()
    {
        var (status, answer) = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={Watermark}", null);
        Assert.Equal(HttpStatusCode.OK, status);
        Watermark = answer!["watermark"]!.GetValue<string>();
        return [.. answer["activities"]!.AsArray().OfType<JsonObject>()];
    }

    /// <summary>Polls until an activity matches (up to 10 s); everything seen on the way is collected.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, List<JsonObject>? seen = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            foreach (var activity in await PollAsync())
            {
                seen?.Add(activity);
                if (match(activity))
                {
                    return activity;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, "The awaited activity did not arrive within 10 s.");
            await Task.Delay(100, Cancel);
        }
    }

    public async Task<(HttpStatusCode Status, JsonObject? Body)> SendAsync(HttpMethod method, string path, JsonObject? body, bool authorize = true)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        if (authorize && Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        using var response = await http.SendAsync(request, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject);
    }
}

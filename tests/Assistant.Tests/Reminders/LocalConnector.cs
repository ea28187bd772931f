using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Assistant.Tests.Channel.Infrastructure;

namespace Assistant.Tests.Reminders;

/// <summary>
/// A Bot Connector stand-in over real HTTP on loopback: POST v3/conversations/{id}/activities is answered by
/// <see cref="Refuse"/> (a status and an optional Retry-After) or accepted with 201 {"id"} and recorded.
/// </summary>
internal sealed class LocalConnector : IAsyncDisposable
{
    private WebApplication _app = null!;
    private int _requests;

    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Accepted activities: conversation id → the activity JSON.</summary>
    public ConcurrentQueue<(string ConversationId, JsonObject Activity)> Accepted { get; } = new();

    /// <summary>Attempts per conversation (including refused ones).</summary>
    public ConcurrentDictionary<string, int> Attempts { get; } = new();

    public int Requests => _requests;

    /// <summary>Updates (PUT .../activities/{id}): conversation, activity id, the new activity.</summary>
    public ConcurrentQueue<(string ConversationId, string ActivityId, JsonObject Activity)> Updated { get; } = new();

    /// <summary>Replies (POST .../activities/{id}): conversation, replied-to id, the reply.</summary>
    public ConcurrentQueue<(string ConversationId, string ReplyToId, JsonObject Activity)> Replies { get; } = new();

    /// <summary>(conversation, attempt number for it) → a refusal, or null to accept.</summary>
    public Func<string, int, (int Status, string? RetryAfter)?> Refuse { get; set; } = (_, _) => null;

    public static async Task<LocalConnector> StartAsync()
    {
        var connector = new LocalConnector();
        connector._app = await LocalServer.StartAsync(app => connector.Map(app));
        connector.ServiceUrl = LocalServer.UrlOf(connector._app) + "/";
        return connector;
    }

    private void Map(WebApplication app)
    {
        var connector = this;
        app.MapPost("/v3/conversations/{conversationId}/activities", async (string conversationId, HttpContext context) =>
        {
            Interlocked.Increment(ref connector._requests);
            var attempt = connector.Attempts.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
            var activity = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!.AsObject();
            if (connector.Refuse(conversationId, attempt) is { } refusal)
            {
                if (refusal.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = refusal.RetryAfter;
                }

                var code = refusal.Status == 429 ? "Throttled" : "ServiceUnavailable";
                return Results.Json(new { error = new { code, message = "try again later" } }, statusCode: refusal.Status);
            }

            connector.Accepted.Enqueue((conversationId, activity));
            return Results.Json(new { id = $"1:{Guid.NewGuid():N}" }, statusCode: 201);
        });
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", async (string conversationId, string activityId, HttpContext context) =>
        {
            var activity = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!.AsObject();
            connector.Updated.Enqueue((conversationId, activityId, activity));
            return Results.Json(new { id = activityId });
        });
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", async (string conversationId, string activityId, HttpContext context) =>
        {
            var activity = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!.AsObject();
            connector.Replies.Enqueue((conversationId, activityId, activity));
            return Results.Json(new { id = $"1:{Guid.NewGuid():N}" }, statusCode: 201);
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

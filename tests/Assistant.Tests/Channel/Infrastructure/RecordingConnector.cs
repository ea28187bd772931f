using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Assistant.Tests.Channel.Infrastructure;

/// <summary>One request the bot made to the connector, as it arrived.</summary>
internal sealed record ConnectorRequest(string Method, string RawTarget, string? ConversationId, string? ActivityId, string? Authorization, string BodyText)
{
    public JsonNode? Body => string.IsNullOrWhiteSpace(BodyText) ? null : JsonNode.Parse(BodyText);

    public string? Type => Body?["type"]?.GetValue<string>();
}

/// <summary>An answer to give instead of the default success.</summary>
internal sealed record ScriptedResponse(int Status, string? Body = null, string? RetryAfter = null);

/// <summary>
/// Stands in for the Bot Connector (smba.trafficmanager.net) on a real local port, under a path prefix as the real
/// service URLs have ("/teams/"). Records every request; answers as scripted, else 200 with a new activity id.
/// </summary>
internal sealed class RecordingConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private WebApplication? _app;
    private int _ids;

    public string ServiceUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<ConnectorRequest> Requests { get; } = new();

    public IReadOnlyList<ConnectorRequest> Activities => [.. Requests.Where(r => r.RawTarget.Contains("/activities", StringComparison.Ordinal))];

    /// <summary>Messages (not typing) the bot sent or updated.</summary>
    public IReadOnlyList<ConnectorRequest> Messages => [.. Activities.Where(r => r.Type == "message")];

    public static async Task<RecordingConnector> StartAsync()
    {
        var connector = new RecordingConnector();
        connector._app = await LocalServer.StartAsync(app =>
        {
            Delegate create = (HttpContext c) => connector.RecordAsync(c, null, null);
            app.MapPost("/teams/v3/conversations", create);
            app.MapPost("/teams/v3/conversations/{conversationId}/activities", (HttpContext c, string conversationId) => connector.RecordAsync(c, conversationId, null));
            app.MapMethods("/teams/v3/conversations/{conversationId}/activities/{activityId}", ["POST", "PUT", "DELETE"],
                (HttpContext c, string conversationId, string activityId) => connector.RecordAsync(c, conversationId, activityId));
        });
        connector.ServiceUrl = LocalServer.UrlOf(connector._app) + "/teams/";
        return connector;
    }

    public void Script(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    public void Clear() => Requests.Clear();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task<IResult> RecordAsync(HttpContext context, string? conversationId, string? activityId)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path;
        Requests.Enqueue(new ConnectorRequest(context.Request.Method, target, conversationId, activityId, context.Request.Headers.Authorization.ToString(), body));

        if (_script.TryDequeue(out var scripted))
        {
            if (scripted.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = scripted.RetryAfter;
            }

            return Results.Text(scripted.Body ?? string.Empty, "application/json", statusCode: scripted.Status);
        }

        var id = $"activity-{Interlocked.Increment(ref _ids)}";
        if (conversationId is null)
        {
            return Results.Text(new JsonObject { ["id"] = "a:new-personal-conversation", ["activityId"] = id }.ToJsonString(), "application/json", statusCode: 201);
        }

        return Results.Text(new JsonObject { ["id"] = id }.ToJsonString(), "application/json", statusCode: context.Request.Method == "POST" ? 201 : 200);
    }
}

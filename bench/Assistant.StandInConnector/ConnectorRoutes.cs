using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Assistant.StandInConnector;

/// <summary>The Bot Connector calls the bot makes, plus /stats and /reset for the harness.</summary>
public static class ConnectorRoutes
{
    public static IEndpointRouteBuilder MapStandInConnector(this IEndpointRouteBuilder app, ConnectorState state)
    {
        app.MapPost("/v3/conversations", (HttpContext context) => state.CreateConversation(context));
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpContext context) => state.AcceptAsync(conversationId, context));
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, HttpContext context) => state.AcceptAsync(conversationId, context));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, HttpContext context) => state.AcceptAsync(conversationId, context));
        app.MapGet("/stats", () => Results.Json(state.Stats()));
        app.MapPost("/reset", () =>
        {
            state.Reset();
            return Results.Ok();
        });
        return app;
    }
}

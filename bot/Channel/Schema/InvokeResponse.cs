using System.Text.Json.Nodes;

namespace Assistant.Bot.Channel.Schema;

/// <summary>What an invoke turn answers: the HTTP status and the JSON body (none for a bare status).</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body = null)
{
    /// <summary>
    /// The Universal Actions answer (HTTP 200, body {statusCode, type, value}); see docs/protocol.md §4 and the SDK's
    /// AdaptiveCardInvokeResponse (botbuilder-dotnet libraries/Microsoft.Bot.Schema/AdaptiveCardInvokeResponse.cs).
    /// </summary>
    public static InvokeResponse AdaptiveCard(int statusCode, string type, JsonNode? value, int httpStatus = 200) =>
        new(httpStatus, new JsonObject
        {
            ["statusCode"] = statusCode,
            ["type"] = type,
            ["value"] = value,
        });

    /// <summary>An error for the card to show: type application/vnd.microsoft.error, value {code, message}.</summary>
    public static InvokeResponse AdaptiveCardError(int statusCode, string code, string message, int httpStatus = 200) =>
        AdaptiveCard(statusCode, ContentTypes.Error, new JsonObject { ["code"] = code, ["message"] = message }, httpStatus);
}

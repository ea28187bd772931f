using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;

namespace Assistant.Bot.DevChat;

/// <summary>Request and response helpers shared by the client API and the connector API: bad input never throws.</summary>
public static class DirectLineHttp
{
    /// <summary>The body as a JSON object, within the size limit; an empty body is an empty object when allowed.</summary>
    public static async Task<(JsonObject? Body, IResult? Error)> ReadObjectAsync(HttpRequest request, int maxBytes, bool allowEmpty, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The body is larger than allowed."));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        using var buffer = new MemoryStream();
        try
        {
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (null, Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The body is larger than allowed."));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            return (null, Error(e.StatusCode, "BadArgument", "The body could not be read."));
        }

        if (buffer.Length == 0)
        {
            return allowEmpty ? ([], null) : (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is empty."));
        }

        if (!IsJson(request.ContentType))
        {
            // A browser's cross-site form post (text/plain, form-urlencoded) needs no preflight: a body must say JSON.
            return (null, Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "Content-Type must be application/json."));
        }

        try
        {
            return JsonNode.Parse(buffer.ToArray()) is JsonObject body
                ? (body, null)
                : (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not a JSON object."));
        }
        catch (JsonException)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not valid JSON."));
        }
    }

    /// <summary>application/json, with or without parameters (charset=utf-8).</summary>
    public static bool IsJson(string? contentType) =>
        contentType is not null
        && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Direct Line / Bot Connector error body: {"error":{"code","message"}}.</summary>
    public static IResult Error(int statusCode, string code, string message) =>
        Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, statusCode);

    public static IResult Json(JsonObject body, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(), "application/json; charset=utf-8", statusCode: statusCode);

    /// <summary>The bearer token of the request, or null.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && header.Length > prefix.Length
            ? header[prefix.Length..].Trim()
            : null;
    }

    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}

using System.Text.Json;
using Assistant.Bot.Channel.Schema;
using Microsoft.AspNetCore.Http.Features;

namespace Assistant.Bot.Channel.Endpoint;

/// <summary>Reads the request body as an activity, within the size limit, never throwing for bad input.</summary>
public static class ActivityReader
{
    public static async Task<ReadResult> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return ReadResult.Fail(StatusCodes.Status413PayloadTooLarge, "The body is larger than allowed.");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return ReadResult.Fail(StatusCodes.Status413PayloadTooLarge, "The body is larger than allowed.");
                }

                buffer.Write(chunk, 0, read);
            }

            body = buffer.ToArray();
        }
        catch (BadHttpRequestException e)
        {
            return ReadResult.Fail(e.StatusCode, "The body could not be read.");
        }

        if (body.Length == 0)
        {
            return ReadResult.Fail(StatusCodes.Status400BadRequest, "The body is empty.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, ChannelJsonContext.Default.Activity);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return ReadResult.Fail(StatusCodes.Status400BadRequest, "The body is not an activity (malformed JSON).");
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return ReadResult.Fail(StatusCodes.Status400BadRequest, "The activity has no type.");
        }

        return new ReadResult(activity, StatusCodes.Status200OK, null);
    }
}

public sealed record ReadResult(Activity? Activity, int StatusCode, string? Error)
{
    public static ReadResult Fail(int statusCode, string error) => new(null, statusCode, error);
}

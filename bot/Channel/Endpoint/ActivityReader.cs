using System.Buffers;
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
            body = request.ContentLength is { } length
                ? await ReadSizedAsync(request.Body, (int)length, cancellationToken)
                : await ReadChunkedAsync(request.Body, maxBytes, cancellationToken);
        }
        catch (Exception e) when (e is BadHttpRequestException or EndOfStreamException)
        {
            return ReadResult.Fail((e as BadHttpRequestException)?.StatusCode ?? StatusCodes.Status400BadRequest, "The body could not be read.");
        }

        if (body.Length > maxBytes)
        {
            return ReadResult.Fail(StatusCodes.Status413PayloadTooLarge, "The body is larger than allowed.");
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

    /// <summary>A body with Content-Length (the Bot Connector sends one): read into an array of exactly that size.</summary>
    private static async Task<byte[]> ReadSizedAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        await body.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }

    /// <summary>A chunked body: read through a pooled buffer, stopping one byte past the limit.</summary>
    private static async Task<byte[]> ReadChunkedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while (buffer.Length <= maxBytes && (read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}

public sealed record ReadResult(Activity? Activity, int StatusCode, string? Error)
{
    public static ReadResult Fail(int statusCode, string error) => new(null, statusCode, error);
}

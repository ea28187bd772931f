using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Assistant.Bot.Channel.Authentication;
using Assistant.Bot.Channel.Schema;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channel.Connector;

/// <summary>
/// The Bot Connector client (typed HttpClient). Retries 429 (after Retry-After when given), 412, 502, 503 and 504 with
/// exponential backoff and jitter, at most MaxRetries times; nothing else is retried (a POST that failed otherwise may
/// have been delivered). Ids are URI-escaped as botbuilder-dotnet Conversations.cs does.
/// </summary>
public sealed class ConnectorClient(
    HttpClient http,
    IBotTokenProvider tokens,
    ConnectorThrottle throttle,
    ServiceUrlRegistry serviceUrls,
    IOptions<ConnectorOptions> options,
    TimeProvider time,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    private static readonly HashSet<HttpStatusCode> Retryable =
    [
        HttpStatusCode.TooManyRequests,
        HttpStatusCode.PreconditionFailed,
        HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable,
        HttpStatusCode.GatewayTimeout,
    ];

    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, ChannelJson.Wire.Activity, ChannelJsonContext.Default.ResourceResponse, activity.TenantId, conversationId, "send", cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, ChannelJson.Wire.Activity, ChannelJsonContext.Default.ResourceResponse, activity.TenantId, conversationId, "reply", cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, ChannelJson.Wire.Activity, ChannelJsonContext.Default.ResourceResponse, activity.TenantId, conversationId, "update", cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, string? tenantId, CancellationToken cancellationToken) =>
        SendAsync<Activity, ResourceResponse>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, null, ChannelJsonContext.Default.ResourceResponse, tenantId, conversationId, "delete", cancellationToken);

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, ChannelJson.Wire.ConversationParameters, ChannelJsonContext.Default.ConversationResourceResponse, parameters.TenantId, null, "createConversation", cancellationToken);

    private static string Escape(string id) => Uri.EscapeDataString(id);

    private async Task<ConnectorResult<TResponse>> SendAsync<TBody, TResponse>(
        HttpMethod method,
        string serviceUrl,
        string path,
        TBody? body,
        JsonTypeInfo<TBody>? bodyType,
        JsonTypeInfo<TResponse> responseType,
        string? tenantId,
        string? conversationId,
        string operation,
        CancellationToken cancellationToken)
        where TBody : class
        where TResponse : class
    {
        if (!await serviceUrls.IsAllowedAsync(serviceUrl, cancellationToken))
        {
            Log.ServiceUrlRefused(logger, operation, LogText.Clean(serviceUrl)!);
            return ConnectorResult<TResponse>.Refused(LocalErrorCodes.ServiceUrlNotAllowed, "The serviceUrl did not come from an authenticated activity and is not configured.");
        }

        var url = new Uri(new Uri(ServiceUrlRegistry.Normalize(serviceUrl)!), path);
        var settings = options.Value;

        // Serialized once for every attempt, and sent with a Content-Length: a streamed JsonContent would go out
        // chunked, in more writes to the socket than the one a sized body needs.
        var payload = body is not null && bodyType is not null ? JsonSerializer.SerializeToUtf8Bytes(body, bodyType) : null;
        var tokenRenewed = false;
        for (var attempt = 1; ; attempt++)
        {
            if (!await throttle.WaitAsync(tenantId, conversationId, cancellationToken))
            {
                return new(false, 429, null, LocalErrorCodes.Throttled, "The local throttle would wait too long.", attempt - 1);
            }

            var token = await tokens.GetTokenAsync(cancellationToken);
            if (!token.Succeeded)
            {
                return new(false, token.StatusCode, null, LocalErrorCodes.TokenUnavailable, token.Error, attempt - 1);
            }

            using var request = new HttpRequestMessage(method, url);
            if (token.AccessToken is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
            }

            if (payload is not null)
            {
                request.Content = new ByteArrayContent(payload) { Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") } };
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.Timeout);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, timeout.Token);
            }
            catch (HttpRequestException e)
            {
                Log.ConnectorUnreachable(logger, operation, e.HttpRequestError.ToString());
                return new(false, 0, null, LocalErrorCodes.ConnectionFailed, "The connector could not be reached.", attempt);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Log.ConnectorTimedOut(logger, operation, settings.Timeout);
                return new(false, 0, null, LocalErrorCodes.Timeout, "The connector did not answer in time.", attempt);
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    return new(true, status, await ReadAsync(response, responseType, cancellationToken), Attempts: attempt);
                }

                if (response.StatusCode == HttpStatusCode.Unauthorized && token.AccessToken is not null && !tokenRenewed)
                {
                    // The cached token was revoked or the secret rotated: a fresh token, once.
                    tokenRenewed = true;
                    tokens.Invalidate();
                    Log.TokenRejected(logger, operation);
                    continue;
                }

                var error = await ReadAsync(response, ChannelJsonContext.Default.ErrorResponse, cancellationToken);
                if (Retryable.Contains(response.StatusCode) && attempt <= settings.MaxRetries
                    && Delay(response, attempt, settings) is { } delay)
                {
                    Log.ConnectorRetry(logger, operation, status, attempt, delay);
                    await Task.Delay(delay, time, cancellationToken);
                    continue;
                }

                Log.ConnectorFailed(logger, operation, status, error?.Error?.Code, attempt);
                return new(false, status, null, error?.Error?.Code, error?.Error?.Message, attempt);
            }
        }
    }

    /// <summary>Retry-After when the connector gives it, else exponential backoff with equal jitter; null = give up.</summary>
    private TimeSpan? Delay(HttpResponseMessage response, int attempt, ConnectorOptions settings)
    {
        var retryAfter = response.Headers.RetryAfter;
        TimeSpan? asked = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : null);
        if (asked is { } wait)
        {
            return wait > settings.MaxDelay ? null : (wait < TimeSpan.Zero ? TimeSpan.Zero : wait);
        }

        var cap = settings.BaseDelay * Math.Pow(2, attempt - 1);
        if (cap > settings.MaxDelay)
        {
            cap = settings.MaxDelay;
        }

        return (cap / 2) + (cap / 2 * Random.Shared.NextDouble());
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize(text, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

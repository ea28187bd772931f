using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Assistant.StandInConnector;

/// <summary>What the stand-in connector accepted and refused, and its rate limit (a one-second token bucket).</summary>
public sealed class ConnectorState(ConnectorOptions options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, int> _messages = new(StringComparer.Ordinal);
    private long _start; // the first request's timestamp: outage windows count from it
    private long _requests;
    private long _throttled;
    private long _unavailable;
    private long _typing;
    private long _conversationsCreated;
    private double _tokens = options.Rate;
    private long _lastRefill = time.GetTimestamp();
    private DateTimeOffset? _firstAccepted;
    private DateTimeOffset? _lastAccepted;

    public IResult CreateConversation(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        if (Refuse(context) is { } refused)
        {
            return refused;
        }

        var n = Interlocked.Increment(ref _conversationsCreated);
        return Results.Json(new JsonObject { ["id"] = $"a:standin-created-{n}" });
    }

    public async Task<IResult> AcceptAsync(string conversationId, HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        // Read the body as the real service does (and to tell typing from messages).
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        if (Refuse(context) is { } refused)
        {
            return refused;
        }

        var type = body?["type"]?.GetValue<string>();
        if (type == "typing")
        {
            Interlocked.Increment(ref _typing);
        }
        else
        {
            _messages.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
            var now = time.GetUtcNow();
            lock (_gate)
            {
                _firstAccepted ??= now;
                _lastAccepted = now;
            }
        }

        return Results.Json(new JsonObject { ["id"] = Guid.NewGuid().ToString("N") });
    }

    private IResult? Refuse(HttpContext context)
    {
        Interlocked.CompareExchange(ref _start, time.GetTimestamp(), 0);
        var since = time.GetElapsedTime(Interlocked.Read(ref _start)).TotalSeconds;
        if (options.Fail503For > 0 && since >= options.Fail503From && since < options.Fail503From + options.Fail503For)
        {
            Interlocked.Increment(ref _unavailable);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (options.Rate <= 0)
        {
            return null;
        }

        lock (_gate)
        {
            var now = time.GetTimestamp();
            _tokens = Math.Min(options.Rate, _tokens + (time.GetElapsedTime(_lastRefill, now).TotalSeconds * options.Rate));
            _lastRefill = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return null;
            }
        }

        Interlocked.Increment(ref _throttled);
        context.Response.Headers.RetryAfter = "1";
        return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "Throttled", ["message"] = "Too many requests" } }, statusCode: StatusCodes.Status429TooManyRequests);
    }

    public JsonObject Stats()
    {
        lock (_gate)
        {
            return new JsonObject
            {
                ["requests"] = Interlocked.Read(ref _requests),
                ["throttled"] = Interlocked.Read(ref _throttled),
                ["unavailable"] = Interlocked.Read(ref _unavailable),
                ["typing"] = Interlocked.Read(ref _typing),
                ["conversationsCreated"] = Interlocked.Read(ref _conversationsCreated),
                ["conversations"] = (long)_messages.Count,
                ["messages"] = _messages.Values.Sum(n => (long)n),
                ["doubled"] = _messages.Values.Sum(n => (long)Math.Max(0, n - 1)),
                ["doubledConversations"] = new JsonArray([.. _messages.Where(m => m.Value > 1).Select(m => m.Key).Order(StringComparer.Ordinal).Take(50).Select(k => (JsonNode)k)]),
                ["firstAccepted"] = _firstAccepted,
                ["lastAccepted"] = _lastAccepted,
                ["seconds"] = _firstAccepted is { } first && _lastAccepted is { } last ? (last - first).TotalSeconds : 0,
            };
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _messages.Clear();
            _requests = _throttled = _unavailable = _typing = _conversationsCreated = 0;
            _firstAccepted = _lastAccepted = null;
            _start = 0;
            _tokens = options.Rate;
        }
    }
}

using System.Text.Json;
using Assistant.Bot.Channel.Authentication;
using Assistant.Bot.Channel.Connector;
using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Channel.State;
using Assistant.Bot.Channel.Turns;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channel.Endpoint;

/// <summary>
/// POST /api/messages, as the SDK's CloudAdapter.ProcessAsync answers (docs/protocol.md §5): no body or no type → 400;
/// authentication failure → 401; an invoke → its invoke response (501 when unhandled); anything else → 200 once the
/// turn is done. Channels other than msteams (unless Channel:EnabledChannels names them) and tenants outside
/// AllowedTenants get 403 and nothing is stored or sent. An anonymous request (no MicrosoftAppId) outside the
/// Development environment is answered (to a serviceUrl configured in ServiceUrls only) but neither its serviceUrl nor
/// its conversation reference is remembered, so nothing ever goes to an address nobody vouched for. A redelivered activity id is answered 200 and not handled again. Bad input never
/// gives a 500.
/// </summary>
public sealed class ChannelEndpoint(
    IChannelAuthenticator authenticator,
    ServiceUrlRegistry serviceUrls,
    ProcessedActivityClaims claims,
    ProcessedActivityStore processed,
    ConversationReferenceStore references,
    IActivityHandler handler,
    IConnectorClient connector,
    IOptions<BotFrameworkOptions> options,
    IHostEnvironment environment,
    ILogger<ChannelEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var read = await ActivityReader.ReadAsync(context.Request, settings.MaxRequestBodyBytes, cancellationToken);
        if (read.Activity is not { } activity)
        {
            Log.RequestRefused(logger, read.StatusCode, read.Error!);
            return Results.Problem(statusCode: read.StatusCode, detail: read.Error);
        }

        ChannelAuthResult auth;
        try
        {
            auth = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization.ToString(), activity, cancellationToken);
        }
        catch (SigningKeysUnavailableException e)
        {
            Log.SigningKeysUnavailable(logger, e.InnerException!);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (!auth.Succeeded)
        {
            Log.Unauthorized(logger, LogText.Clean(auth.Failure)!, LogText.Clean(activity.ChannelId));
            return Results.Unauthorized();
        }

        if (!settings.Channel.IsChannelEnabled(activity.ChannelId))
        {
            Log.ChannelRefused(logger, LogText.Clean(activity.ChannelId));
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        // Outside Development an anonymous request vouches for nothing: its serviceUrl is called only when ServiceUrls lists it.
        var trusted = !auth.IsAnonymous || environment.IsDevelopment();
        if (trusted)
        {
            serviceUrls.Remember(activity.ServiceUrl);
        }

        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityId"] = LogText.Clean(activity.Id),
            ["ActivityType"] = LogText.Clean(activity.Type),
            ["ConversationId"] = LogText.Clean(activity.Conversation?.Id),
            ["ChannelId"] = LogText.Clean(activity.ChannelId),
        });

        if (!settings.IsTenantAllowed(activity.TenantId))
        {
            Log.TenantRefused(logger, LogText.Clean(activity.TenantId));
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var isInvoke = string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal);

        // An invoke is a request the channel waits for: a redelivery means the first answer was lost, so it is answered
        // again (the features keep their own submissions idempotent). Everything else is handled once.
        var key = isInvoke ? null : ProcessedActivityStore.KeyOf(activity);
        string? claim = null;
        try
        {
            if (key is not null)
            {
                if (!await claims.TryClaimAsync(key))
                {
                    Log.Redelivered(logger);
                    return Results.Ok();
                }

                claim = key;
            }

            // Learned without authentication outside Development: used for this reply only, never stored.
            var reference = trusted ? await references.UpsertFromActivityAsync(activity, cancellationToken) : null;
            var turn = new TurnContext(activity, auth.IsAnonymous, reference, connector);
            Log.TurnStarted(logger, activity.Type!, auth.IsAnonymous);
            InvokeResponse? response;
            try
            {
                response = await handler.OnTurnAsync(turn, cancellationToken);
            }
            catch (Exception e) when (!TurnFailure.IsTransient(e))
            {
                // A failure a redelivery would repeat: the user hears of it, the channel does not retry.
                Log.TurnFailedAnswered(logger, LogText.Clean(activity.Id), LogText.Clean(activity.Type), e);
                if (isInvoke)
                {
                    response = TurnFailure.InvokeAnswer(activity);
                }
                else
                {
                    await TurnFailure.TellUserAsync(turn, cancellationToken);
                    return Results.Ok();
                }
            }

            if (!isInvoke)
            {
                return Results.Ok();
            }

            if (response is null)
            {
                Log.InvokeNotImplemented(logger, LogText.Clean(activity.Name));
                return Results.StatusCode(StatusCodes.Status501NotImplemented);
            }

            return response.Body is null
                ? Results.StatusCode(response.Status)
                : Results.Text(response.Body.ToJsonString(ChannelJson.Wire.Options), "application/json; charset=utf-8", statusCode: response.Status);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.TurnFailed(logger, e);
            await ReleaseAsync(claim);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
    }

    private async Task ReleaseAsync(string? claim)
    {
        if (claim is null)
        {
            return;
        }

        try
        {
            await processed.ReleaseAsync(claim, CancellationToken.None);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            // The record stays: the channel's redelivery is then answered as handled. Logged, nothing else to do.
            Log.TurnFailed(logger, e);
        }
    }
}

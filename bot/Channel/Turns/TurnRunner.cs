using Assistant.Bot.Channel.Connector;
using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Channel.State;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channel.Turns;

/// <summary>
/// Where an inbound activity came from, and so which of the channel's checks apply to it.
/// </summary>
/// <param name="IsAnonymous">No MicrosoftAppId vouched for the request (the turn may not reply proactively as if it had).</param>
/// <param name="Trusted">Its conversation reference may be stored (an anonymous Bot Connector request outside
/// Development is answered, but nothing it claims is remembered).</param>
/// <param name="ChecksTenant">The channel and tenant policy (Channel:EnabledChannels, AllowedTenants) applies.</param>
public readonly record struct TurnOrigin(bool IsAnonymous, bool Trusted, bool ChecksTenant)
{
    /// <summary>POST /api/messages: an authenticated (or, in Development, anonymous) Bot Connector request.</summary>
    public static TurnOrigin BotConnector(bool isAnonymous, bool trusted) => new(isAnonymous, trusted, ChecksTenant: true);

    /// <summary>
    /// The embedded Direct Line of the development chat. Its activities carry channelId "directline" and no tenant
    /// (the page's people are not Entra users), so the Teams channel and tenant policy cannot apply: who may post is
    /// decided before the turn by the Direct Line token (issued only in Development or to a backend holding the
    /// Direct Line secret). Anonymous (no app id signs them), and trusted: the serviceUrl is this process's own.
    /// </summary>
    public static TurnOrigin DirectLine => new(IsAnonymous: true, Trusted: true, ChecksTenant: false);
}

/// <summary>What became of an activity handed to <see cref="TurnRunner"/>.</summary>
public enum TurnStatus
{
    /// <summary>The turn ran (for an invoke, <see cref="TurnResult.Invoke"/> is its response; null = not handled).</summary>
    Handled,

    /// <summary>The turn threw a failure a retry would repeat: the user was told, the channel should not retry.</summary>
    FailedAnswered,

    /// <summary>The activity's key was claimed before: a redelivery, not handled again.</summary>
    Redelivered,

    /// <summary>The channel or the tenant is not allowed: nothing stored, nothing sent.</summary>
    Refused,
}

public readonly record struct TurnResult(TurnStatus Status, InvokeResponse? Invoke = null);

/// <summary>
/// The one turn pipeline after the transport has read (and authenticated) an activity, shared by /api/messages
/// (<see cref="Endpoint.ChannelEndpoint"/>) and the development chat's Direct Line: the channel and tenant policy
/// (where <see cref="TurnOrigin.ChecksTenant"/>), the serviceUrl remembered as allowed (when trusted), claim-once by activity key (<see cref="ProcessedActivityClaims"/>;
/// invokes are answered again, see below), the conversation reference stored, one call to the
/// <see cref="IActivityHandler"/>, and the failure rule of <see cref="TurnFailure"/>. A transient failure releases
/// the claim and is rethrown, so the caller answers with an error and the channel's retry is handled. Scoped.
/// </summary>
public sealed class TurnRunner(
    ServiceUrlRegistry serviceUrls,
    ProcessedActivityClaims claims,
    ProcessedActivityStore processed,
    ConversationReferenceStore references,
    IActivityHandler handler,
    IConnectorClient connector,
    IOptions<BotFrameworkOptions> options,
    ILogger<TurnRunner> logger)
{
    public async Task<TurnResult> RunAsync(Activity activity, TurnOrigin origin, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityId"] = LogText.Clean(activity.Id),
            ["ActivityType"] = LogText.Clean(activity.Type),
            ["ConversationId"] = LogText.Clean(activity.Conversation?.Id),
            ["ChannelId"] = LogText.Clean(activity.ChannelId),
        });

        if (origin.ChecksTenant)
        {
            if (!options.Value.Channel.IsChannelEnabled(activity.ChannelId))
            {
                Log.ChannelRefused(logger, LogText.Clean(activity.ChannelId));
                return new TurnResult(TurnStatus.Refused);
            }

            if (!options.Value.IsTenantAllowed(activity.TenantId))
            {
                Log.TenantRefused(logger, LogText.Clean(activity.TenantId));
                return new TurnResult(TurnStatus.Refused);
            }
        }

        if (origin.Trusted)
        {
            serviceUrls.Remember(activity.ServiceUrl);
        }

        var isInvoke = string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal);

        // An invoke is a request the channel waits for: a redelivery means the first answer was lost, so it is answered
        // again (the features keep their own submissions idempotent). Everything else is handled once.
        var key = isInvoke ? null : ProcessedActivityStore.KeyOf(activity);
        if (key is not null && !await claims.TryClaimAsync(key))
        {
            Log.Redelivered(logger);
            return new TurnResult(TurnStatus.Redelivered);
        }

        try
        {
            // Learned without authentication outside Development: used for this reply only, never stored.
            var reference = origin.Trusted ? await references.UpsertFromActivityAsync(activity, cancellationToken) : null;
            var turn = new TurnContext(activity, origin.IsAnonymous, reference, connector);
            Log.TurnStarted(logger, activity.Type ?? "?", origin.IsAnonymous);
            try
            {
                return new TurnResult(TurnStatus.Handled, await handler.OnTurnAsync(turn, cancellationToken));
            }
            catch (Exception e) when (!TurnFailure.IsTransient(e))
            {
                // A failure a redelivery would repeat: the user hears of it, the channel does not retry.
                Log.TurnFailedAnswered(logger, LogText.Clean(activity.Id), LogText.Clean(activity.Type), e);
                if (isInvoke)
                {
                    return new TurnResult(TurnStatus.FailedAnswered, TurnFailure.InvokeAnswer(activity));
                }

                await TurnFailure.TellUserAsync(turn, cancellationToken);
                return new TurnResult(TurnStatus.FailedAnswered);
            }
        }
        catch (Exception e) when (key is not null && (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            // Transient (or the reference could not be stored): the retry must find the activity unhandled.
            await ReleaseAsync(key);
            throw;
        }
    }

    private async Task ReleaseAsync(string claim)
    {
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

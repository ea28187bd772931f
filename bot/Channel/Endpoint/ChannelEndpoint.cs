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
/// gives a 500. After reading and authentication the turn is <see cref="TurnRunner"/>'s, the same as the development chat's.
/// </summary>
public sealed class ChannelEndpoint(
    IChannelAuthenticator authenticator,
    TurnRunner runner,
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

        // Outside Development an anonymous request vouches for nothing: its serviceUrl is called only when ServiceUrls lists it.
        var trusted = !auth.IsAnonymous || environment.IsDevelopment();

        TurnResult result;
        try
        {
            result = await runner.RunAsync(activity, TurnOrigin.BotConnector(auth.IsAnonymous, trusted), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Transient: the runner released the claim, the channel's retry is handled.
            Log.TurnFailed(logger, e);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        if (result.Status == TurnStatus.Refused)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (result.Status == TurnStatus.Redelivered || !string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal))
        {
            return Results.Ok();
        }

        if (result.Invoke is not { } response)
        {
            Log.InvokeNotImplemented(logger, LogText.Clean(activity.Name));
            return Results.StatusCode(StatusCodes.Status501NotImplemented);
        }

        return response.Body is null
            ? Results.StatusCode(response.Status)
            : Results.Text(response.Body.ToJsonString(ChannelJson.Wire.Options), "application/json; charset=utf-8", statusCode: response.Status);
    }
}

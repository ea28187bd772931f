using System.Net;
using System.Text.Json.Nodes;
using Assistant.Tests.Channel.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Tests.Channel;

/// <summary>
/// Inbound authentication over real HTTP: a local OpenID issuer with endorsed keys, the bot on Kestrel, a recording
/// connector. Every forged or wrong token is refused with 401 and makes the bot send nothing; the bot keeps answering.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ChannelAuthenticationTests : IAsyncLifetime
{
    private BotHost _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await BotHost.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_signed_Teams_message_is_answered_at_the_connector_with_the_issuers_token_and_replyToId()
    {
        var activity = _bot.Fixture("message-personal");

        var response = await _bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_bot.Connector.Messages);
        Assert.Equal("POST", reply.Method);
        Assert.Equal(activity["conversation"]!["id"]!.GetValue<string>(), reply.ConversationId);
        Assert.Equal("1726472472593", reply.ActivityId);
        Assert.Equal("Bearer " + Assert.Single(_bot.Issuer.IssuedAccessTokens), reply.Authorization);
        var body = reply.Body!;
        Assert.Equal("1726472472593", body["replyToId"]!.GetValue<string>());
        Assert.Equal("Du frågade: Vad är rekryteringsbehovet för undersköterskor 2025?", body["text"]!.GetValue<string>());
        Assert.Equal(BotHost.BotId, body["from"]!["id"]!.GetValue<string>());
        Assert.Equal(activity["from"]!["id"]!.GetValue<string>(), body["recipient"]!["id"]!.GetValue<string>());

        var tokenRequest = Assert.Single(_bot.Issuer.TokenRequests);
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal(BotHost.AppId, tokenRequest["client_id"]);
        Assert.Equal("test-secret", tokenRequest["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
        Assert.Equal("botframework.com", tokenRequest["tenant"]);
    }

    public static TheoryData<string> BadTokens() =>
    [
        "no token", "bad signature", "unknown key", "expired", "not yet valid", "wrong audience", "wrong issuer", "alg none",
        "serviceUrl mismatch", "no serviceurl claim", "key not endorsed for msteams", "key without endorsements", "no expiry",
        "HS256 with the public key", "not a JWT", "Basic scheme",
    ];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_refused_with_401_sends_nothing_and_the_bot_keeps_answering(string badness)
    {
        var activity = _bot.Fixture("message-personal");
        var serviceUrl = activity["serviceUrl"]!.GetValue<string>();
        var now = DateTime.UtcNow;
        string? header = badness switch
        {
            "no token" => null,
            "bad signature" => "Bearer " + _bot.TokenFor(activity, s => s with { SignWithKeyOf = LocalIssuer.RogueKey }),
            "unknown key" => "Bearer " + _bot.TokenFor(activity, s => s with { KeyId = LocalIssuer.RogueKey }),
            "expired" => "Bearer " + _bot.TokenFor(activity, s => s with { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-6) }),
            "not yet valid" => "Bearer " + _bot.TokenFor(activity, s => s with { NotBefore = now.AddMinutes(6), Expires = now.AddHours(1) }),
            "wrong audience" => "Bearer " + _bot.TokenFor(activity, s => s with { Audience = "another-bot" }),
            "wrong issuer" => "Bearer " + _bot.TokenFor(activity, s => s with { Issuer = "https://sts.windows.net/" + BotHost.TenantId + "/" }),
            "alg none" => "Bearer " + LocalIssuer.CreateUnsignedToken(new TokenSpec { ServiceUrl = serviceUrl }),
            "serviceUrl mismatch" => "Bearer " + _bot.TokenFor(activity, s => s with { ServiceUrl = "https://smba.trafficmanager.net/emea/" }),
            "no serviceurl claim" => "Bearer " + _bot.TokenFor(activity, s => s with { ServiceUrl = null }),
            "key not endorsed for msteams" => "Bearer " + _bot.TokenFor(activity, s => s with { KeyId = LocalIssuer.WebChatKey }),
            "key without endorsements" => "Bearer " + _bot.TokenFor(activity, s => s with { KeyId = LocalIssuer.BareKey }),
            "no expiry" => "Bearer " + _bot.TokenFor(activity, s => s with { NoExpiry = true }),
            "HS256 with the public key" => "Bearer " + HmacToken(serviceUrl),
            "not a JWT" => "Bearer not.a.jwt",
            "Basic scheme" => "Basic " + _bot.TokenFor(activity),
            _ => throw new ArgumentOutOfRangeException(nameof(badness)),
        };

        var refused = await _bot.PostWithHeaderAsync(activity, header);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Empty(_bot.Connector.Requests);
        Assert.Empty(_bot.Engine.Questions);

        var answered = await _bot.SendAsync(_bot.Fixture("message-personal"));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Single(_bot.Connector.Messages);
    }

    [Fact]
    public async Task Skew_of_up_to_five_minutes_is_tolerated()
    {
        var activity = _bot.Fixture("message-personal");
        var now = DateTime.UtcNow;
        var token = _bot.TokenFor(activity, s => s with { NotBefore = now.AddMinutes(4), Expires = now.AddMinutes(-4).AddHours(1) });
        var early = await _bot.PostAsync(activity, token);
        var late = await _bot.PostAsync(_bot.Fixture("message-groupchat"), _bot.TokenFor(_bot.Fixture("message-groupchat"), s => s with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-4) }));

        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
    }

    [Fact]
    public async Task The_serviceurl_claim_is_compared_without_regard_to_case()
    {
        var activity = _bot.Fixture("message-personal");
        var token = _bot.TokenFor(activity, s => s with { ServiceUrl = s.ServiceUrl!.ToUpperInvariant() });

        var response = await _bot.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task RS384_and_RS512_are_accepted(string algorithm)
    {
        var activity = _bot.Fixture("message-personal");

        var response = await _bot.PostAsync(activity, _bot.TokenFor(activity, s => s with { Algorithm = algorithm }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_key_id_makes_the_bot_refetch_the_keys_at_most_once_per_five_minutes()
    {
        await _bot.SendAsync(_bot.Fixture("message-personal"));
        var fetched = _bot.Issuer.MetadataRequests;

        for (var i = 0; i < 3; i++)
        {
            var activity = _bot.Fixture("message-personal");
            var response = await _bot.PostAsync(activity, _bot.TokenFor(activity, s => s with { KeyId = "forged-" + i }));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Equal(1, fetched);
        Assert.Equal(fetched, _bot.Issuer.MetadataRequests);
    }

    private string HmacToken(string serviceUrl)
    {
        // The classic confusion attack: sign with HS256 using the issuer's public key bytes as the secret.
        var jwks = new HttpClient().GetStringAsync(_bot.Issuer.Url + "/v1/keys", TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        var n = JsonNode.Parse(jwks)!["keys"]![0]!["n"]!.GetValue<string>();
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = LocalIssuer.BotFrameworkIssuer,
            Audience = BotHost.AppId,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(n)) { KeyId = LocalIssuer.TeamsKey }, SecurityAlgorithms.HmacSha256),
        });
    }
}

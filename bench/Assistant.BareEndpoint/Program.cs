using System.Net;
using System.Text;
using System.Text.Json.Nodes;

// The ceiling of the HTTP stack: POST /api/messages parses the activity and posts a fixed reply to the activity's
// serviceUrl (v3/conversations/{id}/activities/{replyToId}), then answers 200. No authentication, storage or answering.
//   --port 5902
var port = args.Length > 1 && args[0] == "--port" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5902;
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
builder.Services.AddHttpClient("connector").ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { MaxConnectionsPerServer = 1024 });
var app = builder.Build();
var client = app.Services.GetRequiredService<IHttpClientFactory>().CreateClient("connector");

app.MapPost("/api/messages", async (HttpContext context) =>
{
    var activity = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
    if (activity?["type"]?.GetValue<string>() != "message" || activity["serviceUrl"]?.GetValue<string>() is not { } serviceUrl
        || activity["conversation"]?["id"]?.GetValue<string>() is not { } conversation)
    {
        return Results.BadRequest();
    }

    var reply = new JsonObject
    {
        ["type"] = "message",
        ["text"] = "Hej!",
        ["replyToId"] = activity["id"]?.GetValue<string>(),
        ["conversation"] = new JsonObject { ["id"] = conversation },
        ["from"] = activity["recipient"]?.DeepClone(),
        ["recipient"] = activity["from"]?.DeepClone(),
    };
    var url = $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversation)}/activities/{Uri.EscapeDataString(activity["id"]?.GetValue<string>() ?? "x")}";
    using var content = new StringContent(reply.ToJsonString(), Encoding.UTF8, "application/json");
    using var response = await client.PostAsync(url, content, context.RequestAborted);
    return response.IsSuccessStatusCode ? Results.Ok() : Results.StatusCode(502);
});

await app.RunAsync();

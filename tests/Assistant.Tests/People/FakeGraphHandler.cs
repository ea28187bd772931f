using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Assistant.Tests.People;

/// <summary>
/// Microsoft Graph and its token endpoint as HTTP, answering with the documented response shapes (users collection
/// with @odata.count, single user, manager as a directoryObject with @odata.type, OData errors, client-credential token).
/// </summary>
internal sealed class FakeGraphHandler : HttpMessageHandler
{
    public ConcurrentQueue<string> Requests { get; } = new();

    public ConcurrentQueue<string?> Authorizations { get; } = new();

    public List<JsonObject> Users { get; } = [];

    /// <summary>User id → manager id.</summary>
    public Dictionary<string, string> Managers { get; } = [];

    public HttpStatusCode? FailUsersWith { get; set; }

    public int Tokens { get; private set; }

    /// <summary>The app catalog: Teams app id by externalId (the manifest id).</summary>
    public Dictionary<string, string> Apps { get; } = [];

    /// <summary>User id → installed Teams app ids; installing twice answers 409.</summary>
    public ConcurrentDictionary<string, List<string>> Installed { get; } = new();

    public static JsonObject User(string id, string name, string? jobTitle = null, string? department = null, string? upn = null) => new()
    {
        ["id"] = id,
        ["displayName"] = name,
        ["userPrincipalName"] = upn ?? $"{name.Replace(' ', '.').ToLowerInvariant()}@kommun.example",
        ["mail"] = upn ?? $"{name.Replace(' ', '.').ToLowerInvariant()}@kommun.example",
        ["jobTitle"] = jobTitle,
        ["department"] = department,
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var query = Uri.UnescapeDataString(uri.Query);
        Requests.Enqueue($"{request.Method} {path}{query}");
        if (path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            var form = await request.Content!.ReadAsStringAsync(cancellationToken);
            Assert.Contains("grant_type=client_credentials", form, StringComparison.Ordinal);
            Assert.Contains("scope=https%3A%2F%2Fgraph.microsoft.com%2F.default", form, StringComparison.Ordinal);
            Tokens++;
            return Json(HttpStatusCode.OK, new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3599, ["ext_expires_in"] = 3599, ["access_token"] = $"token-{Tokens}" });
        }

        Authorizations.Enqueue(request.Headers.Authorization?.ToString());
        if (FailUsersWith is { } failure)
        {
            return Error(failure, "generalException", "Something went wrong.");
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries); // v1.0, users, {id}, manager
        if (segments is [_, "users"])
        {
            Assert.Equal("eventual", request.Headers.GetValues("ConsistencyLevel").Single());
            var values = FilterValues(query);
            var found = Users.Where(u => values.Any(v => new[] { "jobTitle", "department", "displayName", "mail" }
                .Any(f => string.Equals(u[f]?.GetValue<string>(), v, StringComparison.OrdinalIgnoreCase)))).Select(u => (JsonNode)u.DeepClone()).ToArray();
            return Json(HttpStatusCode.OK, new JsonObject
            {
                ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users(id,displayName,userPrincipalName,mail,jobTitle,department)",
                ["@odata.count"] = found.Length,
                ["value"] = new JsonArray(found),
            });
        }

        if (segments is [_, "users", var key])
        {
            var user = Find(key);
            return user is null
                ? Error(HttpStatusCode.NotFound, "Request_ResourceNotFound", $"Resource '{key}' does not exist or one of its queried reference-property objects are not present.")
                : Json(HttpStatusCode.OK, With(user, "https://graph.microsoft.com/v1.0/$metadata#users(id,displayName,userPrincipalName,mail,jobTitle,department)/$entity"));
        }

        if (segments is [_, "users", var of, "manager"])
        {
            var user = Find(of);
            var manager = user is null || !Managers.TryGetValue(user["id"]!.GetValue<string>(), out var id) ? null : Find(id);
            if (manager is null)
            {
                return Error(HttpStatusCode.NotFound, "Request_ResourceNotFound", "Resource 'manager' does not exist or one of its queried reference-property objects are not present.");
            }

            var body = With(manager, "https://graph.microsoft.com/v1.0/$metadata#directoryObjects/$entity");
            body["@odata.type"] = "#microsoft.graph.user";
            return Json(HttpStatusCode.OK, body);
        }

        if (segments is [_, "appCatalogs", "teamsApps"])
        {
            var externalId = FilterValues(query).Single();
            var apps = Apps.Where(a => a.Key == externalId)
                .Select(a => (JsonNode)new JsonObject { ["id"] = a.Value, ["externalId"] = a.Key, ["displayName"] = "Assistent", ["distributionMethod"] = "organization" })
                .ToArray();
            return Json(HttpStatusCode.OK, new JsonObject { ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#appCatalogs/teamsApps", ["value"] = new JsonArray(apps) });
        }

        if (segments is [_, "users", var installFor, "teamwork", "installedApps"] && request.Method == HttpMethod.Post)
        {
            var body = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!;
            var bind = body["teamsApp@odata.bind"]!.GetValue<string>();
            var appId = bind[(bind.LastIndexOf('/') + 1)..];
            Assert.StartsWith("https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/", bind, StringComparison.Ordinal);
            var list = Installed.GetOrAdd(installFor, _ => []);
            lock (list)
            {
                if (list.Contains(appId))
                {
                    return Error(HttpStatusCode.Conflict, "Conflict", "The app is already installed for this user.");
                }

                list.Add(appId);
            }

            return new HttpResponseMessage(HttpStatusCode.Created);
        }

        return Error(HttpStatusCode.BadRequest, "BadRequest", $"Unexpected request {path}");
    }

    private JsonObject? Find(string key) => Users.FirstOrDefault(u =>
        string.Equals(u["id"]?.GetValue<string>(), key, StringComparison.OrdinalIgnoreCase)
        || string.Equals(u["userPrincipalName"]?.GetValue<string>(), key, StringComparison.OrdinalIgnoreCase));

    private static JsonObject With(JsonObject user, string context)
    {
        var copy = user.DeepClone().AsObject();
        copy.Insert(0, "@odata.context", context);
        return copy;
    }

    private static List<string> FilterValues(string query) =>
        [.. System.Text.RegularExpressions.Regex.Matches(query, @"eq '((?:[^']|'')*)'").Select(m => m.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal))];

    private static HttpResponseMessage Json(HttpStatusCode status, JsonObject body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Error(HttpStatusCode status, string code, string message) => Json(status, new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["innerError"] = new JsonObject { ["date"] = "2024-09-16T07:30:00", ["request-id"] = Guid.NewGuid().ToString(), ["client-request-id"] = Guid.NewGuid().ToString() },
        },
    });
}

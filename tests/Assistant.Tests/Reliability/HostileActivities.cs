using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Assistant.Tests.Reliability;

/// <summary>One generated request body for POST /api/messages.</summary>
/// <param name="Kind">Which family of damage it carries (for the report).</param>
/// <param name="ContentType">The Content-Type header to send, or null for none.</param>
/// <param name="UnknownInvoke">An invoke with a name no handler knows: Bot Framework answers those 501 by convention.</param>
public sealed record HostileCase(string Kind, byte[] Body, string? ContentType, bool UnknownInvoke = false);

/// <summary>
/// Malformed and hostile activities, generated from a seed so a failing case can be replayed: wrong types, huge texts,
/// deep JSON, invalid UTF-8, wrong shapes in value/entities/attachments/channelData, missing fields, wrong content
/// types, truncated and non-object JSON, foreign serviceUrls. Shared by the CI test and bench/Assistant.LoadTest fuzz.
/// </summary>
public sealed class HostileActivities(string serviceUrl, int seed)
{
    private const string Json = "application/json";
    private readonly Random _random = new(seed);
    private long _n;

    public static readonly string[] Kinds =
    [
        "wrong-type", "huge-text", "deep-json", "invalid-utf8", "value-shape", "missing-fields", "content-type",
        "not-an-object", "truncated", "hostile-strings", "entities-shape", "attachments-shape", "foreign-service-url",
        "field-types", "invoke", "conversation-update",
    ];

    public IEnumerable<HostileCase> Take(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next(Kinds[i % Kinds.Length]);
        }
    }

    public HostileCase Next(string kind) => kind switch
    {
        "wrong-type" => Case(kind, With(Valid(), a => a["type"] = Pick<JsonNode?>(JsonValue.Create(42), null, new JsonArray("message"), new JsonObject(), JsonValue.Create(""), JsonValue.Create("MESSAGE"), JsonValue.Create("deleteUserData"), JsonValue.Create(new string('x', 5000))))),
        "huge-text" => Case(kind, With(Valid(), a => a["text"] = new string(Pick('a', 'å', '\u200b', '€'), Pick(20_000, 100_000, 250_000, 400_000, 1_200_000)))),
        "deep-json" => Deep(),
        "invalid-utf8" => InvalidUtf8(),
        "value-shape" => Case(kind, With(Valid(), a => { a["text"] = null; a["value"] = RandomShape(3); })),
        "missing-fields" => Case(kind, With(Valid(), a =>
        {
            foreach (var field in new[] { "type", "id", "serviceUrl", "conversation", "from", "recipient", "channelId", "text" }.Where(_ => _random.Next(2) == 0))
            {
                a.Remove(field);
            }
        })),
        "content-type" => new HostileCase(kind, Encoding.UTF8.GetBytes(Valid().ToJsonString()), Pick<string?>(null, "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=latin1", "application/json; charset=utf-16")),
        "not-an-object" => Raw(kind, Pick("", " ", "null", "[]", "[{\"type\":\"message\"}]", "123", "\"message\"", "true", "{}", "{\"type\":\"message\"}{\"type\":\"message\"}", "NaN", "{\"type\":\"message\",}")),
        "truncated" => Truncated(),
        "hostile-strings" => Case(kind, With(Valid(), a =>
        {
            a["text"] = Pick("<script>alert(1)</script>", "'; DROP TABLE \"PlanActivities\"; --", "\u202e\u0000\u0001\u001f", "{{7*7}} ${jndi:ldap://x}", "@Assistent  ", "\ud83d\ude00" + new string('\u0301', 3000), "../../../../etc/passwd", "%s%n%x");
            a["id"] = Pick("", new string('9', 4000), "\u0000", "../x");
            a["conversation"]!["id"] = Pick("a:x/../../v3", new string('c', 3000), "", "a:x?y=1#z", "a:\u0000");
        })),
        "entities-shape" => Case(kind, With(Valid(), a => a["entities"] = Pick<JsonNode?>(JsonValue.Create("x"), new JsonArray(JsonValue.Create(1), null, new JsonObject { ["type"] = "mention" }, new JsonObject { ["type"] = "mention", ["mentioned"] = JsonValue.Create(5), ["text"] = new JsonArray() }), new JsonObject { ["type"] = "clientInfo" }, RandomShape(3)))),
        "attachments-shape" => Case(kind, With(Valid(), a => a["attachments"] = Pick<JsonNode?>(JsonValue.Create(true), new JsonArray(new JsonObject { ["contentType"] = 7, ["content"] = "x" }, null, JsonValue.Create("a")), new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.teams.file.download.info", ["content"] = new JsonObject { ["downloadUrl"] = "http://169.254.169.254/latest/meta-data" }, ["name"] = "plan.docx" }), RandomShape(2)))),
        "foreign-service-url" => Case(kind, With(Valid(), a => a["serviceUrl"] = Pick<JsonNode?>(JsonValue.Create("http://169.254.169.254/"), JsonValue.Create("file:///etc/passwd"), JsonValue.Create("javascript:alert(1)"), JsonValue.Create("not a url"), JsonValue.Create("http://127.0.0.1:1/"), JsonValue.Create(""), JsonValue.Create(5), new JsonObject()))),
        "field-types" => Case(kind, With(Valid(), a => a[Pick("from", "recipient", "conversation", "channelData", "timestamp", "locale", "replyToId", "textFormat", "channelId")] = RandomShape(2))),
        "invoke" => Invoke(),
        "conversation-update" => Case(kind, With(Valid(), a =>
        {
            a["type"] = "conversationUpdate";
            a["text"] = null;
            a["membersAdded"] = Pick<JsonNode?>(JsonValue.Create("x"), new JsonArray(null, JsonValue.Create(1), new JsonObject()), new JsonArray(new JsonObject { ["id"] = new JsonArray() }), null, RandomShape(2));
            a["channelData"] = Pick<JsonNode?>(new JsonObject { ["eventType"] = 7 }, new JsonObject { ["tenant"] = "x" }, null, JsonValue.Create("x"));
        })),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kind"),
    };

    /// <summary>A well-formed Teams personal-chat message, the base every case damages.</summary>
    public JsonObject Valid(string text = "Vad är personalbehovet för undersköterskor 2021?")
    {
        var n = Interlocked.Increment(ref _n);
        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = string.Create(CultureInfo.InvariantCulture, $"fuzz-{seed}-{n}"),
            ["timestamp"] = "2026-11-23T08:00:00.000Z",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = string.Create(CultureInfo.InvariantCulture, $"29:fuzz-user-{n % 50}"), ["name"] = "Fuzz", ["aadObjectId"] = string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-9000-{n % 50:000000000000}") },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = "7c2e4a90-5b1d-4f3e-8a6c-9d0b1e2f3a4b", ["id"] = string.Create(CultureInfo.InvariantCulture, $"a:fuzz-conversation-{n % 50}") },
            ["recipient"] = new JsonObject { ["id"] = "28:bench-bot", ["name"] = "Assistent" },
            ["locale"] = "sv-SE",
            ["text"] = text,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "7c2e4a90-5b1d-4f3e-8a6c-9d0b1e2f3a4b" } },
        };
    }

    private HostileCase Invoke()
    {
        var a = Valid();
        a["type"] = "invoke";
        a["text"] = null;
        var known = _random.Next(3) != 0;
        a["name"] = known ? Pick("adaptiveCard/action", "task/fetch", "composeExtension/query") : Pick("x/unknown", "", "signin/verifyState", new string('n', 2000));
        a["value"] = Pick<JsonNode?>(null, JsonValue.Create("x"), new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = Pick<JsonNode?>(null, JsonValue.Create(3), JsonValue.Create("setStatus")), ["data"] = RandomShape(3) } }, RandomShape(3));
        var unknown = !known || (string)a["name"]! is not "adaptiveCard/action";
        return new HostileCase("invoke", Encoding.UTF8.GetBytes(a.ToJsonString()), Json, unknown);
    }

    private HostileCase Deep()
    {
        var depth = Pick(64, 65, 1_000, 20_000);
        var open = _random.Next(2) == 0 ? "[" : "{\"a\":";
        var close = open == "[" ? "]" : "}";
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        var body = Valid().ToJsonString();
        var field = Pick("\"value\":", "\"channelData\":", "\"text\":", "\"entities\":");
        return Raw("deep-json", body.Insert(1, field + nested + ","));
    }

    private HostileCase InvalidUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid("Hej PLACEHOLDER").ToJsonString()).ToList();
        var at = bytes.ToArray().AsSpan().IndexOf("PLACEHOLDER"u8);
        byte[][] bad = [[0xC3], [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80, 0x80, 0x80]];
        bytes.RemoveRange(at, "PLACEHOLDER".Length);
        bytes.InsertRange(at, bad[_random.Next(bad.Length)]);
        return new HostileCase("invalid-utf8", [.. bytes], Json);
    }

    private HostileCase Truncated()
    {
        var text = Valid().ToJsonString();
        return Raw("truncated", text[..(_random.Next(1, text.Length - 1))]);
    }

    private JsonNode? RandomShape(int depth) => _random.Next(depth <= 0 ? 6 : 8) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(-5, 5) * 1e300),
        2 => JsonValue.Create(_random.Next()),
        3 => JsonValue.Create(Pick("", "x", "\u0000", new string('v', 2000), "2026-02-30", "Klart")),
        4 => JsonValue.Create(_random.Next(2) == 0),
        5 => JsonValue.Create(long.MaxValue),
        6 => new JsonArray([.. Enumerable.Range(0, _random.Next(4)).Select(_ => RandomShape(depth - 1))]),
        _ => new JsonObject(Enumerable.Range(0, _random.Next(5)).Select(i => KeyValuePair.Create(Pick("action", "verb", "data", "activityId", "status", "type", "id", "value", "x" + i.ToString(CultureInfo.InvariantCulture)), RandomShape(depth - 1))).DistinctBy(p => p.Key)),
    };

    private static HostileCase Case(string kind, JsonObject activity) => new(kind, Encoding.UTF8.GetBytes(activity.ToJsonString()), Json);

    private static HostileCase Raw(string kind, string body) => new(kind, Encoding.UTF8.GetBytes(body), Json);

    private static JsonObject With(JsonObject activity, Action<JsonObject> change)
    {
        change(activity);
        return activity;
    }

    private T Pick<T>(params T[] choices) => choices[_random.Next(choices.Length)];
}

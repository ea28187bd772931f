using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Bot.Knowledge.Import;

/// <summary>The identities the importer gives: content hash, plan key, activity key.</summary>
public static partial class KnowledgeKeys
{
    /// <summary>SHA-256 (hex) of the document's canonical text.</summary>
    public static string ContentHash(string canonicalText) => Hex(canonicalText);

    /// <summary>A plan is its title, organisation and year; a document without a title is a plan of its own content.</summary>
    public static string PlanKey(string? title, string? organisation, int? year, string contentHash) =>
        title is null ? "content:" + contentHash[..32] : Hex($"plan|{Normalize(title)}|{Normalize(organisation)}|{year}")[..32];

    /// <summary>An activity is its plan, goal and title: stable across re-imports, so its history survives.</summary>
    public static string ActivityKey(string planKey, string? goal, string title) =>
        Hex($"activity|{planKey}|{Normalize(goal)}|{Normalize(title)}")[..32];

    /// <summary>Lower case, one space between words: how two spellings of one label compare.</summary>
    public static string Normalize(string? text) =>
        Whitespace().Replace((text ?? string.Empty).Normalize(NormalizationForm.FormC).ToLowerInvariant(), " ").Trim();

    private static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

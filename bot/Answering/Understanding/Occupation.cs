namespace Assistant.Bot.Answering.Understanding;

/// <summary>
/// An occupation group as people name it. <see cref="GroupKeywords"/> find the group in the data (folded substrings of the
/// group as the document writes it), so a renamed table still matches; <see cref="English"/> is the gloss for English answers.
/// </summary>
public sealed record Occupation(string Key, string English, IReadOnlyList<string> GroupKeywords)
{
    public static readonly Occupation Care = new("care", "assistant nurses and care workers", ["underskoterska", "vardare"]);
    public static readonly Occupation Social = new("social", "social workers and needs assessors", ["socialsekreterare", "bistandsbedomare"]);
    public static readonly Occupation PersonalAssistant = new("pa", "personal assistants", ["personlig assistent"]);
    public static readonly Occupation Administrator = new("admin", "administrators", ["administrator"]);
    public static readonly Occupation Management = new("management", "managers", ["ledning", "chef"]);
    public static readonly Occupation Other = new("other", "other occupations", ["ovriga"]);
    public static readonly Occupation Total = new("total", "all groups in total", ["totalt", "total", "summa"]);

    public bool IsTotal => ReferenceEquals(this, Total);

    /// <summary>Whether the group as written in the data is this occupation.</summary>
    public bool IsGroup(string foldedGroup) => GroupKeywords.Any(foldedGroup.Contains);
}

/// <summary>An occupation with no forecast of its own in the usual tables (nurses, doctors, ...), named as the user wrote it.</summary>
public sealed record OtherOccupation(string Swedish, string English);

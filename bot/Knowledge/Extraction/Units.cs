using System.Text.RegularExpressions;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>The unit of a figure: what the cell says ("4,6 %"), else what its row, column or caption says ("i % av", ", %", "procent").</summary>
public static partial class Units
{
    public static string? Of(string? cellUnit, params string?[] labels)
    {
        if (cellUnit is not null)
        {
            return cellUnit;
        }

        foreach (var label in labels)
        {
            if (label is null)
            {
                continue;
            }

            if (Percent().IsMatch(label))
            {
                return "%";
            }

            if (Money().Match(label) is { Success: true } m)
            {
                return m.Groups[1].Value.ToLowerInvariant();
            }
        }

        return null;
    }

    [GeneratedRegex(@"%|\bprocent\b|\bandel\b", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b(tkr|mnkr|mkr|kr|kronor|dagar)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();
}

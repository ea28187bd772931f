using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Answering;

public sealed class AnsweringOptions
{
    public const string SectionName = "Answering";

    /// <summary>How often (seconds) the cached knowledge checks the database for changes; 0 checks on every question.</summary>
    [Range(0, 3600)]
    public int FreshnessCheckSeconds { get; set; } = 5;
}

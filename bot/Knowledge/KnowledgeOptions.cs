using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Knowledge;

public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>Load the sample documents when the web host starts on an empty database (never in the command-line verbs).</summary>
    public bool LoadSamples { get; set; } = true;

    /// <summary>Folder of the sample documents; relative paths are relative to the application folder.</summary>
    [Required]
    public string SamplesPath { get; set; } = "samples";

    /// <summary>The largest plan document an administrator may send in chat, in bytes (default 20 MB).</summary>
    [Range(1, 1024L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;
}

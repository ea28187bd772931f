using System.Globalization;
using Assistant.Bot.Knowledge.Reading;

namespace Assistant.Bot.Knowledge.Upload;

/// <summary>What the upload says, Swedish first.</summary>
internal static class UploadTexts
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static bool IsEnglish(string? locale) => locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;

    public static string NotAdmin(bool english) => english
        ? "Thank you for the file. Only administrators can update the plans, so I have not read it in. Please send it to an administrator."
        : "Tack för filen! Bara administratörer kan uppdatera planerna, så jag har inte läst in den. Skicka den gärna till en administratör.";

    public static string UnknownType(string name, bool english) => english
        ? $"I cannot read {name}: send a plan as {Types()}."
        : $"Jag kan inte läsa {name}: skicka planen som {Types()}.";

    public static string TooLarge(string name, long max, bool english) => english
        ? $"{name} is larger than {Megabytes(max)} MB, the most I read in. Nothing was changed."
        : $"{name} är större än {Megabytes(max)} MB, det största jag läser in. Inget ändrades.";

    public static string DownloadFailed(string name, bool english) => english
        ? $"I could not fetch {name} from Teams. Please send it again. Nothing was changed."
        : $"Jag kunde inte hämta {name} från Teams. Skicka den gärna igen. Inget ändrades.";

    public static string Unreadable(string name, string reason, bool english) => english
        ? $"{name} could not be read ({reason}). Nothing was changed."
        : $"{name} kunde inte läsas ({reason}). Inget ändrades.";

    public static string Cancelled(string name, bool english) => english
        ? $"The import of {name} was cancelled. Nothing was changed."
        : $"Inläsningen av {name} avbröts. Inget ändrades.";

    public static string AlreadyDone(string name, UploadState state, bool english) => (state, english) switch
    {
        (UploadState.Imported, true) => $"{name} has already been imported.",
        (UploadState.Imported, false) => $"{name} är redan inläst.",
        (_, true) => $"The import of {name} was already cancelled.",
        _ => $"Inläsningen av {name} är redan avbruten.",
    };

    public static string NotFound(bool english) => english
        ? "I no longer have that file. Please send it again."
        : "Jag har inte kvar den filen. Skicka den gärna igen.";

    private static string Types() => string.Join(", ", DocumentReaders.Extensions.Where(e => e is not ".text" and not ".markdown"));

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", Swedish);
}

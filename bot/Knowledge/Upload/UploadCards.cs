using System.Text.Json.Nodes;
using Assistant.Bot.Knowledge.Import;
using Assistant.Cards.Building;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Bot.Knowledge.Upload;

/// <summary>The preview card of an uploaded plan document: what importing it would change, "Importera" and "Avbryt".</summary>
internal static class UploadCards
{
    public const string ImportVerb = "upload.import";
    public const string CancelVerb = "upload.cancel";

    /// <summary>Changes shown per section on the card (the text version above it has them all).</summary>
    private const int MaxPerSection = 8;

    public static JsonObject Preview(PendingUpload upload, ImportResult preview, bool english)
    {
        var texts = CardTexts.For(english ? CardLanguage.English : CardLanguage.Swedish);
        var lines = ImportPreviewText.Lines(preview, english, MaxPerSection);
        var body = new List<AdaptiveElement>
        {
            CardParts.Heading(english ? $"Preview: {upload.FileName}" : $"Förhandsgranskning: {upload.FileName}"),
        };
        // One text block per line: inside one block a single line break is a soft break in the renderers' markdown,
        // and the changes ran together into one paragraph.
        foreach (var line in lines)
        {
            body.Add(CardParts.UserText(line.TrimStart()) with { Spacing = body.Count == 1 ? null : Spacing.None });
        }

        body.Add(CardParts.Paragraph($"SHA-256 {upload.Sha256[..16]}…", subtle: true));
        var data = CardActions.Data(ImportVerb, ("uploadId", upload.Id.ToString()));
        AdaptiveAction[] actions =
        [
            CardActions.Execute(english ? "Import" : "Importera", ImportVerb, data, ActionStyle.Positive),
            CardActions.Execute(english ? "Cancel" : "Avbryt", CancelVerb, CardActions.Data(CancelVerb, ("uploadId", upload.Id.ToString()))),
        ];
        return CardParts.Card(texts, body, string.Join('\n', lines), actions).ToJsonObject();
    }
}

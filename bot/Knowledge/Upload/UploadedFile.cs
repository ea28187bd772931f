using Assistant.Bot.Conversation;

namespace Assistant.Bot.Knowledge.Upload;

/// <summary>
/// The file in a chat message, if any: a Teams file attachment (contentType
/// <c>application/vnd.microsoft.teams.file.download.info</c>, content.downloadUrl and content.fileType), or in Web Chat an
/// attachment with a contentUrl.
/// </summary>
internal static class UploadedFile
{
    public static IncomingFile? First(IncomingMessage message) =>
        message.Files is { Count: > 0 } files ? files[0] : null;
}

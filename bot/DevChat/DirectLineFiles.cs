using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.DevChat;

/// <summary>
/// Files the embedded Direct Line serves at a link, in memory: what a Web Chat user uploads (the bot downloads it from
/// the attachment's contentUrl, as it downloads a Teams file from its downloadUrl) and what the bot offers for download
/// (the report; Web Chat cannot do the Teams file consent flow). A link is GET {base}/v3/directline/files/{id}, the id
/// 256 random bits: whoever has the link may read the file, as with the attachment URLs Azure Direct Line gives. Files
/// expire after <see cref="Lifetime"/>; at most <see cref="DirectLineOptions.MaxFiles"/> are kept, the oldest go first.
/// </summary>
public sealed class DirectLineFiles(IOptions<DirectLineOptions> options, DirectLineServiceUrl serviceUrl, TimeProvider time)
{
    public const string Path = "/files";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, StoredFile> _files = new(StringComparer.Ordinal);

    /// <summary>Keeps the file and gives its absolute link (on the bot's own base URL, which the bot and the page share).</summary>
    /// <param name="knownType">The bot's own file (served with its content type); an upload is served as octet-stream.</param>
    public string Put(string name, string contentType, byte[] content, bool knownType)
    {
        var now = time.GetUtcNow();
        foreach (var (key, file) in _files)
        {
            if (now - file.Stored > Lifetime)
            {
                _files.TryRemove(key, out _);
            }
        }

        while (_files.Count >= options.Value.MaxFiles && _files.MinBy(f => f.Value.Stored) is { Key: { } oldest })
        {
            _files.TryRemove(oldest, out _);
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        _files[id] = new StoredFile(System.IO.Path.GetFileName(name), contentType, content, now, knownType);
        return (serviceUrl.BaseUrl() ?? throw new InvalidOperationException("The server has no listening address yet; set WebChat:BotBaseUrl."))
            + DirectLineClientApi.Prefix + Path + "/" + id;
    }

    /// <summary>GET files/{id}: the file, or 404 for an unknown or expired id.</summary>
    public IResult Get(string id)
    {
        if (!_files.TryGetValue(id, out var file) || time.GetUtcNow() - file.Stored > Lifetime)
        {
            return DirectLineHttp.Error(StatusCodes.Status404NotFound, "NotFound", "No such file (or it has expired).");
        }

        // An upload is served as bytes to save, never rendered by the browser on this origin (it could be HTML).
        return file.KnownType
            ? Results.File(file.Content, file.ContentType, file.Name)
            : Results.File(file.Content, "application/octet-stream", file.Name);
    }

    private sealed record StoredFile(string Name, string ContentType, byte[] Content, DateTimeOffset Stored, bool KnownType);
}

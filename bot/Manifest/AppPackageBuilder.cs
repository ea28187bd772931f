using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Assistant.Bot.Manifest;

/// <summary>
/// Makes the Teams app package: manifest.json from the manifest folder with its {{PLACEHOLDERS}} filled, plus every
/// file it refers to (icons, localization files, themselves filled), in one zip with the files at its root.
/// An array item that is only an unset placeholder is dropped (validDomains without a domain).
/// </summary>
public static partial class AppPackageBuilder
{
    public const string ManifestFile = "manifest.json";

    /// <summary>A fixed time for every zip entry, so the same input gives the same bytes.</summary>
    private static readonly DateTimeOffset EntryTime = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <returns>The file names in the package, manifest.json first, and their contents.</returns>
    public static IReadOnlyList<KeyValuePair<string, byte[]>> Files(string manifestFolder, AppPackageSettings settings)
    {
        var placeholders = settings.Placeholders();
        var manifestPath = Path.Combine(manifestFolder, ManifestFile);
        if (!File.Exists(manifestPath))
        {
            throw new AppPackageException($"No {ManifestFile} in {manifestFolder}: the manifest folder is copied beside the bot when it is built.");
        }

        var manifest = Fill(ReadJson(manifestPath), placeholders, ManifestFile);
        var files = new List<KeyValuePair<string, byte[]>> { new(ManifestFile, Serialize(manifest)) };
        foreach (var name in ReferencedFiles(manifest))
        {
            var path = Path.Combine(manifestFolder, name);
            if (!File.Exists(path))
            {
                throw new AppPackageException($"{ManifestFile} refers to {name}, which is not in {manifestFolder}.");
            }

            var content = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? Serialize(Fill(ReadJson(path), placeholders, name))
                : File.ReadAllBytes(path);
            files.Add(new(name, content));
        }

        return files;
    }

    /// <summary>Writes the package to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<KeyValuePair<string, byte[]>> files, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, content) in files)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            using var stream = entry.Open();
            stream.Write(content);
        }
    }

    /// <summary>The icons and localization files the manifest names, each once, in order.</summary>
    public static IReadOnlyList<string> ReferencedFiles(JsonNode manifest)
    {
        var names = new List<string?>
        {
            (string?)manifest["icons"]?["color"],
            (string?)manifest["icons"]?["outline"],
            (string?)manifest["icons"]?["color32x32"],
            (string?)manifest["localizationInfo"]?["defaultLanguageFile"],
        };
        if (manifest["localizationInfo"]?["additionalLanguages"] is JsonArray languages)
        {
            names.AddRange(languages.Select(language => (string?)language?["file"]));
        }

        var result = new List<string>();
        foreach (var name in names.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (Path.IsPathRooted(name) || name.Contains("..", StringComparison.Ordinal) || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal))
            {
                throw new AppPackageException($"{ManifestFile} refers to '{name}': package files must be plain names at the package root.");
            }

            result.Add(name);
        }

        return result;
    }

    private static JsonNode ReadJson(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) ?? throw new AppPackageException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new AppPackageException($"{path} is not valid JSON: {e.Message}");
        }
    }

    private static byte[] Serialize(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString(WriteOptions) + "\n");

    private static JsonNode Fill(JsonNode node, IReadOnlyDictionary<string, string> values, string file)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        obj[key] = Fill(child.DeepClone(), values, file);
                    }
                }

                return obj;
            case JsonArray array:
                var items = array.Select(item => item is null ? null : Fill(item.DeepClone(), values, file)).ToList();
                array.Clear();
                foreach (var item in items.Where(item => !(item is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0)))
                {
                    array.Add(item);
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text):
                return JsonValue.Create(Replace(text, values, file));
            default:
                return node;
        }
    }

    private static string Replace(string text, IReadOnlyDictionary<string, string> values, string file)
    {
        var filled = Placeholder().Replace(text, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new AppPackageException($"{file} has the placeholder {match.Value}, which the package command does not know."));
        return filled.Contains("{{", StringComparison.Ordinal) || filled.Contains("}}", StringComparison.Ordinal)
            ? throw new AppPackageException($"{file} has an unfilled placeholder in \"{text}\".")
            : filled;
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")]
    private static partial Regex Placeholder();
}

namespace Assistant.Bot.Knowledge.Reading;

/// <summary>Picks the reader by the file's extension.</summary>
public static class DocumentReaders
{
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".text", ".md", ".markdown", ".csv", ".docx", ".xlsx", ".pdf"];

    public static bool IsSupported(string fileName) => Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    /// <exception cref="NotSupportedException">the extension is not one of <see cref="Extensions"/>.</exception>
    /// <exception cref="InvalidDataException">the file is not what its extension says.</exception>
    public static ReadDocument Read(string fileName, byte[] content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".txt" or ".text" or ".md" or ".markdown" => PlainTextReader.Read(TextDecoder.Decode(content)),
                ".csv" => CsvReader.Read(TextDecoder.Decode(content)),
                ".docx" => DocxReader.Read(content),
                ".xlsx" => XlsxReader.Read(content),
                ".pdf" => PdfReader.Read(content),
                _ => throw new NotSupportedException($"the format '{extension}' is not supported (supported: {string.Join(", ", Extensions)})"),
            };
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.IO.FileFormatException or System.Xml.XmlException)
        {
            throw new InvalidDataException($"the file is not a valid {extension} document: {e.Message}", e);
        }
    }
}

namespace Assistant.Bot.Knowledge.Import;

/// <summary>Imports plan documents (.txt, .md, .csv, .docx, .xlsx) into the knowledge base.</summary>
public interface IDocumentImporter
{
    /// <summary>Imports one file; the file name (no directory) is the document's identity: importing it again replaces what it gave.</summary>
    Task<ImportResult> ImportFileAsync(string path, CancellationToken cancellationToken);

    /// <summary>Imports content under a file name (its extension picks the reader).</summary>
    Task<ImportResult> ImportAsync(string name, Stream content, CancellationToken cancellationToken);

    /// <inheritdoc cref="ImportAsync(string, Stream, CancellationToken)"/>
    Task<ImportResult> ImportAsync(string name, byte[] content, CancellationToken cancellationToken);

    /// <summary>What importing the file would do (<see cref="ImportResult.Preview"/>), changing nothing.</summary>
    Task<ImportResult> PreviewFileAsync(string path, CancellationToken cancellationToken);

    /// <summary>What importing the content would do (<see cref="ImportResult.Preview"/>), changing nothing.</summary>
    Task<ImportResult> PreviewAsync(string name, byte[] content, CancellationToken cancellationToken);
}

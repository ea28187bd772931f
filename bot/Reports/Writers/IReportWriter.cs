namespace Assistant.Bot.Reports.Writers;

public enum ReportFormat
{
    Markdown,
    Csv,
    Docx,
    Xlsx,
}

/// <summary>Writes a <see cref="Report"/> in one file format.</summary>
public interface IReportWriter
{
    ReportFormat Format { get; }

    /// <summary>True for formats that are not text (docx, xlsx): they need a file, never the terminal.</summary>
    bool IsBinary { get; }

    /// <summary>The usual file extension, with the dot.</summary>
    string Extension { get; }

    Task WriteAsync(Report report, Stream output, CancellationToken cancellationToken);
}

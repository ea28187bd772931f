using System.Diagnostics;
using Assistant.Bot.Reports.Writers;
using Assistant.Bot.Reports;

namespace Assistant.Tests.Reports;

/// <summary>Where LibreOffice is installed, the .docx and .xlsx open in it: converted headless to PDF.</summary>
[Trait("Category", "Integration")]
public sealed class LibreOfficeConversionTests
{
    [Fact]
    public async Task Docx_and_xlsx_convert_to_pdf_in_LibreOffice()
    {
        var soffice = FindOnPath("soffice") ?? FindOnPath("libreoffice");
        if (soffice is null)
        {
            Assert.Skip("LibreOffice (soffice) is not installed here: the .docx and .xlsx are checked with OpenXmlValidator in DocxReportWriterTests and XlsxReportWriterTests instead.");
        }

        var dir = Directory.CreateTempSubdirectory("assistant-report-").FullName;
        try
        {
            var report = SampleReports.Create(since: new DateOnly(2024, 9, 1));
            foreach (var writer in new IReportWriter[] { new DocxReportWriter(), new XlsxReportWriter() })
            {
                var file = Path.Combine(dir, "uppfoljning" + writer.Extension);
                await using (var stream = File.Create(file))
                {
                    await writer.WriteAsync(report, stream, TestContext.Current.CancellationToken);
                }

                var info = new ProcessStartInfo(soffice, ["--headless", "--norestore", $"-env:UserInstallation=file://{dir}/profile", "--convert-to", "pdf", "--outdir", Path.Combine(dir, writer.Extension.TrimStart('.')), file])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                using var process = Process.Start(info)!;
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
                timeout.CancelAfter(TimeSpan.FromMinutes(3));
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    throw;
                }

                var pdf = Path.Combine(dir, writer.Extension.TrimStart('.'), "uppfoljning.pdf");
                Assert.True(File.Exists(pdf), $"{writer.Extension}: no PDF. {await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken)}");
                var head = new byte[5];
                await using var read = File.OpenRead(pdf);
                await read.ReadExactlyAsync(head, TestContext.Current.CancellationToken);
                Assert.Equal("%PDF-"u8.ToArray(), head);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);
}

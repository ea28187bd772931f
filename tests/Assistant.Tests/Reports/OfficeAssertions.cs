using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Assistant.Tests.Reports;

internal static class OfficeAssertions
{
    /// <summary>
    /// The package validates with no error against the Office 2007 schemas (the strictest: what every reader, LibreOffice
    /// included, understands) and the current Microsoft 365 ones; each error listed when not.
    /// </summary>
    public static void Valid(OpenXmlPackage package)
    {
        foreach (var version in new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 })
        {
            var errors = new OpenXmlValidator(version).Validate(package).ToList();
            Assert.True(errors.Count == 0, $"{version}:\n" + string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        }
    }
}

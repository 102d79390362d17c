using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;

namespace HotAudit.Cli.Tests;

/// <summary>samples/quickstart end to end with real monitor output: the workbook's charts validate, report.html parses and charts every app.</summary>
public sealed class QuickstartPicturesTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("hotaudit-pictures-").FullName;

    [Fact]
    public async Task Assess_QuickstartAsXlsxAndHtml_ChartsValidAndPageWellFormed()
    {
        // When
        var exit = await Program.Main(["assess", Path.Combine(RepoPaths.Samples, "quickstart"), "--out", _out, "--format", "xlsx,html", "--fail-on", "none"]);

        // Then
        exit.Should().Be(0);
        using (var doc = SpreadsheetDocument.Open(Path.Combine(_out, "report.xlsx"), isEditable: false))
        {
            new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri}: {e.Description}").Should().BeEmpty();
            doc.WorkbookPart!.WorksheetParts.Sum(p => p.DrawingsPart?.ChartParts.Count() ?? 0).Should().BeGreaterThan(2, "the Summary's two and the Trends sheet's");
        }
        using var reader = XmlReader.Create(Path.Combine(_out, "report.html"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var page = XDocument.Load(reader);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        page.Descendants(x + "figure").Select(f => (string?)f.Attribute("id")).Should().Contain(["chart-verdicts", "chart-severities", "chart-daily-1"]);
    }

    public void Dispose() => Directory.Delete(_out, recursive: true);
}

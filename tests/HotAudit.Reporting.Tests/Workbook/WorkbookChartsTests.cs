using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FluentAssertions;
using HotAudit.Reporting.Tests.Support;
using Xunit;

namespace HotAudit.Reporting.Tests.Workbook;

public sealed class WorkbookChartsTests
{
    private static MemoryStream Written(Core.Assessment.AssessmentResult result)
    {
        var ms = new MemoryStream();
        WorkbookWriter.Write(result, ms);
        ms.Position = 0;
        return ms;
    }

    [Fact]
    public void Write_WithCharts_ZeroValidatorErrors()
    {
        using var ms = Written(HostileResult.Build());
        using var doc = SpreadsheetDocument.Open(ms, isEditable: false);

        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        errors.Should().BeEmpty();
    }

    [Fact]
    public void Write_SummaryAndTrends_NativeChartsOnTheirSheets()
    {
        using var ms = Written(HostileResult.Build());
        using var doc = SpreadsheetDocument.Open(ms, isEditable: false);
        var book = doc.WorkbookPart!;

        int ChartsOn(string name) => ((WorksheetPart)book.GetPartById(book.Workbook.Sheets!
            .Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == name).Id!))
            .DrawingsPart?.ChartParts.Count() ?? 0;

        ChartsOn("概览 Summary").Should().Be(2, "clause verdicts and findings by severity");
        ChartsOn("趋势 Trends").Should().Be(4, "publishes and shares for each of the two apps");
        var titles = book.WorksheetParts.SelectMany(p => p.DrawingsPart?.ChartParts ?? []).Select(c => c.ChartSpace.InnerText).ToList();
        titles.Should().Contain(t => t.Contains("条款结论 / Clause verdicts")).And.Contain(t => t.Contains(HostileResult.AppId + ": 占比"));
    }

    [Fact]
    public void Write_TrendsSheet_DataTableUnderEachAppsChartsWithFlaggedDays()
    {
        using var ms = Written(HostileResult.Build());
        using var wb = WorkbookDump.Load(ms.ToArray());
        var ws = wb.Worksheet("趋势 Trends");

        ws.Cell(1, 1).GetString().Should().Be("应用 / App: " + HostileResult.AppId);
        ws.Cell(2, 2).GetString().Should().Be("2026-05-04");
        ws.Cell(19, 1).GetString().Should().Be("日期 / Day");
        ws.Cell(19, 2).GetString().Should().Be("发布次数", "the feature in words, in the chosen language");
        ws.Cell(23, 2).GetDouble().Should().Be(9, "the fourth day's publishes");
        ws.Cell(20, 4).GetString().Should().BeEmpty("a share the monitor left out stays empty, not zero");
    }

    [Fact]
    public void Write_MonitorNotRun_NoTrendChartsAndStillValid()
    {
        using var ms = Written(Some.Result());
        using var doc = SpreadsheetDocument.Open(ms, isEditable: false);

        new OpenXmlValidator().Validate(doc).Should().BeEmpty();
        doc.WorkbookPart!.WorksheetParts.Sum(p => p.DrawingsPart?.ChartParts.Count() ?? 0).Should().Be(2);
    }
}

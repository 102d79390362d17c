using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentAssertions;
using HotAudit.Reporting.Tests.Support;
using Xunit;

namespace HotAudit.Reporting.Tests.Workbook;

/// <summary>How the workbook prints: read back from the saved file, as Excel and LibreOffice see it.</summary>
public sealed class PrintLayoutTests
{
    private static readonly string[] Tables =
        ["条款 Clauses", "发现 Findings", "证据 Evidence", "异常 Anomalies", "追溯 Traceability", "人工核查 Manual checks"];

    private static XLWorkbook Written(string lang = "zh-CN")
    {
        using var ms = new MemoryStream();
        WorkbookWriter.Write(HostileResult.Build(), ms, lang);
        return WorkbookDump.Load(ms.ToArray());
    }

    [Fact]
    public void Write_EverySheet_A4OnePageWideWithPrintAreaAndPageOfPagesFooter()
    {
        using var wb = Written();

        foreach (var ws in wb.Worksheets)
        {
            var page = ws.PageSetup;
            page.PaperSize.Should().Be(XLPaperSize.A4Paper, ws.Name);
            page.PagesWide.Should().Be(1, $"{ws.Name} prints one page wide");
            page.PagesTall.Should().Be(ws.Name == "概览 Summary" ? 1 : 0, ws.Name);
            var area = page.PrintAreas.Should().ContainSingle(ws.Name).Which.RangeAddress;
            (area.FirstAddress.RowNumber, area.FirstAddress.ColumnNumber).Should().Be((1, 1), ws.Name);
        }
    }

    [Fact]
    public void Write_EverySheet_HeaderNamesCaseAndFooterPageOfPagesAndHash()
    {
        using var ms = new MemoryStream();
        WorkbookWriter.Write(HostileResult.Build(), ms, "zh-CN");
        using var doc = SpreadsheetDocument.Open(ms, isEditable: false);

        var footers = doc.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet.GetFirstChild<HeaderFooter>()).ToList();

        footers.Should().HaveCount(10).And.OnlyContain(h => h != null);
        foreach (var hf in footers)
        {
            hf!.OddHeader!.Text.Should().StartWith("&L案例 / Case: ");
            hf.OddFooter!.Text.Should().MatchRegex("findings.json SHA-256 [0-9a-f]{16}").And.Contain("第 &P 页 / 共 &N 页");
        }
    }

    [Fact]
    public void Write_TableSheets_HeaderRowRepeatedOnEveryPage()
    {
        using var wb = Written();

        foreach (var name in Tables)
        {
            var page = wb.Worksheet(name).PageSetup;
            page.FirstRowToRepeatAtTop.Should().Be(1, name);
            page.LastRowToRepeatAtTop.Should().Be(1, name);
        }
    }

    [Fact]
    public void Write_SummaryCharts_InsideThePrintArea()
    {
        using var wb = Written();

        var area = wb.Worksheet("概览 Summary").PageSetup.PrintAreas.Single().RangeAddress;

        area.LastAddress.ColumnNumber.Should().BeGreaterThanOrEqualTo(13, "the two charts sit in columns F..M and print whole beside the counts");
    }

    [Fact]
    public void Write_TrendsSheet_EachAppStartsAPrintedPage()
    {
        using var wb = Written();
        var ws = wb.Worksheet("趋势 Trends");

        var appRows = ws.Column(1).CellsUsed().Where(c => c.GetString().StartsWith("应用 / App: ", StringComparison.Ordinal))
            .Select(c => c.Address.RowNumber).ToList();

        appRows.Should().HaveCount(2);
        ws.PageSetup.RowBreaks.Should().Contain(appRows.Where(r => r > 1).Select(r => r - 1));
    }
}

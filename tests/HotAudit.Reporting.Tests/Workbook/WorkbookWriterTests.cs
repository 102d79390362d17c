using ClosedXML.Excel;
using FluentAssertions;
using HotAudit.Core.Assessment;
using HotAudit.Reporting.Tests.Support;
using Xunit;

namespace HotAudit.Reporting.Tests.Workbook;

public sealed class WorkbookWriterTests
{
    public static TheoryData<int> SheetIndexes => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    private static XLWorkbook Written(AssessmentResult result, string lang = "zh-CN")
    {
        using var ms = new MemoryStream();
        WorkbookWriter.Write(result, ms, lang);
        return WorkbookDump.Load(ms.ToArray());
    }

    [Fact]
    public void Write_SampleResult_TenSheetsInOrder()
    {
        using var wb = Written(Some.Result());

        wb.Worksheets.Select(w => w.Name).Should().Equal(
            "概览 Summary", "条款 Clauses", "发现 Findings", "证据 Evidence", "异常 Anomalies", "趋势 Trends", "追溯 Traceability",
            "人工核查 Manual checks", "数据质量 Data quality", "附录 Appendix");
        wb.Worksheets.Should().OnlyContain(w => w.Name.Length <= 31);
    }

    [Theory]
    [MemberData(nameof(SheetIndexes))]
    public void Write_SampleResult_SheetMatchesSnapshot(int index)
    {
        using var wb = Written(Some.Result());

        Snapshot.Match($"workbook-{index}.txt", WorkbookDump.Sheet(wb.Worksheet(index)));
    }

    [Fact]
    public void Write_English_SummaryMatchesSnapshot()
    {
        using var wb = Written(Some.Result(), "en");

        Snapshot.Match("workbook-en-1.txt", WorkbookDump.Sheet(wb.Worksheet(1)));
    }

    [Fact]
    public void Write_FindingsSheet_FilterOnAndHeaderFrozen()
    {
        using var wb = Written(Some.Result());
        var ws = wb.Worksheet("发现 Findings");

        ws.AutoFilter.IsEnabled.Should().BeTrue();
        ws.AutoFilter.Range.RangeAddress.ToString().Should().Be("A1:P4");
        ws.SheetView.SplitRow.Should().Be(1);
    }

    [Fact]
    public void Write_ClauseWithFindings_LinksToItsFirstFindingRow()
    {
        using var wb = Written(Some.Result());
        var clauses = wb.Worksheet("条款 Clauses");
        var row = clauses.RowsUsed().Single(r => r.Cell(1).GetString() == "HU 7.2 f");

        row.Cell(1).HasHyperlink.Should().BeTrue();
        row.Cell(1).Hyperlink.InternalAddress.Should().Be("'发现 Findings'!A2");
        wb.Worksheet("发现 Findings").Cell(2, 2).GetString().Should().Be("HU-SIL-01");
    }

    [Fact]
    public void Write_TesterCode_InLargeType()
    {
        using var wb = Written(Some.Result());
        var cell = wb.Worksheet(1).CellsUsed().First(c => c.GetString() == "B0"); // the to-be-signed record repeats it below

        cell.Style.Font.FontSize.Should().BeGreaterThanOrEqualTo(20);
    }

    [Fact]
    public void Write_English_FindingTitleInEnglish()
    {
        using var wb = Written(Some.Result(), "en");

        wb.Worksheet("发现 Findings").Cell(2, 3).GetString().Should().Be("HU-SIL-01 English title");
    }

    [Fact]
    public void Write_EmptyResult_AllSheetsWithHeadersOnly()
    {
        var empty = Some.Result() with
        {
            Clauses = [], Findings = [], Resolved = [], HasBaseline = false,
            DataQuality = new Core.Quality.DataQualityReport([], [], []),
        };

        using var wb = Written(empty);

        wb.Worksheets.Should().HaveCount(10);
        wb.Worksheet("发现 Findings").RowsUsed().Should().HaveCount(1);
        wb.Worksheet("证据 Evidence").RowsUsed().Should().HaveCount(1);
    }
}

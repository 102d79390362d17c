using System.IO.Compression;
using System.Security.Cryptography;
using FluentAssertions;
using HotAudit.Reporting.Tests.Support;
using HotAudit.Reporting.Workbook;
using Xunit;

namespace HotAudit.Reporting.Tests.Workbook;

/// <summary>
/// The package <see cref="XlsxPackage"/> streams (no spreadsheet library writes it): the same bytes for the same result,
/// the look the sheets ask for as Excel readers see it, and the page hash of the findings.json written beside it.
/// </summary>
public sealed class WorkbookPackageTests
{
    private static byte[] Written(Core.Assessment.AssessmentResult result)
    {
        using var ms = new MemoryStream();
        WorkbookWriter.Write(result, ms);
        return ms.ToArray();
    }

    [Fact]
    public void Write_SameResultTwice_SameBytesAndZipTimesAreTheReports()
    {
        var result = HostileResult.Build();

        var first = Written(result);
        var second = Written(result);

        second.Should().Equal(first);
        using var zip = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.LastWriteTime.DateTime).Distinct().Should().ContainSingle()
            .Which.Should().BeCloseTo(result.CreatedAt.UtcDateTime, TimeSpan.FromSeconds(2), "zip times have a 2 s resolution");
    }

    [Fact]
    public void Write_AnomaliesSheet_ScoreColumnHasItsColourScale()
    {
        var result = HostileResult.Build();
        using var wb = WorkbookDump.Load(Written(result));
        var ws = wb.Worksheet("异常 Anomalies");

        var format = ws.ConditionalFormats.Should().ContainSingle().Subject;
        format.Range.RangeAddress.ToString().Should().Be($"D2:D{result.Anomalies.Count + 1}");
        format.ConditionalFormatType.Should().Be(ClosedXML.Excel.XLConditionalFormatType.ColorScale);
    }

    [Fact]
    public void Write_StylesAndSizes_AsTheSheetsAskForThem()
    {
        using var wb = WorkbookDump.Load(Written(HostileResult.Build()));
        var summary = wb.Worksheet("概览 Summary");
        var findings = wb.Worksheet("发现 Findings");

        summary.Cell(1, 1).Style.Font.Bold.Should().BeTrue();
        summary.Cell(1, 1).Style.Font.FontSize.Should().Be(16);
        summary.Column(1).Width.Should().BeInRange(44, 45, "the width the sheet set (ClosedXML's padding kept)");
        findings.Cell(1, 1).Style.Fill.BackgroundColor.Color.ToArgb().Should().Be(unchecked((int)0xFFD9E1F2), "the header tint");
        findings.Cell(2, 1).Style.Alignment.WrapText.Should().BeTrue("table sheets wrap");
        findings.Cell(2, 1).Style.Alignment.Vertical.Should().Be(ClosedXML.Excel.XLAlignmentVerticalValues.Top);
        var firstSeen = findings.Cell(2, 11);
        firstSeen.DataType.Should().Be(ClosedXML.Excel.XLDataType.DateTime);
        firstSeen.Style.NumberFormat.Format.Should().Be("yyyy-mm-dd hh:mm:ss");
    }

    [Fact]
    public void Write_FooterHash_IsTheSha256OfTheFindingsJsonWrittenBesideIt()
    {
        var result = HostileResult.Build();
        using var json = new MemoryStream();
        ReportFormats.Find("json")!.Write(result, json, "zh-CN");
        var hash = Convert.ToHexStringLower(SHA256.HashData(json.ToArray()))[..16];

        using var wb = WorkbookDump.Load(Written(result));

        wb.Worksheets.Should().OnlyContain(ws => ws.PageSetup.Footer.Left.GetText(ClosedXML.Excel.XLHFOccurrence.OddPages)
            .Contains(hash, StringComparison.Ordinal));
        json.ToArray().Should().Equal(FindingsJsonWriter.ToBytes(result), "the json format writes the document as the writer serialises it");
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Put_NumberSpreadsheetMLCannotHold_WrittenAsText(double value, string text)
    {
        var cell = new Sheet("t").Row(1).Cell(1);

        Cells.Put(cell, value);

        cell.Kind.Should().Be(CellKind.Text, "a <v>NaN</v> makes Excel refuse the whole workbook");
        cell.Text.Should().Be(text);
    }
}

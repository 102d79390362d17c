using ClosedXML.Excel;
using FluentAssertions;
using HotAudit.Reporting.Tests.Support;
using HotAudit.Reporting.Workbook;
using Xunit;

namespace HotAudit.Reporting.Tests.Workbook;

public sealed class FormulaInjectionTests
{
    private static readonly string[] Hostile =
        ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "@SUM(A1)", "-2+3", "=1+1", "'quoted", "00123", "2026-05-01", "true", "1:30"];

    private static XLWorkbook WrittenWithDeviceIds(params string[] ids)
    {
        var result = Some.Result();
        var evidence = ids.Select((id, i) => Some.Evidence(10 + i, "2026-05-01T00:00:00Z", ("device_id", id))).ToList();
        var finding = result.Findings[0] with
        {
            Subject = [new("app_id", ids[0]), new("app_version", ids[1]), new("patch_id", ids[2])],
            Evidence = evidence,
        };
        using var ms = new MemoryStream();
        WorkbookWriter.Write(result with { Findings = [finding], CommandLine = ids[0] }, ms);
        return WorkbookDump.Load(ms.ToArray());
    }

    [Fact]
    public void Write_FormulaLikeDeviceIds_ExactTextAndNoFormula()
    {
        using var wb = WrittenWithDeviceIds(Hostile);
        var ws = wb.Worksheet("证据 Evidence");

        for (var i = 0; i < Hostile.Length; i++)
        {
            var cell = ws.Cell(i + 2, 7);
            cell.HasFormula.Should().BeFalse();
            cell.FormulaA1.Should().BeEmpty();
            cell.DataType.Should().Be(XLDataType.Text, $"'{Hostile[i]}' is text");
            cell.GetString().Should().Be(Hostile[i]);
        }
    }

    [Fact]
    public void ClosedXml_ValueSetter_GuessesTypesButMakesNoFormula()
    {
        // Characterises ClosedXML 0.95.4, the reason Cells never uses the Value setter: it re-types text.
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("x");
        ws.Cell(1, 1).Value = "=1+1";
        ws.Cell(2, 1).Value = "00123";
        ws.Cell(3, 1).Value = "'quoted";
        ws.Cell(4, 1).SetValue("=1+1");

        ws.Cell(1, 1).HasFormula.Should().BeFalse();
        ws.Cell(1, 1).GetString().Should().Be("=1+1");
        ws.Cell(2, 1).DataType.Should().Be(XLDataType.Number);
        ws.Cell(3, 1).GetString().Should().Be("quoted");
        ws.Cell(4, 1).HasFormula.Should().BeFalse();
        ws.Cell(4, 1).DataType.Should().Be(XLDataType.Text);
    }

    [Fact]
    public void Write_FormulaLikeValues_NoFormulaAnywhereInWorkbook()
    {
        using var wb = WrittenWithDeviceIds(Hostile);

        wb.Worksheets.SelectMany(w => w.CellsUsed()).Where(c => c.HasFormula).Should().BeEmpty();
        wb.Worksheet("附录 Appendix").Cell(2, 2).GetString().Should().Be(Hostile[0]);
    }

    [Fact]
    public void Write_FormulaLikeText_GetsQuotePrefix()
    {
        using var wb = WrittenWithDeviceIds(Hostile);

        wb.Worksheet("证据 Evidence").Cell(2, 7).Style.IncludeQuotePrefix.Should().BeTrue();
    }

    [Fact]
    public void Text_ControlCharacters_ReplacedSoTheFileStaysValid()
    {
        Cells.Sanitize("a\u0001b\uD800c😀").Should().Be("a\uFFFDb\uFFFDc😀");
        Cells.Sanitize(new string('x', 40000)).Should().HaveLength(32767);
    }

    [Fact]
    public void Write_ControlCharacterInDeviceId_SavesAndReadsBack()
    {
        using var wb = WrittenWithDeviceIds("dev\u0007bell", "v", "p");

        wb.Worksheet("证据 Evidence").Cell(2, 7).GetString().Should().Be("dev\uFFFDbell");
    }
}

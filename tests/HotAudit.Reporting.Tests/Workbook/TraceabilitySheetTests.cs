using ClosedXML.Excel;
using FluentAssertions;
using HotAudit.Reporting.Tests.Support;
using Xunit;

namespace HotAudit.Reporting.Tests.Workbook;

public sealed class TraceabilitySheetTests
{
    private static XLWorkbook Written(Core.Assessment.AssessmentResult result)
    {
        using var ms = new MemoryStream();
        WorkbookWriter.Write(result, ms);
        return WorkbookDump.Load(ms.ToArray());
    }

    [Fact]
    public void Write_BrokenChain_GapsInWordsAndColoured()
    {
        using var wb = Written(Some.Result());
        var ws = wb.Worksheet("追溯 Traceability");

        ws.Cell(3, 24).GetString().Should().Be("缺少安全审核 / MISSING security review; 未生效期间被设备应用 / applied by devices while inactive");
        ws.Cell(3, 24).Style.Fill.BackgroundColor.Should().Be(XLColor.FromHtml("#FFC7CE"));
        ws.Cell(2, 24).Style.Fill.BackgroundColor.Should().Be(XLColor.FromHtml("#C6EFCE"));
    }

    [Fact]
    public void Write_FormulaLikePatchId_TextNotFormula()
    {
        using var wb = Written(Some.Result());
        var cell = wb.Worksheet("追溯 Traceability").Cell(3, 3);

        cell.HasFormula.Should().BeFalse();
        cell.GetString().Should().Be("=HYPERLINK(\"x\")");
        cell.Style.IncludeQuotePrefix.Should().BeTrue();
    }

    [Fact]
    public void Write_NoPatch_SaysSo()
    {
        using var wb = Written(Some.Result() with { Traceability = [] });

        wb.Worksheet("追溯 Traceability").Cell(2, 1).GetString().Should().StartWith("案例中没有补丁");
    }

    [Fact]
    public void Write_AppUnderTest_SummaryShowsToBeSignedRecordWithTesterCode()
    {
        using var wb = Written(Some.Result());
        var rows = wb.Worksheet(1).RowsUsed().Select(r => (r.Cell(1).GetString(), r.Cell(2).GetString())).ToList();

        rows.Should().ContainInOrder(
            ("T/TAF 084.4 待签名信息 (表 1) / T/TAF 084.4 to-be-signed record (table 1)", ""),
            ("应用名称 / App name", "示例应用"), ("应用版本 / App version", "3.2.1"), ("应用开发者 / Developer", "示例公司"),
            ("应用杂凑值 / App hash", "ab12"), ("签名自定义数据 (检测者) / Custom data (tester)", "B0"),
            ("自定义数据含义 / Custom data means",
                "依据内部检测规范和推荐性标准检测规范进行检测；未发现不符合项 / tested against both internal requirements and the standard's own; no nonconformity found"));
    }

    [Fact]
    public void Write_NoAppUnderTest_NoToBeSignedRecordButMeaningOfCode()
    {
        var result = Some.Result();
        using var wb = Written(result with { Case = result.Case with { App = null } });
        var labels = wb.Worksheet(1).RowsUsed().Select(r => r.Cell(1).GetString()).ToList();

        labels.Should().Contain("检测者代码含义 / Tester code means").And.NotContain(l => l.Contains("to-be-signed"));
    }
}

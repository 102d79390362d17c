using FluentAssertions;
using HotAudit.Core.Quality;
using HotAudit.Reporting.Tests.Support;
using HotAudit.Reporting.Workbook;
using Xunit;
using static HotAudit.Reporting.Tests.Support.HtmlDocument;

namespace HotAudit.Reporting.Tests.Workbook;

/// <summary>The rejection reasons the readers write, read in Chinese in zh-CN reports; the row's own values kept as they are.</summary>
public sealed class ChineseRejectionTests
{
    private static readonly Rejection[] Rejections =
    [
        new("telemetry.csv", 3, "app_id", "missing required field"),
        new("telemetry.csv", 4, "platform", "'symbian' is not one of android, ios, harmonyos"),
        new("telemetry.csv", 5, "ts", "bad timestamp: epoch with 7 digits (9-11 seconds, 12-14 milliseconds)"),
    ];

    private static readonly string[] Chinese =
    [
        "app_id: 缺少必填字段",
        "platform: 'symbian' 不是以下之一: android, ios, harmonyos",
        "ts: 时间戳无效: 纪元时间为 7 位 (秒应为 9-11 位, 毫秒应为 12-14 位)",
    ];

    public static TheoryData<string, string> Reasons => new()
    {
        { "missing required field", "缺少必填字段" },
        { "missing, required for apply_success", "缺失 (apply_success 事件必填)" },
        { "missing event", "缺少事件名" },
        { "unknown event 'Apply-OK'", "未知事件 'Apply-OK'" },
        { "unknown action '$1'", "未知操作 '$1'" },
        { "'maybe' is not a boolean", "'maybe' 不是布尔值" },
        { "missing timestamp", "缺少时间戳" },
        { "bad timestamp: no such day", "时间戳无效: 日期不存在" },
        { "bad timestamp: offset must be Z, ±HH:mm or ±HHmm", "时间戳无效: 时区偏移应为 Z、±HH:mm 或 ±HHmm" },
        { "line longer than 1 MiB (limit MaxLineBytes); skipped", "行长超过 1 MiB (限制 MaxLineBytes), 已跳过" },
        { "unreadable line", "无法读取的行" },
        { "a reason nobody mapped", "a reason nobody mapped" },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Zh_ReaderReason_ChineseWithTheRowsValuesKept(string reason, string expected) =>
        RejectionWords.Zh(reason).Should().Be(expected);

    [Fact]
    public void Write_ZhCn_DataQualitySheetGivesReasonsInChinese()
    {
        using var ms = new MemoryStream();
        WorkbookWriter.Write(WithRejections(), ms, "zh-CN");
        using var wb = WorkbookDump.Load(ms.ToArray());

        var texts = wb.Worksheet(SheetNames.DataQuality).CellsUsed().Select(c => c.GetString()).ToList();

        texts.Should().Contain(Chinese).And.NotContain(t => t.Contains("missing required field", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_En_DataQualitySheetKeepsEnglishReasons()
    {
        using var ms = new MemoryStream();
        WorkbookWriter.Write(WithRejections(), ms, "en");
        using var wb = WorkbookDump.Load(ms.ToArray());

        wb.Worksheet(SheetNames.DataQuality).CellsUsed().Select(c => c.GetString()).Should().Contain("app_id: missing required field");
    }

    [Fact]
    public void Render_ZhCn_RejectionsTableGivesReasonsInChinese()
    {
        var doc = Parse(HtmlReportWriter.Render(WithRejections(), "zh-CN"));

        var table = doc.Descendants(Xhtml + "table").Single(t => (string?)t.Attribute("id") == "rejections");

        table.Descendants(Xhtml + "td").Select(td => td.Value).Should().Contain(Chinese);
    }

    private static Core.Assessment.AssessmentResult WithRejections()
    {
        var result = Some.Result();
        return result with { DataQuality = result.DataQuality with { Rejections = Rejections } };
    }
}

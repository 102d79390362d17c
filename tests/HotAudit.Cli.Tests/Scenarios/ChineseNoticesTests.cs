using System.Text;
using ClosedXML.Excel;
using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using HotAudit.Reporting.Tests.Support;
using Xunit;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>
/// The quickstart case spoiled in every way a run reports besides its findings — misnamed and nested files (a misnamed
/// telemetry export stops the run, so it is not here), a file
/// that is not gzip, a file whose header maps to nothing, a line that is not UTF-8, bad reference rows, a targeting
/// condition that does not parse, an unknown attestation, waivers that expired or matched nothing, a previous
/// findings.json that cannot be read — assessed with <c>--lang zh-CN</c>: each of those notices and data-quality
/// messages reads in Chinese in the workbook (运行提示, 其他数据问题, the files' 错误) and in report.html, while
/// findings.json keeps the English.
/// </summary>
public sealed class ChineseNoticesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "zh-notices-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Assess_ZhCn_EveryNoticeAndDataIssueIsChinese()
    {
        // Given
        var (caseDir, outDir, waivers) = SpoiledQuickstart();

        // When
        var exit = await Program.Main(["assess", caseDir, "--out", outDir, "--lang", "zh-CN", "--format", "xlsx,html,json", "--waivers", waivers]);

        // Then
        exit.Should().Be(2, "two event log files could not be used");
        using var wb = new XLWorkbook(Path.Combine(outDir, "report.xlsx"));
        var shown = wb.Worksheets.SelectMany(ZhWorkbookWalk.ReasonCells).Select(c => c.GetString()).ToList();
        shown.Should().Contain(s => s.Contains("export.log: 已跳过: 文件名不以输入类型开头 (telemetry*", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("telemetry-old.xls: 已跳过: HotAudit 读取的 telemetry* 文件应为 .csv、", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("包含输入文件的子文件夹", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("不是有效的 gzip 文件", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("全部 2 行均被拒绝", StringComparison.Ordinal) && s.Contains("表头中没有", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("未匹配任何发现项", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("已于 2020-01-01", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("未与上次运行比较", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("不是条款目录中的条款", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("定向条件无法解析", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("'big' 不是整数; 该行保留", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("月份应在 1..12 之间; 该行保留", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("无法读取的行: 不是 JSON 对象; 此参考文件中缺少该行", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("此行不是有效的 UTF-8", StringComparison.Ordinal));
        ZhWorkbookWalk.EnglishReasons(wb).Should().BeEmpty("a zh-CN reader reads every notice and data issue in Chinese");

        var html = await File.ReadAllTextAsync(Path.Combine(outDir, "report.html"));
        var notices = ReportHtml.ListItems(html, "notices").ToList();
        notices.Should().HaveCount(9);
        ReportHtml.ColumnCells(html, "问题").Should().Contain(c => c.Contains("定向条件无法解析", StringComparison.Ordinal));
        ReportHtml.ColumnCells(html, "错误").Should().Contain(c => c.Contains("不是有效的 gzip 文件", StringComparison.Ordinal));
        notices.Concat(ReportHtml.ColumnCells(html, "问题", "错误")).Where(EnglishSentence.In).Should().BeEmpty("report.html shows the same messages in Chinese");

        var json = await File.ReadAllTextAsync(Path.Combine(outDir, "findings.json"));
        json.Should().Contain("matched no finding").And.Contain("targeting condition does not parse").And.NotContain("已跳过");
    }

    /// <summary>The quickstart case, copied and spoiled; with the out folder (holding a broken findings.json) and a waiver file.</summary>
    private (string Case, string Out, string Waivers) SpoiledQuickstart()
    {
        var dir = Path.Combine(_root, "case");
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.EnumerateFiles(Path.Combine(RepoPaths.Samples, "quickstart")))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }
        var header = File.ReadLines(Path.Combine(dir, "telemetry-2026-09-01.csv")).First().TrimStart('\uFEFF');
        File.WriteAllText(Path.Combine(dir, "export.log"), "a,b\n");
        File.WriteAllText(Path.Combine(dir, "telemetry-old.xls"), "x");
        Directory.CreateDirectory(Path.Combine(dir, "more"));
        File.WriteAllText(Path.Combine(dir, "more", "telemetry-x.csv"), header + "\n");
        File.WriteAllText(Path.Combine(dir, "telemetry-zipped.csv.gz"), "this is not gzip");
        File.WriteAllText(Path.Combine(dir, "telemetry-renamed.csv"), "when,device,what\n2026-09-01 08:00:00,d1,x\n2026-09-01 08:01:00,d2,y\n");
        const string Row = "2026-09-02 08:07:00,e9000001,com.acme.news,3.1.0,android,news-0999,consent_prompt,,,,,,,,,,,,14";
        var padding = string.Concat(Enumerable.Repeat(Row + "\n", (1 << 20) / Row.Length + 1)); // past the 1 MiB the encoding is detected from
        var bad = Encoding.UTF8.GetBytes(header + "\n" + padding + Row.Replace("e9000001", "e9000002") + " caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        File.WriteAllBytes(Path.Combine(dir, "telemetry-latin.csv"), bad);
        File.AppendAllText(Path.Combine(dir, "operators.csv"), "dev9,developer,upload,2026-13-01,\n");
        File.WriteAllText(Path.Combine(dir, "patches-extra.jsonl"),
            "{\"patch_id\":\"x-1\",\"app_id\":\"com.acme.shop\",\"app_version\":\"5.2.0\",\"patch_version\":\"1\",\"size\":\"big\"}\nnot json\n");
        File.AppendAllText(Path.Combine(dir, "operations.csv"),
            "2026-09-20T10:00:00+08:00,op99999,admin1,admin,publish,com.acme.shop,5.2.0,shop-5.2.0-p1,1,,,,pass,conditional,os_version >= ,,,\n");
        File.WriteAllText(Path.Combine(dir, "attestations.yaml"), "\"9 z\":\n  status: conformant\n  evidence: none\n");
        var outDir = Path.Combine(_root, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "findings.json"), "{ not json");
        var waivers = Path.Combine(_root, "waivers.yaml");
        File.WriteAllText(waivers, """
            waivers:
              - rule_id: HU-FRQ-05
                subject: {app_id: com.nope}
                justification: no such app
                expires: 2099-12-31
              - rule_id: HU-SIL-01
                justification: long gone
                expires: 2020-01-01
            """);
        return (dir, outDir, waivers);
    }
}

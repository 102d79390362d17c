using System.Text;
using System.Text.Json;
using FluentAssertions;
using HotAudit.Core.Quality;
using HotAudit.Reporting;
using Xunit;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>
/// The real readers fed one bad row per reason of <see cref="RejectionReasons"/>: each rejection findings.json lists is
/// one of the catalog's (so its Chinese is the one zh-CN reports show), and every reason of the catalog is one the
/// readers actually write.
/// </summary>
public sealed class RejectionReasonsTests : IDisposable
{
    private const string Base = "app_id,app_version,platform,device_id,event,patch_id,user_initiated,os_version";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "reasons-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Assess_OneBadRowPerReason_EveryRejectionIsACatalogReasonWithChinese()
    {
        // Given
        var dir = Path.Combine(_root, "case");
        Directory.CreateDirectory(dir);
        var good = "com.acme.news,3.1.0,android,d1,launch,,,14";
        string[] telemetry =
        [
            "ts," + Base,
            "2026-09-01 08:00:00," + good,
            "," + good,
            "2026-09-01 08:00:00,com.acme.news,3.1.0,android,d1,,,,14",
            "2026-09-01 08:00:00,com.acme.news,3.1.0,android,d1,Apply-OK,,,14",
            "2026-09-01 08:00:00,com.acme.news,3.1.0,android,,launch,,,14",
            "2026-09-01 08:00:00,com.acme.news,3.1.0,android,d1,download_start,,,14",
            "2026-09-01 08:00:00,com.acme.news,3.1.0,symbian,d1,launch,,,14",
            "2026-09-01 08:00:00,com.acme.news,3.1.0,android,d1,launch,,maybe,14",
            "1999-01-01 00:00:00," + good,
            "1234567," + good,
            "2026/09/01 08:00:00," + good,
            "2026-13-01 08:00:00," + good,
            "2026-02-30 08:00:00," + good,
            "2026-09-01T," + good,
            "2026-09-01 25:00:00," + good,
            "2026-09-01 08:00:00.123456789," + good,
            "2026-09-01 08:00:00+8," + good,
        ];
        File.WriteAllLines(Path.Combine(dir, "telemetry.csv"), telemetry);
        var json = "{\"ts\": \"2026-09-01 08:00:00\", \"app_id\": \"com.acme.news\", \"app_version\": \"3.1.0\", \"platform\": \"android\", \"device_id\": \"d2\", \"event\": \"launch\"}";
        File.WriteAllLines(Path.Combine(dir, "telemetry.jsonl"), [json, "not json at all", "{\"ts\": \"" + new string('x', 1_100_000) + "\"}"], Encoding.UTF8);
        File.WriteAllLines(Path.Combine(dir, "operations.csv"),
        [
            "ts,op_id,operator,role,action,app_id,result",
            "2026-09-01T08:00:00+08:00,op1,admin1,admin,app_register,com.acme.news,",
            "2026-09-01T08:00:00+08:00,op2,admin1,admin,,com.acme.news,",
            "2026-09-01T08:00:00+08:00,op3,admin1,admin,teleport,com.acme.news,",
            "2026-09-01T08:00:00+08:00,op4,admin1,admin,app_register,com.acme.news,perhaps",
        ]);
        var outDir = Path.Combine(_root, "out");

        // When
        var exit = await Program.Main(["assess", dir, "--out", outDir, "--format", "json"]);

        // Then
        exit.Should().BeOneOf(0, 1);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "findings.json")));
        var reasons = doc.RootElement.GetProperty("data_quality").GetProperty("rejections").EnumerateArray()
            .Select(r => r.GetProperty("reason").GetString()!).ToList();
        reasons.Should().OnlyContain(r => RejectionReasons.All.Any(t => t.Zh(r) != null), "every reason the readers write is in the catalog, so it has its Chinese");
        reasons.Select(RejectionWords.Zh).Should().OnlyContain(zh => zh.Any(c => c >= '\u4E00' && c <= '\u9FFF'));
        RejectionReasons.All.Where(t => !reasons.Any(r => t.Zh(r) != null)).Select(t => t.En)
            .Should().BeEmpty("each reason of the catalog is one a bad row really gets");
    }

    [Fact]
    public void Zh_EveryCatalogReason_ReadsBackWithTheRowsValues()
    {
        foreach (var template in RejectionReasons.All)
        {
            var english = template.Format("v1", "v2");

            template.Zh(english).Should().Be(string.Format(System.Globalization.CultureInfo.InvariantCulture, template.ZhTemplate, "v1", "v2"), template.En);
            RejectionReasons.All.First(t => t.Zh(english) is not null).Should().BeSameAs(template, $"'{english}' reads back as its own reason");
        }
    }
}

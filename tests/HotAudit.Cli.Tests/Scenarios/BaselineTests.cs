using System.Globalization;
using ClosedXML.Excel;
using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>What changed since the previous run: new, unchanged and resolved findings (OUTPUTS.md, Summary and findings.json).</summary>
public sealed class BaselineTests
{
    private static CaseDirectory DeniedThenDownloaded(params string[] appIds) =>
        new CaseBuilder().Telemetry(appIds.SelectMany(app =>
        {
            var d = new Device(app, "5.2.0", "d1");
            return new[] { d.Denied(T0), d.DownloadStart("p1", T0.AddMinutes(1)) };
        })).Build();

    private static Dictionary<string, string?> Changes(OutFolder run) =>
        run.FindingsJson().GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule_id").GetString() == "HU-CON-02")
            .ToDictionary(f => f.GetProperty("subject").GetProperty("app_id").GetString()!,
                f => f.TryGetProperty("change", out var c) ? c.GetString() : null);

    [Fact]
    public async Task Assess_TwiceIntoSameOut_MarksUnchangedNewAndResolved()
    {
        // Given: a first run with violations in com.a and com.b, then one where com.b is fixed and com.c is new
        using var before = DeniedThenDownloaded("com.a", "com.b");
        using var after = DeniedThenDownloaded("com.a", "com.c");
        using var run = new OutFolder();
        (await run.AssessAsync(before, "--format", "json,xlsx", "--fail-on", "none")).Should().Be(0);
        Changes(run).Values.Should().OnlyContain(c => c == null, "the first run has nothing to compare with");

        // When
        var exit = await run.AssessAsync(after, "--format", "json,xlsx", "--fail-on", "none");

        // Then
        exit.Should().Be(0);
        Changes(run).Should().Equal(new Dictionary<string, string?> { ["com.a"] = "unchanged", ["com.c"] = "new" });
        var resolved = run.FindingsJson().GetProperty("resolved").EnumerateArray()
            .Where(f => f.GetProperty("rule_id").GetString() == "HU-CON-02").ToList();
        resolved.Should().ContainSingle().Which.GetProperty("subject").GetProperty("app_id").GetString().Should().Be("com.b");
        var findings = run.FindingsJson().GetProperty("findings").EnumerateArray().ToList();
        SummaryValue(run, "新增 / New").Should().Be(findings.Count(f => f.GetProperty("change").GetString() == "new").ToString(CultureInfo.InvariantCulture));
        SummaryValue(run, "未变 / Unchanged").Should().Be(findings.Count(f => f.GetProperty("change").GetString() == "unchanged").ToString(CultureInfo.InvariantCulture));
        SummaryValue(run, "已解决 / Resolved").Should().Be(run.FindingsJson().GetProperty("resolved").GetArrayLength().ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The value next to a label on the workbook's Summary sheet.</summary>
    private static string SummaryValue(OutFolder run, string label)
    {
        using var workbook = new XLWorkbook(run.Report("report.xlsx"));
        var row = workbook.Worksheet("概览 Summary").RowsUsed().Single(r => r.Cell(1).GetString() == label);
        return row.Cell(2).GetString();
    }

    [Fact]
    public async Task Assess_BaselineGivenExplicitly_ComparedAgainstIt()
    {
        // Given
        using var before = DeniedThenDownloaded("com.a");
        using var first = new OutFolder();
        await first.AssessAsync(before, "--format", "json", "--fail-on", "none");
        using var dir = DeniedThenDownloaded("com.a", "com.b");
        using var run = new OutFolder();

        // When
        var exit = await run.AssessAsync(dir, "--format", "json", "--fail-on", "none", "--baseline", first.Report("findings.json"));

        // Then
        exit.Should().Be(0);
        Changes(run).Should().Equal(new Dictionary<string, string?> { ["com.a"] = "unchanged", ["com.b"] = "new" });
        run.FindingsJson().GetProperty("resolved").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Assess_BaselineNotAHotAuditFile_ExitsTwoAndWritesNoReport()
    {
        // Given
        using var dir = DeniedThenDownloaded("com.a");
        using var run = new OutFolder();
        var baseline = run.WriteFile("other.json", "{\"results\": []}");

        // When
        var exit = await run.AssessAsync(dir, "--format", "json", "--baseline", baseline);

        // Then
        exit.Should().Be(2);
        Directory.Exists(run.Path).Should().BeFalse();
    }

    [Fact]
    public async Task Assess_UnreadableFindingsJsonInOutFolder_NoticedAndNotCompared()
    {
        // Given
        using var dir = DeniedThenDownloaded("com.a");
        using var run = new OutFolder();
        Directory.CreateDirectory(run.Path);
        await File.WriteAllTextAsync(run.Report("findings.json"), "not json");

        // When
        var exit = await run.AssessAsync(dir, "--format", "json", "--fail-on", "none");

        // Then
        exit.Should().Be(0);
        var root = run.FindingsJson();
        root.TryGetProperty("resolved", out _).Should().BeFalse();
        root.GetProperty("notices").EnumerateArray().Should().Contain(n => n.GetString()!.StartsWith("previous run not compared: ", StringComparison.Ordinal));
    }
}

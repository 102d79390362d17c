using System.Text.Json;
using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>Waivers (OUTPUTS.md): a waived finding stays in every output, marked, and does not count toward --fail-on.</summary>
public sealed class WaiverTests
{
    private static CaseDirectory DeniedThenDownloaded(params string[] appIds) =>
        new CaseBuilder().Telemetry(appIds.SelectMany(app =>
        {
            var d = new Device(app, "5.2.0", "d1");
            return new[] { d.Denied(T0), d.DownloadStart("p1", T0.AddMinutes(1)) };
        })).Build();

    [Fact]
    public async Task Assess_WaivedCriticalFinding_FailOnCriticalExitsZeroAndFindingStillReported()
    {
        // Given: HU-CON-02 (critical) fires for com.a, and a waiver covers it until 2099
        using var dir = DeniedThenDownloaded("com.a");
        using var run = new OutFolder();
        var waivers = run.WriteFile("waivers.yaml", """
            waivers:
              - rule_id: HU-CON-02
                subject: {app_id: com.a}
                justification: consent flow fixed in 5.3.0, rolling out
                approved_by: CISO
                expires: 2099-12-31
            """);

        // When
        var exit = await run.AssessAsync(dir, "--format", "json", "--fail-on", "critical", "--waivers", waivers);

        // Then
        exit.Should().Be(0);
        var finding = run.FindingsJson().GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule_id").GetString() == "HU-CON-02");
        finding.GetProperty("waived").GetBoolean().Should().BeTrue();
        finding.GetProperty("waiver").GetProperty("justification").GetString().Should().Be("consent flow fixed in 5.3.0, rolling out");
        finding.GetProperty("waiver").GetProperty("expires").GetString().Should().Be("2099-12-31T23:59:59+08:00");
    }

    [Fact]
    public async Task Assess_ExpiredAndUnmatchedWaivers_IgnoredAndNoticed()
    {
        // Given
        using var dir = DeniedThenDownloaded("com.a");
        using var run = new OutFolder();
        var waivers = run.WriteFile("waivers.yaml", """
            waivers:
              - rule_id: HU-CON-02
                justification: was accepted last year
                expires: 2020-12-31T23:59:59+08:00
              - clause: HU 6 d
                justification: nothing to waive
                expires: 2099-12-31
            """);

        // When
        var exit = await run.AssessAsync(dir, "--format", "json", "--fail-on", "critical", "--waivers", waivers);

        // Then
        exit.Should().Be(1);
        var root = run.FindingsJson();
        root.GetProperty("findings").EnumerateArray().Should().OnlyContain(f => !f.GetProperty("waived").GetBoolean());
        root.GetProperty("notices").EnumerateArray().Select(n => n.GetString()).Should().Contain(
        [
            "waiver #1 (waivers.yaml:2) for HU-CON-02 expired on 2020-12-31T23:59:59+08:00 and was ignored",
            "waiver #2 (waivers.yaml:5) for HU 6 d matched no finding",
        ]);
    }

    [Fact]
    public async Task Assess_MalformedWaiverFile_ExitsTwoAndWritesNoReport()
    {
        // Given: the waiver has no justification
        using var dir = DeniedThenDownloaded("com.a");
        using var run = new OutFolder();
        var waivers = run.WriteFile("waivers.yaml", "waivers:\n  - rule_id: HU-CON-02\n    expires: 2099-12-31\n");

        // When
        var exit = await run.AssessAsync(dir, "--format", "json,xlsx", "--waivers", waivers);

        // Then
        exit.Should().Be(2);
        Directory.Exists(run.Path).Should().BeFalse("no report is written when the waiver file is malformed");
    }
}

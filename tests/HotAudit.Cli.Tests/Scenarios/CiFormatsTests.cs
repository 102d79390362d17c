using System.Text.Json;
using System.Xml.Linq;
using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>The CI formats (OUTPUTS.md): junit.xml, one test case per clause; findings.sarif, one result per finding.</summary>
public sealed class CiFormatsTests
{
    private static CaseDirectory DeniedThenDownloaded() =>
        new CaseBuilder().Telemetry(
            new Device("com.a", "5.2.0", "d1").Denied(T0), new Device("com.a", "5.2.0", "d1").DownloadStart("p1", T0.AddMinutes(1)),
            new Device("com.b", "5.2.0", "d2").Denied(T0), new Device("com.b", "5.2.0", "d2").DownloadStart("p1", T0.AddMinutes(1))).Build();

    [Fact]
    public async Task Assess_FormatJunit_FailureForNonconformantClauseAndSkippedForManualOnes()
    {
        // Given: HU-SIG-05 fires under HU 6 b (a shall clause); HU 6 a and HU 6 c need an attestation
        var d = new Device("com.a", "5.2.0", "d1");
        using var dir = new CaseBuilder().Telemetry(d.VerifyFailed("p1", T0), d.ApplySuccess("p1", T0.AddMinutes(1))).Build();
        using var run = new OutFolder();

        // When
        var exit = await run.AssessAsync(dir, "--format", "junit");

        // Then
        exit.Should().Be(1);
        File.Exists(run.Report("findings.json")).Should().BeTrue("findings.json is always written: it is the next run's baseline");
        var suite = XDocument.Load(run.Report("junit.xml")).Descendants("testsuite").Should().ContainSingle().Subject;
        var cases = suite.Elements("testcase").ToDictionary(Clause);
        cases["HU 6 b"].Element("failure")!.Attribute("message")!.Value.Should().StartWith("nonconformant: ")
            .And.Contain("HU-SIG-05 app_id=com.a, app_version=5.2.0, patch_id=p1 (count 1)");
        cases["HU 6 a"].Element("skipped")!.Attribute("message")!.Value.Should().StartWith("manual: ");
        cases["HU 6 c"].Element("skipped").Should().NotBeNull();
        int.Parse(suite.Attribute("tests")!.Value, System.Globalization.CultureInfo.InvariantCulture).Should().Be(cases.Count);
        int.Parse(suite.Attribute("failures")!.Value, System.Globalization.CultureInfo.InvariantCulture).Should().Be(cases.Values.Count(c => c.Element("failure") is not null));
        int.Parse(suite.Attribute("skipped")!.Value, System.Globalization.CultureInfo.InvariantCulture).Should().Be(cases.Values.Count(c => c.Element("skipped") is not null));
    }

    [Fact]
    public async Task Assess_FormatSarif_ResultPerFindingAtEvidenceAndSuppressionForWaived()
    {
        // Given: com.b's finding is waived
        using var dir = DeniedThenDownloaded();
        using var run = new OutFolder();
        var waivers = run.WriteFile("waivers.yaml", "waivers:\n  - rule_id: HU-CON-02\n    subject: {app_id: com.b}\n    justification: pilot app\n    expires: 2099-01-01\n");

        // When
        var exit = await run.AssessAsync(dir, "--format", "sarif,json", "--waivers", waivers);

        // Then
        exit.Should().Be(1);
        using var sarif = JsonDocument.Parse(await File.ReadAllTextAsync(run.Report("findings.sarif")));
        sarif.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        results.Should().HaveCount(run.FindingsJson().GetProperty("findings").GetArrayLength());
        var con02 = results.Where(r => r.GetProperty("ruleId").GetString() == "HU-CON-02")
            .ToDictionary(r => r.GetProperty("properties").GetProperty("subject").GetProperty("app_id").GetString()!);
        var location = con02["com.a"].GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("telemetry.csv");
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(3, "com.a's download_start is the second data row");
        con02["com.a"].TryGetProperty("suppressions", out _).Should().BeFalse();
        con02["com.b"].GetProperty("suppressions")[0].GetProperty("kind").GetString().Should().Be("external");
        con02["com.b"].GetProperty("suppressions")[0].GetProperty("justification").GetString().Should().Be("pilot app");
    }

    private static string Clause(XElement testcase)
    {
        // "HU 7.2 g Title..." or "SCD 4.1 Title...": the clause id is the first two or three words.
        var words = testcase.Attribute("name")!.Value.Split(' ');
        return string.Join(' ', words.Take(words[0] == "SCD" ? 2 : 3));
    }
}

using FluentAssertions;
using HotAudit.Core.Assessment;
using HotAudit.Core.Contract;

namespace HotAudit.Ingestion.Tests;

public sealed class CaseDiscoveryTests
{
    [Fact]
    public void Discover_FilesByPrefixAndExtension_GroupedAndSorted()
    {
        using var tc = new TempCase();
        foreach (var name in new[]
        {
            "Telemetry-b.CSV", "telemetry-a.jsonl.gz", "telemetry.json", "telemetry.csv.zip", "operations.tsv", "operators.txt",
            "OPERATIONS-2.xlsx", "patches.csv", "notes.csv", "app_signatures.jsonl", "tenants.xlsx.gz",
        })
        {
            tc.Text(name, "x");
        }
        Directory.CreateDirectory(tc.Path("telemetry-sub.csv"));

        var m = CaseDiscovery.Discover(tc.Directory);

        m.Files.Keys.Should().BeEquivalentTo([InputKind.Telemetry, InputKind.Operations, InputKind.Operators, InputKind.Patches, InputKind.AppSignatures]);
        m.Files[InputKind.Telemetry].Select(Path.GetFileName).Should().Equal("Telemetry-b.CSV", "telemetry-a.jsonl.gz");
        m.Files[InputKind.Operations].Select(Path.GetFileName).Should().Equal("OPERATIONS-2.xlsx", "operations.tsv");
        m.Files[InputKind.Operators].Select(Path.GetFileName).Should().Equal("operators.txt");
        m.KeysDirectory.Should().BeNull();
        m.AttestationsFile.Should().BeNull();
        m.CaseId.Should().BeNull();
        m.Set.Should().BeEmpty();
    }

    [Fact]
    public void Discover_CaseFile_AllFieldsRead()
    {
        using var tc = new TempCase().Text("hotaudit.case.yaml", """
            case: ACME-2026-031
            scenario: External
            tz: "+05:30"
            standard_label: TAF-HU-2025
            period:
              from: 2026-05-01
              until: 2026-11-17T00:00:00+08:00
            app_under_test: {name: Pay, version: 5.2.0, developer: ACME, hash: abc}
            rules:
              packs: [silent-background-updates, frequent-patching]
              set: {HU-FRQ-01.max_publishes: 5}
            """).Text("attestations.yaml", "{}");

        var m = CaseDiscovery.Discover(tc.Directory);

        m.Should().Match<CaseManifest>(x => x.CaseId == "ACME-2026-031" && x.Scenario == Scenario.External
            && x.Offset == new TimeSpan(5, 30, 0) && x.StandardLabel == "TAF-HU-2025");
        m.PeriodFrom.Should().Be(new DateTime(2026, 4, 30, 18, 30, 0).Ticks);
        m.PeriodUntil.Should().Be(new DateTime(2026, 11, 16, 16, 0, 0).Ticks);
        m.App.Should().Be(new AppUnderTest("Pay", "5.2.0", "ACME", "abc"));
        m.Packs.Should().Equal("silent-background-updates", "frequent-patching");
        m.Set.Should().Equal(new Dictionary<string, string> { ["HU-FRQ-01.max_publishes"] = "5" });
        m.AttestationsFile.Should().Be(tc.Path("attestations.yaml"));
    }

    [Fact]
    public void Discover_PeriodWithoutTz_UsesPlusEight()
    {
        using var tc = new TempCase().Text("hotaudit.case.yaml", "period:\n  from: 2026-05-01 00:00:00\n");

        CaseDiscovery.Discover(tc.Directory).PeriodFrom.Should().Be(new DateTime(2026, 4, 30, 16, 0, 0).Ticks);
    }

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("")]
    public void Discover_TildeOrNullValues_ReadAsAbsent(string nothing)
    {
        using var tc = new TempCase().Text("hotaudit.case.yaml", $"case: {nothing}\nscenario: {nothing}\ntz: {nothing}\nperiod: {nothing}\nrules:\n  packs: {nothing}\n");

        var m = CaseDiscovery.Discover(tc.Directory);

        m.Should().Match<CaseManifest>(x => x.CaseId == null && x.Scenario == null && x.Offset == null && x.PeriodFrom == null && x.Packs == null);
    }

    [Fact]
    public void Discover_QuotedTilde_IsText()
    {
        using var tc = new TempCase().Text("hotaudit.case.yaml", "case: \"~\"\n");

        CaseDiscovery.Discover(tc.Directory).CaseId.Should().Be("~");
    }

    [Theory]
    [InlineData("case: [unclosed\n", "not valid YAML")]
    [InlineData("scenario: partner\n", "unknown scenario 'partner'")]
    [InlineData("tz: Mars/Olympus\n", "bad tz")]
    [InlineData("period:\n  from: 2026-02-30\n", "period.from")]
    [InlineData("period: 2026\n", "'period' must be a mapping")]
    [InlineData("- a\n- b\n", "mapping at the top level")]
    public void Discover_MalformedCaseFile_ThrowsNamingFileAndProblem(string yaml, string problem)
    {
        using var tc = new TempCase().Text("hotaudit.case.yaml", yaml);

        var act = () => CaseDiscovery.Discover(tc.Directory);

        act.Should().Throw<CaseInputException>().Which.Message.Should().StartWith("hotaudit.case.yaml").And.Contain(problem);
    }

    [Fact]
    public void Discover_MissingDirectory_Throws()
    {
        var act = () => CaseDiscovery.Discover(Path.Combine(Path.GetTempPath(), "no-such-case-" + Guid.NewGuid()));

        act.Should().Throw<CaseInputException>().WithMessage("*no such case folder*");
    }
}

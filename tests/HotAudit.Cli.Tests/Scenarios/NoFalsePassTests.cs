using System.Text.Json;
using System.Xml.Linq;
using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>
/// A run that could not assess says so: an empty, mistyped or parent folder is exit 2 with what was found and what is
/// expected; a file whose every row is rejected names the header it could not map; an incomplete assessment issues no
/// tester code; the console and JUnit say why the exit code is what it is; findings.json is always written.
/// </summary>
public sealed class NoFalsePassTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hotaudit-nofalsepass-").FullName;

    [Fact]
    public async Task Assess_EmptyFolder_ExitsTwoNamingTheExpectedFilesAndWritesNothing()
    {
        // Given
        var dir = Folder("empty");

        // When
        var (exit, console) = await Run(dir, "--fail-on", "low");

        // Then
        exit.Should().Be(2);
        console.Should().Contain("nothing to assess").And.Contain("telemetry*").And.Contain("operations*");
        Directory.Exists(Path.Combine(dir, "hotaudit-out")).Should().BeFalse();
    }

    [Fact]
    public async Task Assess_ParentOfACase_ExitsTwoNamingTheSubFolder()
    {
        // Given
        var parent = Folder("parent");
        var d = new Device("com.a", "5.2.0", "d1");
        using var child = new CaseBuilder().Telemetry(d.Granted(T0)).Build();
        CopyFolder(child.Path, Path.Combine(parent, "case-a"));

        // When
        var (exit, console) = await Run(parent);

        // Then
        exit.Should().Be(2);
        console.Should().Contain("case-a/").And.Contain("assess case-a itself");
    }

    [Fact]
    public async Task Assess_MisnamedEventFiles_ExitsTwoNamingEachWithWhatItLooksLike()
    {
        // Given: the quickstart's telemetry and operation log under names HotAudit does not read
        var dir = Folder("misnamed");
        File.Copy(Quickstart("telemetry-2026-09-01.csv"), Path.Combine(dir, "events-1.csv"));
        File.Copy(Quickstart("operations.csv"), Path.Combine(dir, "ops_log.csv"));

        // When
        var (exit, console) = await Run(dir, "--fail-on", "low");

        // Then
        exit.Should().Be(2);
        console.Should().Contain("events-1.csv: looks like telemetry").And.Contain("ops_log.csv: looks like an operation log");
    }

    [Fact]
    public async Task Assess_RenamedHeader_ExitsTwoNamingTheColumnAndTheClosestKnownName()
    {
        // Given: telemetry whose device_id column is called deviceid, beside a good operation log
        var dir = Folder("renamed");
        var lines = File.ReadAllLines(Quickstart("telemetry-2026-09-01.csv"));
        lines[0] = lines[0].Replace("device_id", "deviceid", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(dir, "telemetry-a.csv"), lines);
        File.Copy(Quickstart("operations.csv"), Path.Combine(dir, "operations.csv"));

        // When
        var (exit, console) = await Run(dir, "--fail-on", "none");

        // Then: the rest is assessed and reported, the file is an error of the run
        exit.Should().Be(2);
        console.Should().Contain("telemetry-a.csv: every one of its").And.Contain("'deviceid' (closest: device_id)");
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "hotaudit-out", "findings.json")));
        json.RootElement.GetProperty("data_quality").GetProperty("files").EnumerateArray()
            .Single(f => f.GetProperty("file").GetString() == "telemetry-a.csv").GetProperty("error").GetString().Should().Contain("deviceid");
    }

    [Fact]
    public async Task Assess_UnrecognisedDataFileBesideACase_IsANoticeInTheReports()
    {
        // Given
        var d = new Device("com.a", "5.2.0", "d1");
        using var dir = new CaseBuilder().Telemetry(d.Granted(T0), d.Check(T0.AddMinutes(1))).Build();
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "notes.csv"), "what,who\nchecked,me\n");

        // When
        var (exit, console) = await Run(dir.Path, "--fail-on", "none");

        // Then
        exit.Should().Be(0);
        console.Should().Contain("notice: notes.csv: skipped");
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir.Path, "hotaudit-out", "findings.json")));
        json.RootElement.GetProperty("notices").EnumerateArray().Select(n => n.GetString()).Should().Contain(n => n!.StartsWith("notes.csv: skipped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Assess_ManualClausesWithoutAttestation_NoTesterCodeAndSaysWhy()
    {
        // Given: the quickstart has no attestations, so HU 6 a and HU 6 c are manual
        var dir = Folder("qs");
        CopyFolder(Path.GetDirectoryName(Quickstart("operations.csv"))!, dir);

        // When
        var (exit, console) = await Run(dir, "--format", "json,junit");

        // Then
        exit.Should().Be(1);
        console.Should().Contain("no tester code: the assessment is incomplete (clauses HU 6 a, HU 6 c");
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "hotaudit-out", "findings.json")));
        json.RootElement.GetProperty("tester_code").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("tester_code_reason").GetString().Should().Contain("incomplete");
        json.RootElement.GetProperty("incomplete_clauses").EnumerateArray().Select(c => c.GetString()).Should().Contain(["HU 6 a", "HU 6 c"]);
    }

    [Fact]
    public async Task Assess_EveryShallClauseDecided_IssuesTheTesterCode()
    {
        // Given: the quickstart with attestations for its manual clauses
        var dir = Folder("qs-attested");
        CopyFolder(Path.GetDirectoryName(Quickstart("operations.csv"))!, dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "attestations.yaml"),
            "\"6 a\":\n  status: conformant\n  evidence: design review DR-7\n  assessor: Lab A\n  date: 2026-11-01\n" +
            "\"6 c\":\n  status: conformant\n  evidence: SDK report S-19\n  assessor: Lab A\n  date: 2026-11-01\n");

        // When
        var (_, console) = await Run(dir, "--format", "json");

        // Then
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "hotaudit-out", "findings.json")));
        json.RootElement.GetProperty("tester_code").GetString().Should().Be("B1", console);
        json.RootElement.TryGetProperty("tester_code_reason", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("high", 1)]
    [InlineData("critical", 1)]
    [InlineData("none", 0)]
    public async Task Assess_FormatJunit_GateCaseFailsExactlyWhenTheRunExitsOne(string failOn, int expectedExit)
    {
        // Given: HU-CON-02 (critical) and HU-TLS-03 (low)
        var d = new Device("com.a", "5.2.0", "d1");
        using var dir = new CaseBuilder().Telemetry(d.Denied(T0), d.DownloadStart("p1", T0.AddMinutes(1))).Build();

        // When
        var (exit, console) = await Run(dir.Path, "--format", "junit", "--fail-on", failOn);

        // Then
        exit.Should().Be(expectedExit);
        var junit = XDocument.Load(Path.Combine(dir.Path, "hotaudit-out", "junit.xml"));
        var gate = junit.Descendants("testcase").Single(t => (string?)t.Attribute("classname") == "hotaudit" && ((string)t.Attribute("name")!).StartsWith("fail-on", StringComparison.Ordinal));
        (gate.Element("failure") is not null).Should().Be(exit == 1);
        if (exit == 1)
        {
            gate.Element("failure")!.Value.Should().Contain("HU-CON-02");
            console.Should().Contain("exit 1: ").And.Contain($"finding(s) at or above {failOn} (").And.Contain("1 HU-CON-02");
        }
        File.Exists(Path.Combine(dir.Path, "hotaudit-out", "findings.json")).Should().BeTrue("findings.json is the next run's baseline, whatever --format says");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    private static string Quickstart(string file) => Path.Combine(RepoPaths.Root, "samples", "quickstart", file);

    private static async Task<(int Exit, string Console)> Run(string caseDir, params string[] options)
    {
        using var capture = new ConsoleCapture();
        var exit = await Program.Main(["assess", caseDir, .. options]);
        return (exit, capture.Error + capture.Out);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}

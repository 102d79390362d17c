using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>
/// Ingestion through the CLI: the same telemetry as one clean CSV, or spread over CSV with BOM, JSON Lines, gzip,
/// GB18030 with Chinese headers and <c>;</c>-CSV, out of time order, with duplicates and malformed rows, must give the
/// same findings; rejected rows, their lines and the duplicates dropped are exact (DATA-CONTRACT.md).
/// </summary>
public sealed class MixedFormatIngestionTests
{
    private const string Bom = "telemetry-1-bom.csv";
    private const string Jsonl = "telemetry-2.jsonl";
    private const string Gz = "telemetry-3.csv.gz";
    private const string Gb = "telemetry-4-gb18030.csv";
    private const string Semi = "telemetry-5-semicolon.csv";

    private static readonly string[] Files = [Bom, Jsonl, Gz, Gb, Semi];
    private static readonly FileFormat[] Formats =
        [FileFormat.CsvBomCrlf, FileFormat.JsonLines, FileFormat.CsvGzip, FileFormat.CsvGb18030Chinese, FileFormat.CsvSemicolon];

    [Fact]
    public async Task Assess_OneCleanCsv_ReportsTheScenarioFindingsExactly()
    {
        // Given
        using var clean = CleanCase();

        // When
        var result = await Assess.RunAsync(clean);

        // Then
        result.Rendered(Packs.Shipped).Should().BeEquivalentTo(
            Expect.Finding("HU-SIL-01", 1, "com.a", "5.2.0", "p1"),
            Expect.Finding("HU-SIL-01", 1, "com.b", "1.0", "q1"),
            Expect.Finding("HU-CON-01", 2, "com.a"),
            Expect.Finding("HU-CON-02", 1, "com.a"),
            Expect.Finding("HU-FRQ-03", 1, "com.a"),
            Expect.Finding("HU-SIG-04", 2, "com.a", "5.2.0", "p1"),
            Expect.Finding("HU-SIG-05", 1, "com.a", "5.2.0", "p1"),
            Expect.Finding("HU-SIG-06", 1, "com.a", "p1"),
            Expect.Finding("HU-SIG-07", 1, "com.b", "q9"));
        result.Rejected.Should().Be(0);
        result.Duplicates.Should().Be(0);
        result.File("telemetry.csv").Rows.Should().Be(Scenario().Count);
    }

    [Fact]
    public async Task Assess_SameEventsInFiveFormatsWithDuplicatesAndBadRows_ReportsSameFindingsAsOneCleanCsv()
    {
        // Given
        using var clean = CleanCase();
        var (mixedBuilder, duplicates) = MixedCase();
        using var mixed = mixedBuilder.Build();

        // When
        var expected = await Assess.RunAsync(clean);
        var actual = await Assess.RunAsync(mixed);

        // Then
        actual.Rendered([.. actual.All.Select(f => f.RuleId).Distinct()]).Should().BeEquivalentTo(
            expected.Rendered([.. expected.All.Select(f => f.RuleId).Distinct()]));
        actual.Duplicates.Should().Be(duplicates);
        actual.Rejected.Should().Be(mixed.Rejections.Count).And.Be(10);
        foreach (var file in mixed.Files)
        {
            actual.File(file.Name).Rows.Should().Be(file.Rows, $"{file.Name} has {file.Rows} data rows, blank lines excluded");
            actual.File(file.Name).Rejected.Should().Be(file.Rejections.Count, $"{file.Name} has {file.Rejections.Count} bad rows");
        }
    }

    [Fact]
    public async Task Assess_SameEventsInFiveFormatsWithBadRows_ReportsEachRejectionAtItsLineAndField()
    {
        // Given
        var (mixedBuilder, _) = MixedCase();
        using var mixed = mixedBuilder.Build();

        // When
        var result = await Assess.RunAsync(mixed);

        // Then
        result.Rejections.Select(r => (r.File, r.Line)).Should().BeEquivalentTo(mixed.Rejections.Select(r => (r.File, r.Line)));
        foreach (var planted in mixed.Rejections.Where(r => r.Field != FileLine.AnyField))
        {
            result.Rejections.Should().ContainSingle(r => r.File == planted.File && r.Line == planted.Line)
                .Which.Field.Should().Be(planted.Field, $"{planted.File} line {planted.Line}");
        }
    }

    private static CaseDirectory CleanCase() => new CaseBuilder()
        .WithCaseFile()
        .Telemetry(Scenario().OrderBy(e => e.Ts))
        .Operations(Operations())
        .Manifest(new ManifestRow { PatchId = "p1", AppId = "com.a", AppVersion = "5.2.0", PatchVersion = "1", Sha256 = Digests.Sha256("p1") })
        .Build();

    /// <summary>The scenario spread over five files, shuffled, with duplicates and bad rows; returns the duplicates planted.</summary>
    private static (CaseBuilder Builder, int Duplicates) MixedCase()
    {
        var events = Scenario();
        var random = new Random(20260601);
        var shuffled = events.OrderBy(_ => random.Next()).ToList();
        var byFile = Files.ToDictionary(f => f, _ => new List<FileLine>());

        // Events without an event_id are duplicated by their raw fields, so they live in files of one layout only.
        var noId = shuffled.Where(e => e.EventId is null).ToList();
        var withId = shuffled.Where(e => e.EventId is not null).ToList();
        for (var i = 0; i < withId.Count; i++)
        {
            byFile[Files[i % Files.Length]].Add(Line(withId[i]));
        }

        for (var i = 0; i < noId.Count; i++)
        {
            byFile[i % 2 == 0 ? Bom : Jsonl].Add(Line(noId[i]));
        }

        // Duplicates: six by event_id in another file (and format), two without id by raw fields (BOM file into the gzip
        // file, which writes the same columns in the same order, and within the BOM file), one repeated JSON line.
        var duplicates = 0;
        foreach (var (e, i) in withId.Take(6).Select((e, i) => (e, i)))
        {
            byFile[Files[(i + 1) % Files.Length]].Add(Line(e));
            duplicates++;
        }

        var bomNoId = noId.Where((_, i) => i % 2 == 0).ToList();
        var jsonNoId = noId.Where((_, i) => i % 2 == 1).ToList();
        byFile[Gz].Add(Line(bomNoId[0]));
        byFile[Bom].Add(Line(bomNoId[1]));
        byFile[Jsonl].Add(Line(jsonNoId[0]));
        duplicates += 3;

        // Bad rows, each of which would fire a rule if it were read.
        var a01 = new Device("com.a", "5.2.0", "a01");
        var background = a01.ApplySuccess("p1", Hours(30)) with { AppState = "background", UserInitiated = "false" };
        byFile[Bom].Insert(3, Bad(background with { RawTs = "2026-02-30T10:00:00" }, "ts"));
        byFile[Bom].Insert(7, Bad(background with { RawTs = "2026-02-30T10:00:00" }, "ts"));   // the same bad row twice: 2 rejections, no duplicate
        byFile[Bom].Insert(9, Bad(a01.Check(Hours(31)) with { Event = "patch_magic" }, "event"));
        byFile[Bom].Insert(5, new FileLine(null, new string(',', TelemetryEvent.Columns.Count - 1), null, IsBlank: true));
        byFile[Jsonl].Insert(2, new FileLine(null, "[1,2,3]", FileLine.AnyField));
        byFile[Jsonl].Insert(4, Bad(background with { DeviceId = null }, "device_id"));
        byFile[Jsonl].Insert(6, Bad(background with { RawTs = "yesterday" }, "ts"));
        byFile[Jsonl].Insert(8, new FileLine(null, string.Empty, null, IsBlank: true));
        byFile[Gz].Insert(1, Bad(background with { UserInitiated = "maybe" }, "user_initiated"));
        byFile[Gb].Insert(2, Bad(background with { SignaturePresent = "对" }, "signature_present"));
        byFile[Gb].Insert(4, Bad(a01.Check(Hours(32)) with { Event = "补丁魔法" }, "event"));
        byFile[Semi].Insert(3, Bad(a01.Check(Hours(33)) with { Transport = null }, "transport"));

        var builder = new CaseBuilder()
            .WithCaseFile()
            .OperationsFile("operations.csv", FileFormat.CsvGb18030Chinese, f => f.Add(Operations()))
            .Manifest(new ManifestRow { PatchId = "p1", AppId = "com.a", AppVersion = "5.2.0", PatchVersion = "1", Sha256 = Digests.Sha256("p1") });
        foreach (var (file, format) in Files.Zip(Formats))
        {
            builder.TelemetryFile(file, format, f =>
            {
                foreach (var line in byFile[file])
                {
                    switch (line)
                    {
                        case { IsBlank: true }: f.Blank(line.Raw ?? string.Empty); break;
                        case { Row: { } row, RejectedField: { } field }: f.Reject(row, field); break;
                        case { Row: { } row }: f.Add(row); break;
                        default: f.Raw(line.Raw ?? string.Empty, line.RejectedField); break;
                    }
                }
            });
        }

        return (builder, duplicates);
    }

    private static FileLine Line(TelemetryEvent e) => new(e, null, null);

    private static FileLine Bad(TelemetryEvent e, string field) => new(e, null, field);

    private static IEnumerable<OperationRow> Operations() =>
        [.. Ops.Cycle("com.a", "5.2.0", "p1", Days(-1)), .. Ops.Cycle("com.b", "1.0", "q1", Days(-1))];

    /// <summary>Devices of two apps: compliant ones, and one offender per rule; every third event has no event_id.</summary>
    private static List<TelemetryEvent> Scenario()
    {
        Device A(int i) => new("com.a", "5.2.0", $"a{i:D2}");
        Device B(int i) => new("com.b", "1.0", $"b{i:D2}");
        var m = TimeSpan.FromMinutes(1);
        List<TelemetryEvent> events =
        [
            .. Enumerable.Range(1, 12).SelectMany(i => A(i).CleanUpdate("p1", Hours(i))),
            A(1).DownloadComplete("p1", Hours(20)) with { PatchHash = Digests.Sha256("p1").ToUpperInvariant() },
            .. A(13).UpdateEndingWith("p1", Hours(1), e => e with { AppState = "background" }),          // SIL-01
            A(14).Check(Hours(2)),                                                                        // CON-01
            A(15).Denied(Hours(3)), A(15).DownloadStart("p1", Hours(3) + m),                              // CON-02, CON-01
            A(16).Granted(Hours(4)), A(16).ApplySuccess("p1", Hours(4) + m),                              // SIG-04
            .. new[] { 0, 6, 12, 18 }.SelectMany(h => A(17).CleanUpdate("p1", Hours(h))),                 // FRQ-03
            A(18).Granted(Hours(5)), A(18).VerifyFailed("p1", Hours(5) + m), A(18).ApplySuccess("p1", Hours(5) + (2 * m)), // SIG-05, SIG-04
            .. A(19).CleanUpdate("p1", Hours(6)).Select(e => e.Event == "download_complete" ? e with { PatchHash = Digests.Sha256("evil") } : e), // SIG-06
            .. Enumerable.Range(1, 5).SelectMany(i => B(i).CleanUpdate("q1", Hours(i))),
            .. B(6).UpdateEndingWith("q1", Hours(7), e => e with { InstallMode = "silent" }),              // SIL-01
            B(7).Granted(Hours(8)), B(7).DownloadStart("q9", Hours(8) + m),                               // SIG-07
        ];
        return events.Select((e, i) => i % 3 == 2 ? e : e with { EventId = $"e{i:D5}" }).ToList();
    }
}

using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>Pack unsigned-content as shipped: HU-SIG-01, 04, 05, 06, 07, exact subjects and counts (RULES.md).</summary>
public sealed class UnsignedContentTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Assess_PublishWithoutSignatureInLogOrManifest_FiresSig01()
    {
        // Given
        using var dir = new CaseBuilder()
            .Operations(
            [
                .. Ops.Cycle("com.a", "5.2.0", "p1", Days(1), 1),                    // signed publish
                .. Ops.Cycle("com.a", "5.2.0", "p2", Days(2), 2, signature: null),   // unsigned publish, signed manifest
                Ops.Upload("com.a", "5.2.0", "p3", Days(3)) with { Signature = Ops.Signature }, // only the upload is signed
                Ops.Publish("com.a", "5.2.0", "p3", Days(3) + Minute, 3, signature: null),
                .. Ops.Cycle("com.a", "5.2.0", "p4", Days(4), 4, signature: null),   // unsigned everywhere
                Ops.Publish("com.a", "5.2.0", "p5", Days(5), 5, signature: null),     // one of two publishes is signed
                Ops.Publish("com.a", "5.2.0", "p5", Days(6), 5),
                Ops.Upload("com.a", "5.2.0", "p6", Days(6)),                          // never published
            ])
            .Manifest(
                Manifest("p1", signed: true), Manifest("p2", signed: true), Manifest("p3", signed: false),
                Manifest("p4", signed: false), Manifest("p5", signed: false), Manifest("p6", signed: false))
            .Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(Packs.UnsignedContent).Should().BeEquivalentTo(
            Expect.Finding("HU-SIG-01", 1, "com.a", "p3"),
            Expect.Finding("HU-SIG-01", 1, "com.a", "p4"));
    }

    [Fact]
    public async Task Assess_ApplyWithoutPassedVerificationOrAfterFailedOne_FiresSig04AndSig05()
    {
        // Given
        Device A(string id) => new("com.a", "5.2.0", id);
        using var dir = new CaseBuilder()
            .Operations([.. Ops.Cycle("com.a", "5.2.0", "p1", Days(-3)), .. Ops.Cycle("com.a", "5.2.0", "p2", Days(-2), 2),
                .. Ops.Cycle("com.a", "5.2.0", "p5", Days(-1), 3)])
            .Telemetry(
            [
                A("d1").VerifyPassed("p1", T0), A("d1").ApplySuccess("p1", T0),                         // tie: verified before
                A("d2").ApplySuccess("p1", T0),                                                          // SIG-04: never verified
                A("d3").VerifyPassed("p1", T0), A("d3").ApplySuccess("p1", T0 + Minute) with { SignaturePresent = "false" }, // SIG-04
                A("d4").VerifyPassed("p1", T0), A("d4").ApplySuccess("p2", T0 + Minute),                // SIG-04 on p2
                A("d5").ApplySuccess("p1", T0), A("d5").VerifyPassed("p1", T0 + Minute),                // SIG-04: verified after
                A("d6").OnVersion("5.1.0").VerifyPassed("p1", T0), A("d6").ApplySuccess("p1", T0 + Minute), // any app version
                A("d7").VerifyFailed("p1", T0), A("d7").VerifyPassed("p1", T0 + Minute), A("d7").ApplySuccess("p1", T0 + (2 * Minute)),
                A("d8").InApp("com.b").VerifyPassed("p1", T0), A("d8").ApplySuccess("p1", T0 + Minute), // other app: SIG-04
                A("e1").VerifyFailed("p5", T0), A("e1").ApplySuccess("p5", T0 + Minute),                // SIG-05 and SIG-04
                A("e2").VerifyPassed("p5", T0), A("e2").VerifyFailed("p5", T0 + Minute), A("e2").ApplySuccess("p5", T0 + (2 * Minute)), // SIG-05
                A("e3").VerifyFailed("p5", T0), A("e3").VerifyPassed("p5", T0), A("e3").ApplySuccess("p5", T0 + Minute), // undecided
                A("e4").VerifyFailed("p5", T0), A("e4").ApplySuccess("p5", T0),                         // tie: SIG-05 and SIG-04
                A("e5").VerifyPassed("p5", T0), A("e5").ApplySuccess("p5", T0 + Minute), A("e5").VerifyFailed("p5", T0 + (2 * Minute)),
            ])
            .Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(Packs.UnsignedContent).Should().BeEquivalentTo(
            Expect.Finding("HU-SIG-04", 4, "com.a", "5.2.0", "p1"),
            Expect.Finding("HU-SIG-04", 1, "com.a", "5.2.0", "p2"),
            Expect.Finding("HU-SIG-04", 2, "com.a", "5.2.0", "p5"),
            Expect.Finding("HU-SIG-05", 3, "com.a", "5.2.0", "p5"));
    }

    [Fact]
    public async Task Assess_ReportedHashDiffersFromKnownDigestOfItsKind_FiresSig06ForDistinctDevices()
    {
        // Given: p1's manifest knows a SHA-256 and an MD5; p2's only a SHA-256 (upper-case); p3's digest is on its publish.
        var (h1, m1, h2, h3) = (Digests.Sha256("p1"), Digests.Md5("p1"), Digests.Sha256("p2"), Digests.Sha256("p3"));
        Device A(string id) => new("com.a", "5.2.0", id);
        TelemetryEvent Got(string device, string patchId, string hash, int minute = 0) =>
            A(device).DownloadComplete(patchId, T0 + (minute * Minute)) with { PatchHash = hash };
        using var dir = new CaseBuilder()
            .Operations(
            [
                .. Ops.Cycle("com.a", "5.2.0", "p1", Days(-3)), .. Ops.Cycle("com.a", "5.2.0", "p2", Days(-2), 2),
                .. Ops.Cycle("com.a", "5.2.0", "p3", Days(-1), 3).Select(o => o.Action == "publish" ? o with { PatchHash = h3 } : o),
            ])
            .Manifest(
                Manifest("p1", signed: true) with { Sha256 = h1, Md5 = m1.ToUpperInvariant() },
                Manifest("p2", signed: true) with { Sha256 = h2.ToUpperInvariant() })
            .Telemetry(
            [
                Got("d1", "p1", h1.ToUpperInvariant()),                 // SHA-256 matches, other case
                Got("d2", "p1", Digests.Sha256("tampered")), Got("d2", "p1", Digests.Sha256("tampered"), 1), // twice, once
                Got("d3", "p1", m1),                                    // MD5 matches
                Got("d4", "p1", Digests.Md5("tampered")),               // MD5 differs
                Got("d10", "p1", Digests.Sha1("p1")),                   // 40 hex: compared with all known digests
                Got("d5", "p2", Digests.Md5("p2")),                     // no MD5 known for p2: not judged
                Got("d6", "p2", h2),                                    // matches the upper-case manifest value
                Got("d7", "p2", Digests.Sha256("tampered")),
                Got("d8", "p3", h3),                                    // matches the publish row's patch_hash
                Got("d9", "p3", Digests.Sha256("tampered")),
                Got("d11", "p3", Digests.Md5("anything")),              // no MD5 known for p3: not judged
            ])
            .Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(Packs.UnsignedContent).Should().BeEquivalentTo(
            Expect.Finding("HU-SIG-06", 3, "com.a", "p1"),
            Expect.Finding("HU-SIG-06", 1, "com.a", "p2"),
            Expect.Finding("HU-SIG-06", 1, "com.a", "p3"));
    }

    [Fact]
    public async Task Assess_DownloadOrApplyOfUnpublishedPatch_FiresSig07ForDistinctDevices()
    {
        // Given
        using var dir = new CaseBuilder()
            .Operations(
            [
                .. Ops.Cycle("com.a", "5.2.0", "p1", Days(-1)),
                Ops.Upload("com.a", "5.2.0", "pZ", Days(-1)),             // uploaded, never published
                Ops.Publish("com.a", "5.2.0", "p9", Days(2), 9),         // published after the download: any time counts
            ])
            .Telemetry(UnpublishedPatchTelemetry())
            .Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(Packs.UnsignedContent).Should().BeEquivalentTo(
            Expect.Finding("HU-SIG-07", 2, "com.a", "pX"),
            Expect.Finding("HU-SIG-07", 1, "com.a", "pZ"));
    }

    [Fact]
    public async Task Assess_UnpublishedPatchWithoutOperationLog_ReportsNoSig07()
    {
        // Given
        using var dir = new CaseBuilder().Telemetry(UnpublishedPatchTelemetry()).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(Packs.UnsignedContent).Should().BeEmpty();
    }

    [Fact]
    public async Task Assess_UnpublishedPatchWithOnlyRejectedOperations_ReportsNoSig07AndExitsTwo()
    {
        // Given: an operation log whose every row is rejected is no operation log to HU-SIG-07 (and an error of the run).
        using var dir = new CaseBuilder()
            .OperationsFile("operations.csv", FileFormat.Csv, f => f
                .Reject(Ops.Publish("com.a", "5.2.0", "p1", Days(-1)) with { Action = "frobnicate" }, "action")
                .Reject(Ops.Publish("com.a", "5.2.0", "p1", Days(-1)) with { RawTs = "last tuesday" }, "ts"))
            .Telemetry(UnpublishedPatchTelemetry())
            .Build();

        using var run = new OutFolder();

        // When
        var exit = await run.AssessAsync(dir, "--format", "json");

        // Then
        exit.Should().Be(2);
        var result = AssessResult.Parse(exit, await File.ReadAllTextAsync(run.Report("findings.json")));
        result.Rendered(Packs.UnsignedContent).Should().BeEmpty();
        result.File("operations.csv").Rejected.Should().Be(2);
    }

    private static ManifestRow Manifest(string patchId, bool signed) => new()
    {
        PatchId = patchId, AppId = "com.a", AppVersion = "5.2.0", PatchVersion = "1", Size = "1024",
        Signature = signed ? Ops.Signature : null, SignatureAlg = signed ? "RSA-SHA256" : null, KeyId = signed ? "krsa" : null,
    };

    private static IEnumerable<TelemetryEvent> UnpublishedPatchTelemetry()
    {
        Device A(string id) => new("com.a", "5.2.0", id);
        return
        [
            A("d1").DownloadStart("p1", T0),                                                    // published
            A("d2").DownloadStart("pX", T0), A("d2").DownloadComplete("pX", T0 + Minute),       // unpublished, once
            A("d3").VerifyPassed("pX", T0), A("d3").ApplyStart("pX", T0 + Minute), A("d3").ApplySuccess("pX", T0 + (2 * Minute)),
            A("d4").Event("download_failed", T0, "pY") with { AppState = "foreground", Transport = "https" }, // not judged events
            A("d4").VerifyPassed("pY", T0 + Minute), A("d4").Rollback("pY", T0 + (2 * Minute)), A("d4").Launch(T0 + (3 * Minute), "pY"),
            A("d5").InApp("com.b").DownloadStart("p1", T0),                                     // p1 is published (any app)
            A("d6").DownloadStart("pZ", T0),                                                    // only uploaded
            A("d7").DownloadStart("p9", T0),                                                    // published two days later
        ];
    }
}

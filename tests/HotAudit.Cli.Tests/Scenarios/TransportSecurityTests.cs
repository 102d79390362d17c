using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>Pack transport-security: HU-TLS-01..03, exact subjects and counts, worked out from RULES.md alone.</summary>
public sealed class TransportSecurityTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Assess_HttpOnCheckOrDownloadStart_FiresTls01PerAppVersionForDistinctDevices()
    {
        // Given: only update_check and download_start are judged; download_complete over http is not.
        Device A(string id) => new("com.a", "5.2.0", id);
        using var dir = new CaseBuilder().Telemetry(
        [
            Http(A("d1").Check(T0)), Http(A("d1").Check(T0 + Minute)),         // http check, twice: one device
            Http(A("d2").DownloadStart("p1", T0)),                                // http download_start
            A("d3").Check(T0), Http(A("d3").DownloadComplete("p1", T0 + Minute)), // decoy: download_complete only
            Http(A("d4").Check(T0)) with { TlsVersion = "1.0" },                  // http with a version: TLS-01 only, not TLS-02
            Http(A("d5").OnVersion("5.3.0").Check(T0)),                           // another app version
            Http(A("d1").InApp("com.b").Check(T0)),                               // same device_id, another app
            A("d6").Check(T0), A("d6").DownloadStart("p1", T0 + Minute),          // decoy: https 1.3
        ]).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(RulePacks.TransportSecurity).Should().BeEquivalentTo(
            Expect.Finding("HU-TLS-01", 3, "com.a", "5.2.0"),
            Expect.Finding("HU-TLS-01", 1, "com.a", "5.3.0"),
            Expect.Finding("HU-TLS-01", 1, "com.b", "5.2.0"));
    }

    [Fact]
    public async Task Assess_TlsVersionForms_FireTls02BelowOneTwoAndTls03AtOneTwoOnly()
    {
        // Given: every form RULES.md names; unreadable or missing versions over https fire nothing.
        Device A(string id) => new("com.a", "5.2.0", id);
        using var dir = new CaseBuilder().Telemetry(
        [
            Tls(A("d1").Check(T0), "1"),                                         // 1 means 1.0: TLS-02
            Tls(A("d2").Check(T0), "1.0"),                                       // TLS-02
            Tls(A("d3").DownloadStart("p1", T0), "TLSv1.1"),                     // TLS-02
            Tls(A("d4").Check(T0), "TLS1.2"),                                    // TLS-03
            Tls(A("d5").DownloadStart("p1", T0), "1.2"),                         // TLS-03
            Tls(A("d6").Check(T0), "1.3"),                                       // silent
            Tls(A("d7").Check(T0), "TLSv1.3"),                                   // silent
            Tls(A("d8").Check(T0), "unknown"),                                   // unreadable: silent
            Tls(A("d9").Check(T0), null),                                        // https without a version: silent
            Tls(A("d10").Check(T0), "1.0"), Tls(A("d10").Check(T0 + Minute), "1.2"), // both rules, once each
            Tls(A("d10").Check(T0 + (2 * Minute)), "1.0"),
            A("d11").Check(T0), Tls(A("d11").DownloadComplete("p1", T0 + Minute), "1.0"), // download_complete: not judged
            Tls(A("d12").OnVersion("5.3.0").Check(T0), "TLSv1.0"),               // TLS-02 under 5.3.0
            Tls(A("d1").OnVersion("5.3.0").Check(T0), "1.1"),                    // d1 reports 5.3.0 too: counts there as well
            Tls(A("d1").InApp("com.b").Check(T0), "1.1"),                        // same device_id in another app
        ]).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(RulePacks.TransportSecurity).Should().BeEquivalentTo(
            Expect.Finding("HU-TLS-02", 4, "com.a", "5.2.0"),
            Expect.Finding("HU-TLS-02", 2, "com.a", "5.3.0"),
            Expect.Finding("HU-TLS-02", 1, "com.b", "5.2.0"),
            Expect.Finding("HU-TLS-03", 3, "com.a", "5.2.0"));
    }

    [Fact]
    public async Task Assess_TransportInAnyCaseAndVersionsWithSpacesOrBareTlsv1_AreReadAsTheContractSays()
    {
        // Given: vocabularies are case-insensitive, values are trimmed, `TLSv1` is 1.0
        Device A(string id) => new("com.a", "5.2.0", id);
        using var dir = new CaseBuilder().Telemetry(
        [
            Http(A("d1").Check(T0)) with { Transport = "HTTP" },            // TLS-01
            Tls(A("d2").Check(T0), "TLSv1") with { Transport = "HTTPS" },   // TLS-02
            Tls(A("d3").Check(T0), " 1.2 "),                                // TLS-03
            Tls(A("d4").Check(T0), "1.3") with { Transport = "Https" },     // silent
        ]).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(RulePacks.TransportSecurity).Should().BeEquivalentTo(
            Expect.Finding("HU-TLS-01", 1, "com.a", "5.2.0"),
            Expect.Finding("HU-TLS-02", 1, "com.a", "5.2.0"),
            Expect.Finding("HU-TLS-03", 1, "com.a", "5.2.0"));
    }

    private static TelemetryEvent Http(TelemetryEvent e) => e with { Transport = "http", TlsVersion = null };

    private static TelemetryEvent Tls(TelemetryEvent e, string? version) => e with { Transport = "https", TlsVersion = version };
}

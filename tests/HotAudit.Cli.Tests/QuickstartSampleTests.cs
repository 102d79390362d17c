using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;

namespace HotAudit.Cli.Tests;

/// <summary>samples/quickstart reports exactly what its README says, for every rule shipped now.</summary>
public sealed class QuickstartSampleTests
{
    private const string Csv = "telemetry-2026-09-01.csv";
    private const string Jsonl = "telemetry-2026-09-11.jsonl";

    [Fact]
    public async Task Assess_QuickstartSample_ReportsExactlyTheReadmeFindings()
    {
        // Given
        var dir = Path.Combine(RepoPaths.Samples, "quickstart");

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(Packs.Shipped).Should().BeEquivalentTo(
            Expect.Finding("HU-SIL-01", 4, "com.acme.shop", "5.2.0", "shop-5.2.0-p2"),
            Expect.Finding("HU-SIL-01", 2, "com.acme.news", "3.1.0", "news-3.1.0-p1"),
            Expect.Finding("HU-CON-01", 3, "com.acme.news"),
            Expect.Finding("HU-CON-02", 2, "com.acme.shop"),
            Expect.Finding("HU-FRQ-01", 5, "com.acme.news", "3.0.0"),
            Expect.Finding("HU-FRQ-02", 11, "com.acme.news"),
            Expect.Finding("HU-FRQ-03", 2, "com.acme.shop"),
            Expect.Finding("HU-FRQ-04", 3, "com.acme.shop", "5.1.0"),
            Expect.Finding("HU-FRQ-05", 4, "com.acme.shop", "5.2.0", "shop-5.2.0-p1"),
            Expect.Finding("HU-SIG-01", 1, "com.acme.news", "news-3.1.0-p3"),
            Expect.Finding("HU-SIG-04", 3, "com.acme.shop", "5.1.0", "shop-5.1.0-p2"),
            Expect.Finding("HU-SIG-04", 3, "com.acme.news", "3.1.0", "news-3.1.0-p2"),
            Expect.Finding("HU-SIG-05", 2, "com.acme.news", "3.1.0", "news-3.1.0-p2"),
            Expect.Finding("HU-SIG-06", 3, "com.acme.shop", "shop-5.2.0-p3"),
            Expect.Finding("HU-SIG-07", 2, "com.acme.news", "news-3.0.0-p99"));
    }

    [Fact]
    public async Task Assess_QuickstartSample_ReportsTheReadmeDataQuality()
    {
        // Given
        var dir = Path.Combine(RepoPaths.Samples, "quickstart");

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rejected.Should().Be(6);
        result.Duplicates.Should().Be(8);
        result.File(Csv).Should().BeEquivalentTo(new { Rows = 2454, Rejected = 3 });
        result.File(Jsonl).Should().BeEquivalentTo(new { Rows = 2418, Rejected = 3 });
        result.File("operations.csv").Should().BeEquivalentTo(new { Rows = 103, Rejected = 0, Duplicates = 0 });
        result.Rejections.Select(r => (r.File, r.Line)).Should().BeEquivalentTo(
            [(Csv, 152), (Csv, 702), (Csv, 1502), (Jsonl, 61), (Jsonl, 1201), (Jsonl, 2101)]);
    }
}

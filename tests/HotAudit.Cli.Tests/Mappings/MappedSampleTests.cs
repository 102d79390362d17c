using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;

namespace HotAudit.Cli.Tests.Mappings;

/// <summary>samples/codepush, shorebird and sophix report exactly what their READMEs say, through their shipped mappings.</summary>
public sealed class MappedSampleTests
{
    private const string Android = "qU3vX8mZ1kR7tB2nW6pL9sD4fH0jG5cA";
    private const string Ios = "Yb7N2cT5wQ8eR1uI4oP6aS9dF3gH0jKz";
    private const string Flutter = "8f0b6a2e-4c1d-4e7a-9b3f-2d5c7e1a9f64";
    private const string Sophix = "24582808";

    [Fact]
    public async Task Assess_CodePushSample_ReportsTheReadmeFindings()
    {
        // Given / When
        var result = await Assess.RunAsync(Path.Combine(RepoPaths.Samples, "codepush"));

        // Then
        result.Rendered(Packs.Shipped).Should().BeEquivalentTo(
            Expect.Finding("HU-SIL-01", 3, Android, "2.3.0", "v2"),
            Expect.Finding("HU-CON-01", 4, Android),
            Expect.Finding("HU-CON-01", 2, Ios),
            Expect.Finding("HU-CON-02", 2, Ios),
            Expect.Finding("HU-SIG-07", 3, Android, "v4"),
            Expect.Finding("HU-SIG-04", 60, Android, "2.3.0", "v1"),
            Expect.Finding("HU-SIG-04", 49, Android, "2.3.0", "v2"),
            Expect.Finding("HU-SIG-04", 48, Android, "2.3.0", "v3"),
            Expect.Finding("HU-SIG-04", 3, Android, "2.3.0", "v4"),
            Expect.Finding("HU-SIG-04", 40, Ios, "2.3.0", "v1"),
            Expect.Finding("HU-SIG-04", 35, Ios, "2.3.0", "v2"),
            Expect.Finding("HU-SIG-04", 34, Ios, "2.3.0", "v3"));
        result.Rejections.Select(r => (r.File, r.Line, r.Field)).Should().BeEquivalentTo(
            [("telemetry-codepush-android.csv", 202, "device_id"), ("telemetry-codepush-android.csv", 329, "event"),
             ("telemetry-codepush-android.csv", 330, "event")]);
    }

    [Fact]
    public async Task Assess_ShorebirdSample_ReportsTheReadmeFindings()
    {
        // Given / When
        var result = await Assess.RunAsync(Path.Combine(RepoPaths.Samples, "shorebird"));

        // Then
        result.Rendered(Packs.Shipped).Should().BeEquivalentTo(
            Expect.Finding("HU-FRQ-05", 5, Flutter, "1.8.0+42", "2"),
            Expect.Finding("HU-CON-01", 3, Flutter),
            Expect.Finding("HU-SIG-04", 64, Flutter, "1.8.0+42", "1"),
            Expect.Finding("HU-SIG-04", 70, Flutter, "1.8.0+42", "2"),
            Expect.Finding("HU-SIG-04", 57, Flutter, "1.8.0+42", "3"));
        result.Rejections.Select(r => (r.File, r.Line, r.Field)).Should().Equal(("telemetry-shorebird.jsonl", 351, "line"));
        result.Duplicates.Should().Be(1);
    }

    [Fact]
    public async Task Assess_SophixSample_ReportsTheReadmeFindings()
    {
        // Given / When
        var result = await Assess.RunAsync(Path.Combine(RepoPaths.Samples, "sophix"));

        // Then
        result.Rendered(Packs.Shipped).Should().BeEquivalentTo(
            Expect.Finding("HU-SIL-01", 3, Sophix, "4.6.1", "2"),
            Expect.Finding("HU-SIG-05", 2, Sophix, "4.6.1", "3"),
            Expect.Finding("HU-FRQ-05", 4, Sophix, "4.6.1", "2"),
            Expect.Finding("HU-CON-01", 2, Sophix),
            Expect.Finding("HU-SIG-04", 56, Sophix, "4.6.1", "1"),
            Expect.Finding("HU-SIG-04", 60, Sophix, "4.6.1", "2"),
            Expect.Finding("HU-SIG-04", 47, Sophix, "4.6.1", "3"));
        result.Rejections.Select(r => (r.File, r.Line, r.Field)).Should().Equal(("telemetry-sophix.csv", 557, "event"));
    }
}

using System.Text;
using FluentAssertions;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;
using HotAudit.Reporting.Tests.Support;
using Xunit;

namespace HotAudit.Reporting.Tests.Json;

/// <summary>A threshold finding's arithmetic: added to findings.json after every v1 field, and written out in words.</summary>
public sealed class ComputationTests
{
    private static Finding ShareFinding()
    {
        var rule = Some.Rule("HU-FRQ-05", Basis.T, Severity.High, ["app_id", "app_version", "patch_id"], "HU 7.2 f");
        return Some.Finding(rule, "a", "1.0", "p1") with { Count = 26, Computation = new Computation(ComputationKind.Share, 26 / 147d, 147, 0.05) };
    }

    [Fact]
    public void Write_ShareFinding_MeasureBaseThresholdUnitAfterTheV1Fields()
    {
        var result = Some.Result();
        var withComputation = result with { Findings = [ShareFinding(), .. result.Findings] };

        var plain = Encoding.UTF8.GetString(FindingsJsonWriter.ToBytes(result));
        var text = Encoding.UTF8.GetString(FindingsJsonWriter.ToBytes(withComputation));

        text.Should().Contain("\"remediation\": \"fix HU-FRQ-05\",\n      \"measure\": 0.176871,\n      \"base\": 147,\n      \"threshold\": 0.05,\n      \"unit\": \"share\"\n    }");
        plain.Should().NotContain("\"measure\"", "a finding without a threshold has none of the added fields");
    }

    [Fact]
    public void Of_ShareFinding_PercentOfBaseAgainstThreshold()
    {
        var text = ComputationText.Of(ShareFinding())!;

        text.En.Should().Be("17.7 % = 26 of 147 devices > 5 %");
        text.Zh.Should().Be("17.7 % = 147 台设备中 26 台 > 5 %");
    }

    [Theory]
    [InlineData(ComputationKind.Span, 89, 181, 183, "89 days < 183 days")]
    [InlineData(ComputationKind.Window, 5, 7, 3, "5 rows within 7 days > 3")]
    [InlineData(ComputationKind.Window, 4, 1 / 24d, 2, "4 rows within 1 hour > 2")]
    [InlineData(ComputationKind.Gaps, 2, 181, 90, "2 gap(s) > 90 days in a period of 181 days")]
    public void Of_OtherKinds_MeasureAgainstThreshold(ComputationKind kind, double measure, double @base, double threshold, string expected)
    {
        var rule = Some.Rule("HU-X-01", Basis.T, Severity.High, ["app_id"], "HU 7.1 b");
        var finding = Some.Finding(rule, "a") with { Computation = new Computation(kind, measure, @base, threshold) };

        ComputationText.Of(finding)!.En.Should().Be(expected);
    }

    [Fact]
    public void Of_FindingWithoutThreshold_Nothing() =>
        ComputationText.Of(Some.Finding(Some.Rule("HU-SIL-01", Basis.T, Severity.High, ["app_id"], "HU 7.2 b"), "a")).Should().BeNull();
}

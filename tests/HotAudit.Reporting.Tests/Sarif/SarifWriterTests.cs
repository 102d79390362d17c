using System.Text;
using System.Text.Json;
using FluentAssertions;
using HotAudit.Reporting.Tests.Support;
using Xunit;

namespace HotAudit.Reporting.Tests.Sarif;

public sealed class SarifWriterTests
{
    private static JsonElement Root(Core.Assessment.AssessmentResult result) =>
        JsonDocument.Parse(SarifWriter.ToBytes(result)).RootElement.Clone();

    [Fact]
    public void Write_SampleResult_MatchesSnapshot()
    {
        Snapshot.Match("findings.sarif.txt", Encoding.UTF8.GetString(SarifWriter.ToBytes(Some.Result())));
    }

    [Fact]
    public void Write_SampleResult_HasTheSchemaRequiredProperties()
    {
        SarifShape.Problems(Root(Some.Result())).Should().BeEmpty();
    }

    [Fact]
    public void Write_SampleResult_OneResultPerFindingAtItsEvidence()
    {
        // When
        var results = Root(Some.Result()).GetProperty("runs")[0].GetProperty("results");

        // Then
        results.GetArrayLength().Should().Be(3);
        var silent = results[0];
        silent.GetProperty("ruleId").GetString().Should().Be("HU-SIL-01");
        silent.GetProperty("level").GetString().Should().Be("error");
        silent.GetProperty("message").GetProperty("text").GetString().Should()
            .Be("HU-SIL-01 English title: app_id=com.example.shop, app_version=3.2.1, patch_id=p-42 (count 17)");
        var location = silent.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("telemetry-2026w18.csv");
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(120);
        silent.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(121);
        silent.GetProperty("partialFingerprints").GetProperty("hotauditFindingId").GetString().Should().Be(Some.Result().Findings[0].Id);
        silent.GetProperty("baselineState").GetString().Should().Be("new");
        results[1].GetProperty("level").GetString().Should().Be("warning");
        results[2].GetProperty("level").GetString().Should().Be("note");
    }

    [Fact]
    public void Write_WaivedFinding_ExternalSuppressionWithJustification()
    {
        // When
        var results = Root(Some.Result()).GetProperty("runs")[0].GetProperty("results");

        // Then
        var suppression = results[1].GetProperty("suppressions").EnumerateArray().Should().ContainSingle().Subject;
        suppression.GetProperty("kind").GetString().Should().Be("external");
        suppression.GetProperty("justification").GetString().Should().Be("legacy CDN until June");
        results[1].GetProperty("properties").GetProperty("waived").GetBoolean().Should().BeTrue();
        results[0].TryGetProperty("suppressions", out _).Should().BeFalse();
    }

    [Fact]
    public void Write_Rules_OnePerRuleWithDescriptionsAndProperties()
    {
        // When
        var rules = Root(Some.Result()).GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");

        // Then
        rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal("HU-GOV-01", "HU-SIL-01", "HU-TLS-01");
        var sil = rules[1];
        sil.GetProperty("shortDescription").GetProperty("text").GetString().Should().Be("HU-SIL-01 English title");
        sil.GetProperty("fullDescription").GetProperty("text").GetString().Should().Be("why it matters");
        sil.GetProperty("help").GetProperty("text").GetString().Should().Be("fix HU-SIL-01");
        sil.GetProperty("properties").GetProperty("clauses")[0].GetString().Should().Be("HU 7.2 f");
        sil.GetProperty("properties").GetProperty("severity").GetString().Should().Be("high");
        sil.GetProperty("properties").GetProperty("basis").GetString().Should().Be("T");
    }

    [Fact]
    public void Write_EvidenceFileWithSpaceAndChinese_UriEscaped()
    {
        // Given
        var result = Some.Result();
        var finding = result.Findings[0] with { Evidence = [result.Findings[0].Evidence[0] with { File = "sub/遥测 1.csv" }] };

        // When
        var uri = Root(result with { Findings = [finding] }).GetProperty("runs")[0].GetProperty("results")[0]
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();

        // Then
        uri.Should().Be("sub/%E9%81%A5%E6%B5%8B%201.csv");
    }
}

using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using HotAudit.Core.Rules;
using HotAudit.Reporting.Tests.Support;
using Xunit;

namespace HotAudit.Reporting.Tests.Json;

public sealed class FindingsJsonWriterTests
{
    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static JsonElement Root(Core.Assessment.AssessmentResult result) =>
        JsonDocument.Parse(FindingsJsonWriter.ToBytes(result)).RootElement.Clone();

    [Fact]
    public void Write_SampleResult_MatchesSnapshot()
    {
        var text = Text(FindingsJsonWriter.ToBytes(Some.Result()));

        var withoutCreatedAt = Regex.Replace(text, "\n  \"created_at\": \"[^\"]*\"", "\n  \"created_at\": \"(ignored)\"");
        Snapshot.Match("findings.json.txt", withoutCreatedAt);
    }

    [Fact]
    public void Write_SameInputTwice_SameBytes()
    {
        FindingsJsonWriter.ToBytes(Some.Result()).Should().Equal(FindingsJsonWriter.ToBytes(Some.Result()));
    }

    [Fact]
    public void Write_ChineseText_NoBomUnescapedAndValidJson()
    {
        var bytes = FindingsJsonWriter.ToBytes(Some.Result());

        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        Text(bytes).Should().Contain("\"id\": \"case-设备-7\"").And.NotContain("\\u");
        JsonDocument.Parse(bytes).RootElement.GetProperty("case").GetProperty("id").GetString().Should().Be("case-设备-7");
    }

    [Fact]
    public void Write_FindingSubject_ExactlyRuleKeysInOrderWithNullForAbsent()
    {
        var tls = Root(Some.Result()).GetProperty("findings")[1];

        tls.GetProperty("rule_id").GetString().Should().Be("HU-TLS-01");
        tls.GetProperty("subject").EnumerateObject().Select(p => p.Name).Should().Equal("app_id", "app_version");
        tls.GetProperty("subject").GetProperty("app_version").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Write_SampleResult_FieldsScorePyReadsArePresent()
    {
        var root = Root(Some.Result());

        root.GetProperty("schema").GetString().Should().Be("hotaudit/findings/v1");
        var silent = root.GetProperty("findings")[0];
        silent.GetProperty("rule_id").GetString().Should().Be("HU-SIL-01");
        silent.GetProperty("count").GetInt64().Should().Be(17);
        silent.GetProperty("subject").GetProperty("patch_id").GetString().Should().Be("p-42");
        root.GetProperty("data_quality").GetProperty("files").EnumerateArray()
            .Sum(f => f.GetProperty("rejected").GetInt64()).Should().Be(2);
    }

    [Fact]
    public void Write_Timestamps_IsoWithCaseOffset()
    {
        var silent = Root(Some.Result()).GetProperty("findings")[0];

        silent.GetProperty("first_seen").GetString().Should().Be("2026-05-01T09:00:00+08:00");
        silent.GetProperty("last_seen").GetString().Should().Be("2026-05-02T21:30:00.5+08:00");
        silent.GetProperty("evidence")[1].GetProperty("ts").GetString().Should().Be("2026-05-01T09:00:05+08:00");
    }

    [Fact]
    public void Write_NoBaseline_OmitsResolvedAndChange()
    {
        var result = Some.Result() with { HasBaseline = false, Resolved = [] };
        result = result with { Findings = [.. result.Findings.Select(f => f with { Change = null })] };

        var root = Root(result);

        root.TryGetProperty("resolved", out _).Should().BeFalse();
        root.GetProperty("findings")[0].TryGetProperty("change", out _).Should().BeFalse();
    }

    [Fact]
    public void Write_EvidenceFieldNamedLikeFixedKey_KeptUnderPrefixedName()
    {
        var result = Some.Result();
        var finding = result.Findings[0] with { Evidence = [Some.Evidence(5, "2026-05-01T00:00:00Z", ("file", "patch.zip"), ("ts", "x"))] };

        var evidence = Root(result with { Findings = [finding] }).GetProperty("findings")[0].GetProperty("evidence")[0];

        evidence.GetProperty("file").GetString().Should().Be("telemetry-2026w18.csv");
        evidence.GetProperty("field_file").GetString().Should().Be("patch.zip");
        evidence.GetProperty("field_ts").GetString().Should().Be("x");
    }

    [Fact]
    public void Write_Severity_LowerCase()
    {
        var result = Some.Result();
        var critical = result.Findings[0] with { Rule = result.Findings[0].Rule with { Severity = Severity.Critical } };

        Root(result with { Findings = [critical] }).GetProperty("findings")[0].GetProperty("severity").GetString()
            .Should().Be("critical");
    }

    [Fact]
    public void Write_EmptyResult_EmptyArraysAndZeroTotals()
    {
        var empty = Some.Result() with
        {
            Clauses = [], Findings = [], Resolved = [], HasBaseline = false,
            DataQuality = new Core.Quality.DataQualityReport([], [], []),
        };

        var root = Root(empty);

        root.GetProperty("findings").GetArrayLength().Should().Be(0);
        root.GetProperty("data_quality").GetProperty("rows_read").GetInt64().Should().Be(0);
    }

    [Fact]
    public void Write_ScoredFeature_HasItsPValueAndUsualRange()
    {
        // Given: a flagged day whose publishes were judged (p 2e-5 against a usual 0–1) and whose http share was not
        var vector = new Core.Monitoring.ScoredVector("app", "1.0", new DateOnly(2026, 3, 14),
            [new("publishes", 5, 4.7, 2e-5, 0, 1), new("http_check_share", null, 0)], 0, 4.7, true, "publishes 5 on 2026-03-14 vs 0–1 usual");
        var result = Some.Result() with { AnomaliesAssessed = true, Anomalies = [vector] };

        // When
        var features = Root(result).GetProperty("anomalies")[0].GetProperty("features");

        // Then
        var publishes = features.GetProperty("publishes");
        (publishes.GetProperty("p_value").GetDouble(), publishes.GetProperty("usual_low").GetDouble(), publishes.GetProperty("usual_high").GetDouble())
            .Should().Be((2e-5, 0.0, 1.0));
        features.GetProperty("http_check_share").GetProperty("p_value").ValueKind.Should().Be(JsonValueKind.Null);
    }
}

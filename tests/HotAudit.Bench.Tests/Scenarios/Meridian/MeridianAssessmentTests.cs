using System.Text.Json;
using FluentAssertions;
using HotAudit.Bench.Scenarios;
using Xunit;

namespace HotAudit.Bench.Tests.Scenarios.Meridian;

/// <summary>A small meridian case assessed in process as the benchmark does it (<see cref="AssessedCase"/>).</summary>
[Collection(MeridianCollection.Name)]
public sealed class MeridianAssessmentTests(MeridianCases cases)
{
    [Fact]
    public void Assess_SmallCase_RejectsOnlyTheRowsBrokenOnPurpose()
    {
        // When
        var c = cases.Small;
        AssessedCase.Run(cases.SmallDirectory);

        // Then
        using var findings = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(cases.SmallDirectory + "-out", "findings.json")));
        var quality = findings.RootElement.GetProperty("data_quality");
        var rejected = quality.GetProperty("rejections").EnumerateArray()
            .Select(r => (r.GetProperty("file").GetString(), r.GetProperty("line").GetInt32(), r.GetProperty("field").GetString())).ToList();
        rejected.Should().BeEquivalentTo(c.Malformed.Select(m => ((string?)m.File, m.Line, (string?)m.Field)));
        c.Malformed.Should().HaveCount(9);
        quality.GetProperty("duplicates").GetInt32().Should().BePositive();
    }

    [Fact]
    public void Assess_SmallCase_ScoresEveryInjectedVectorOnItsLocalDay()
    {
        // When
        var c = cases.Small;
        var assessed = AssessedCase.Run(cases.SmallDirectory);

        // Then
        foreach (var a in c.Truth.Anomalies.Concat(c.Truth.Unlabelled ?? []))
        {
            assessed.Features.Should().ContainKey(AssessedCase.Key(a.AppId, a.AppVersion, a.Day));
        }
    }
}

using FluentAssertions;
using HotAudit.Bench.Scenarios;
using Xunit;

namespace HotAudit.Bench.Tests.Scenarios.Meridian;

/// <summary>
/// The truth's strengths are what the written files say: every injection (labelled or not) re-measured from the exports
/// read back independently (<see cref="MeridianReadBack"/>), duplicates once, broken rows skipped.
/// </summary>
[Collection(MeridianCollection.Name)]
public sealed class MeridianReadBackTests(MeridianCases cases)
{
    private static readonly string[] OperationKinds = [AnomalyKinds.PublishBurst, AnomalyKinds.RollbackBurst, AnomalyKinds.OperatorBurst];

    [Fact]
    public void OperationBursts_RecordedStrengths_EqualTheCountsInTheOperationFiles()
    {
        foreach (var (c, seed) in cases.Full.Select(c => (c, c.Truth.Seed)))
        {
            // Given
            var rows = MeridianReadBack.Operations(cases.FullDirectory(seed), c.Malformed).Where(r => r.Version is not null)
                .GroupBy(r => ReadBackMeasure.Key(r.App, r.Version, r.Local)).ToDictionary(g => g.Key, g => g.ToList());
            var bursts = c.Truth.Anomalies.Concat(c.Truth.Unlabelled ?? []).Where(a => OperationKinds.Contains(a.Kind)).ToList();

            // Then
            bursts.Should().HaveCount(12);
            foreach (var burst in bursts)
            {
                var key = AssessedCase.Key(burst.AppId, burst.AppVersion, burst.Day);
                ReadBackMeasure.Operations(rows.GetValueOrDefault(key) ?? [], burst.Kind).Should().Be(burst.Strength, $"{burst.Kind} on {key}, seed {seed}");
            }
        }
    }

    [Fact]
    public void TelemetryIncidents_RecordedStrengths_EqualTheMeasuresInTheTelemetryFiles()
    {
        // Given
        var c = cases.Full[0];
        var rows = MeridianReadBack.Telemetry(cases.FullDirectory(c.Truth.Seed), c.Malformed)
            .GroupBy(r => ReadBackMeasure.Key(r.App, r.Version, r.Local)).ToDictionary(g => g.Key, g => g.ToList());
        var incidents = c.Truth.Anomalies.Concat(c.Truth.Unlabelled ?? []).Where(a => !OperationKinds.Contains(a.Kind)).ToList();

        // Then
        incidents.Should().HaveCount(24);
        foreach (var incident in incidents)
        {
            var key = AssessedCase.Key(incident.AppId, incident.AppVersion, incident.Day);
            ReadBackMeasure.Telemetry(rows.GetValueOrDefault(key) ?? [], incident.Kind).Should().BeApproximately(incident.Strength, 1e-9, $"{incident.Kind} on {key}");
        }
    }

    [Fact]
    public void TelemetryRows_ReadBack_CountDuplicatesOnceAndMatchTheRowsWritten()
    {
        // When
        var c = cases.Small;
        var rows = MeridianReadBack.Telemetry(cases.SmallDirectory, c.Malformed);

        // Then: the written count includes each second delivery; what is read back once is fewer, by under 1 %
        rows.Count.Should().BeLessThan((int)c.TelemetryRows).And.BeGreaterThan((int)(c.TelemetryRows * 0.99));
    }
}

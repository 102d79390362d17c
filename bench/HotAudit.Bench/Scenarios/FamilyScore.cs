namespace HotAudit.Bench.Scenarios;

/// <summary>
/// One family's tally over its seeds: each injected anomaly with its strength and whether its vector was flagged, the
/// flags on vectors that are neither injected nor controls (false flags), and the controls flagged.
/// </summary>
/// <remarks>
/// A vector of the same app version on the day before or after an injected anomaly (and not itself injected or a
/// control) is counted apart (<see cref="AdjacentVectors"/>, <see cref="AdjacentFlagged"/>): it is neither a normal
/// vector nor a found anomaly, and stays out of precision. The families' injections spill over to it: a device's clock
/// puts some of an injected loop's applies on the next or the previous local day, and an injected night publish is
/// prepared by its operators the day before. Whether a flag there is a false alarm cannot be told from the truth, so
/// both figures are printed (<see cref="QualityTable"/>). Likewise a vector the family injected but did not label
/// (<see cref="ScenarioTruth.Unlabelled"/>) is counted apart (<see cref="UnlabelledVectors"/>, <see cref="UnlabelledFlagged"/>):
/// harbor drops a failure spike whose measured share is under the version's 95th percentile by its own measure, which
/// counts the devices rolling back as the server ordered (the monitor does not), so the monitor flags an incident the
/// family wrote into the rows and did not call one.
/// </remarks>
internal sealed class FamilyScore(string family)
{
    public string Family { get; } = family;
    public List<(string Kind, double Strength, bool Found)> Anomalies { get; } = [];
    public List<(string Kind, bool Flagged)> Controls { get; } = [];
    public int Flagged { get; private set; }
    public int TruePositives { get; private set; }
    public int NormalVectors { get; private set; }
    public int FalseFlags { get; private set; }
    public List<string> FalseFlagKeys { get; } = [];
    public int AdjacentVectors { get; private set; }
    public int AdjacentFlagged { get; private set; }
    public int UnlabelledVectors { get; private set; }
    public int UnlabelledFlagged { get; private set; }
    public TimeSpan Elapsed { get; set; }

    public void Add(ScenarioTruth truth, AssessedCase assessed)
    {
        var injected = truth.Anomalies.Select(a => AssessedCase.Key(a.AppId, a.AppVersion, a.Day)).ToHashSet();
        var controls = truth.Controls.Select(c => AssessedCase.Key(c.AppId, c.AppVersion, c.Day)).ToHashSet();
        var unlabelled = (truth.Unlabelled ?? []).Select(a => AssessedCase.Key(a.AppId, a.AppVersion, a.Day))
            .Where(k => !injected.Contains(k) && !controls.Contains(k)).ToHashSet();
        var adjacent = truth.Anomalies.SelectMany(a => new[] { -1, 1 }.Select(d => AssessedCase.Key(a.AppId, a.AppVersion, a.Day.AddDays(d))))
            .Where(k => !injected.Contains(k) && !controls.Contains(k) && !unlabelled.Contains(k)).ToHashSet();
        foreach (var a in truth.Anomalies)
        {
            var key = AssessedCase.Key(a.AppId, a.AppVersion, a.Day);
            var strength = double.IsNaN(a.Strength) ? assessed.Features.GetValueOrDefault(key)?.GetValueOrDefault(AssessedCase.FeatureOf(a.Kind)) ?? double.NaN : a.Strength;
            Anomalies.Add((a.Kind, strength, assessed.Flagged.GetValueOrDefault(key)));
        }
        Controls.AddRange(truth.Controls.Select(c => (c.Kind, assessed.Flagged.GetValueOrDefault(AssessedCase.Key(c.AppId, c.AppVersion, c.Day)))));
        foreach (var (key, flagged) in assessed.Flagged)
        {
            if (unlabelled.Contains(key))
            {
                UnlabelledVectors++;
                UnlabelledFlagged += flagged ? 1 : 0;
                continue;
            }
            if (adjacent.Contains(key))
            {
                AdjacentVectors++;
                AdjacentFlagged += flagged ? 1 : 0;
                continue;
            }
            Flagged += flagged ? 1 : 0;
            TruePositives += flagged && injected.Contains(key) ? 1 : 0;
            if (!injected.Contains(key) && !controls.Contains(key))
            {
                NormalVectors++;
                FalseFlags += flagged ? 1 : 0;
                if (flagged)
                {
                    FalseFlagKeys.Add($"seed {truth.Seed}: {key}");
                }
            }
        }
    }

    /// <summary>The smallest strength s such that the anomalies of this kind with strength ≥ s are found at recall ≥ 0.95; null if none.</summary>
    public double? DetectionLimit(string kind)
    {
        var of = Anomalies.Where(a => a.Kind == kind && !double.IsNaN(a.Strength)).ToList();
        return of.Select(a => a.Strength).Distinct().Order()
            .Where(s => of.Where(a => a.Strength >= s).Average(a => a.Found ? 1.0 : 0) >= 0.95)
            .Select(s => (double?)s).FirstOrDefault();
    }
}

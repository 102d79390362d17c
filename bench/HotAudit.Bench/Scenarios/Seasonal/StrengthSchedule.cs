namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// The strengths a seed injects: two of each kind's ladder, rotating with the seed, so that ten seeds hold every
/// (kind, strength) five to seven times. Shares are of the day's base; apply_rate_spike values are multiples of the
/// vector's usual rate (the recorded strength is then the day's applies per device).
/// </summary>
internal static class StrengthSchedule
{
    public static IReadOnlyList<double> Ladder(string kind) => kind switch
    {
        AnomalyKinds.PublishBurst => [2, 3, 4, 6],
        AnomalyKinds.RollbackBurst => [2, 3, 4],
        AnomalyKinds.OperatorBurst => [3, 4, 6],
        AnomalyKinds.ApplyRateSpike => [2, 3, 5],
        _ => [0.1, 0.2, 0.4],
    };

    public static IEnumerable<double> For(string kind, int seed)
    {
        var ladder = Ladder(kind);
        var offset = AnomalyKinds.All.ToList().IndexOf(kind);
        for (var j = 0; j < 2; j++)
        {
            var index = (((seed + j + offset) % ladder.Count) + ladder.Count) % ladder.Count;
            yield return ladder[index];
        }
    }
}

using HotAudit.Anomalies.Features;
using HotAudit.Core.Monitoring;

namespace HotAudit.Anomalies;

/// <summary>The monitor's parameters (HU-ANM-01's <c>params</c>; the rule pack holds the defaults).</summary>
/// <param name="MinBase">Devices a share or per-device rate needs, else it is left out.</param>
/// <param name="Window">Days of trailing history a day is compared with.</param>
/// <param name="MinHistory">Earlier values a feature needs in the window to be judged.</param>
/// <param name="FalseAlarmRate">Flags allowed per ordinary vector (0.001: one in a thousand), shared by every test of the vector.</param>
/// <param name="Rank">Principal components kept.</param>
/// <param name="Seed">Seed of every random choice.</param>
public sealed record MonitorSettings(int MinBase = 20, int Window = 28, int MinHistory = 7, double FalseAlarmRate = 0.001, int Rank = 3, int Seed = 17)
{
    /// <summary>Signed normal scores beyond this are clipped before the model (one wild value should not bend the fit).</summary>
    public const double Clip = 8;

    /// <summary>The model is fitted on vectors whose normal scores all stay within this, so anomalous days cannot become a component.</summary>
    public const double TrainClip = 3;

    /// <summary>Features named in an explanation are at least this surprising (−log10 p; 2 = one day in a hundred).</summary>
    public const double ExplainCut = 2;

    /// <summary>Tests of one vector: each scored feature and the multivariate model.</summary>
    public static int Tests => FeatureCatalog.All.Count(f => f.Scored) + 1;

    /// <summary>
    /// The strictest cut a vector can have (−log10 p): the false-alarm rate split evenly over all its tests (Bonferroni).
    /// A vector's own cut (<see cref="Scoring.VectorCut"/>) is at most this: it splits the rate over the tests made that
    /// day and lets a count spend only the p-values it can take.
    /// </summary>
    public double Cut => -Math.Log10(FalseAlarmRate / Tests);

    /// <summary>The settings from a monitor rule's parameters, defaults where one is missing.</summary>
    public static MonitorSettings From(MonitorRun run)
    {
        var d = new MonitorSettings();
        var rate = run.Number("false_alarm_rate", d.FalseAlarmRate);
        if (!(rate is > 0 and < 1))
        {
            throw new ArgumentException($"HU-ANM-01.false_alarm_rate must be between 0 and 1 (flags per ordinary vector), not {rate}");
        }
        return new MonitorSettings((int)run.Number("min_base", d.MinBase), (int)run.Number("window_days", d.Window), (int)run.Number("min_history", d.MinHistory),
            rate, (int)run.Number("rank", d.Rank), (int)run.Number("seed", d.Seed));
    }
}

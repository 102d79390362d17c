using HotAudit.Core.Monitoring;

namespace HotAudit.Anomalies;

/// <summary>The monitor's parameters (HU-ANM-01's <c>params</c>; the rule pack holds the defaults).</summary>
/// <param name="MinBase">Devices a share or per-device rate needs, else it is left out.</param>
/// <param name="Window">Days of trailing history a day is compared with.</param>
/// <param name="MinHistory">Earlier values a feature needs in the window to be judged.</param>
/// <param name="ModelCut">Robust z-score of the model residual above which a vector is flagged.</param>
/// <param name="SpikeCut">Robust z-score of a spike series (publishes, applies per applying device) above which a vector is flagged.</param>
/// <param name="Rank">Principal components kept.</param>
/// <param name="Seed">Seed of every random choice.</param>
public sealed record MonitorSettings(int MinBase = 20, int Window = 28, int MinHistory = 7, double ModelCut = 8, double SpikeCut = 5, int Rank = 3, int Seed = 17)
{
    /// <summary>Deviations larger than this are clipped before the model (one wild value should not bend the fit).</summary>
    public const double Clip = 20;

    /// <summary>The model is fitted on vectors whose deviations all stay within this, so anomalous days cannot become a component.</summary>
    public const double TrainClip = 4;

    /// <summary>Features named in an explanation deviate at least this much (robust z).</summary>
    public const double ExplainCut = 3;

    /// <summary>The settings from a monitor rule's parameters, defaults where one is missing.</summary>
    public static MonitorSettings From(MonitorRun run)
    {
        var d = new MonitorSettings();
        return new MonitorSettings((int)run.Number("min_base", d.MinBase), (int)run.Number("window_days", d.Window), (int)run.Number("min_history", d.MinHistory),
            run.Number("model_cut", d.ModelCut), run.Number("spike_cut", d.SpikeCut), (int)run.Number("rank", d.Rank), (int)run.Number("seed", d.Seed));
    }
}

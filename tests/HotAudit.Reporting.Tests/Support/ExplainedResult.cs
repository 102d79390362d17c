using HotAudit.Core.Assessment;
using HotAudit.Core.Monitoring;

namespace HotAudit.Reporting.Tests.Support;

/// <summary><see cref="Some.Result"/> with one flagged day explained as the monitor explains it, in English and Chinese.</summary>
internal static class ExplainedResult
{
    public const string English = "publishes 5 on 2026-03-14 vs 0–1 usual (28-day rate 0.18/day; p ≈ 2e-5)";
    public const string Chinese = "发布次数 5 (2026-03-14), 通常 0–1 (近 28 天速率 0.18/天; p ≈ 2e-5)";

    public static AssessmentResult Build() => Some.Result() with
    {
        AnomaliesAssessed = true,
        Anomalies =
        [
            new ScoredVector("com.example.shop", "1.0", new DateOnly(2026, 3, 14), [new FeatureValue("publishes", 5, 4.7, 2e-5, 0, 1)],
                0, 4.7, true, English, Chinese),
        ],
    };
}

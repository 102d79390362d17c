using HotAudit.Core.Assessment;
using HotAudit.Core.Monitoring;

namespace HotAudit.Reporting.Tests.Support;

/// <summary><see cref="Some.Result"/> with markup in a device id, a subject and an app id, and a few scored days.</summary>
internal static class HostileResult
{
    public const string DeviceId = "<img src=x onerror=alert(1)>";
    public const string AppId = "com.evil</title><script>alert(2)</script>";

    public static AssessmentResult Build()
    {
        var result = Some.Result();
        var finding = result.Findings[0] with
        {
            Subject = [new("app_id", AppId), new("app_version", "3.2.1"), new("patch_id", "p-\"42\"&")],
            Evidence = [Some.Evidence(10, "2026-05-01T00:00:00Z", ("device_id", DeviceId), ("event", "apply\u0001"))],
        };
        return result with
        {
            Findings = [finding, .. result.Findings.Skip(1)],
            Notices = [DeviceId],
            AnomaliesAssessed = true,
            Anomalies = Anomalies(),
        };
    }

    /// <summary>Two apps over five days; the hostile app flagged on its fourth day.</summary>
    public static IReadOnlyList<ScoredVector> Anomalies() =>
    [
        .. Enumerable.Range(0, 5).Select(i => Vector(AppId, i, flagged: i == 3)),
        .. Enumerable.Range(0, 5).Select(i => Vector("com.example.shop", i, flagged: false)),
    ];

    private static ScoredVector Vector(string app, int day, bool flagged) => new(
        app, "1.0", new DateOnly(2026, 5, 1).AddDays(day),
        [
            new FeatureValue("publishes", day == 3 ? 9 : 1, 0),
            new FeatureValue("background_apply_share", 0.1 * day, 0),
            new FeatureValue("failing_device_share", day == 0 ? null : 0.02, 0),
            new FeatureValue("http_check_share", 0, 0),
        ],
        flagged ? 6.5 : 0.3, 0, flagged, flagged ? DeviceId : "");
}

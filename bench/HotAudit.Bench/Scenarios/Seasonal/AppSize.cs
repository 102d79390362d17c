namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>How big an app's installed base is; decides its activity and how much of it reports telemetry.</summary>
internal enum AppSize
{
    Tiny,
    Small,
    Medium,
    Large,
}

namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>The family's own negative-control kinds, beside <see cref="AnomalyKinds.Controls"/>: legitimate days that look
/// unusual for reasons a regulator would accept.</summary>
internal static class MeridianControls
{
    /// <summary>The festive sale: more than twice the usual traffic, several sessions per user.</summary>
    public const string CampaignDay = "campaign_day";

    /// <summary>A routine release followed the same afternoon by a fix of the fix (two publishes, four people).</summary>
    public const string FixOfFixDay = "fix_of_fix_day";

    /// <summary>A routine release day with four or five people on the version (QA, release manager, product manager).</summary>
    public const string ManyOperatorRelease = "many_operator_release";

    /// <summary>A staged rollout widened by a targeting change: a wave of new applies without a publish.</summary>
    public const string StagedWidening = "staged_widening";

    /// <summary>The day after a release of the app whose SDK applies silently on the next launch, by design.</summary>
    public const string BackgroundSdkRelease = "background_sdk_release";

    /// <summary>The day after a release of the night radio: its listeners apply between midnight and three.</summary>
    public const string NightAudienceRelease = "night_audience_release";

    /// <summary>Every control kind the family records, most specific first (a vector gets the first that fits).</summary>
    public static readonly IReadOnlyList<string> All =
    [
        CampaignDay, FixOfFixDay, ManyOperatorRelease, StagedWidening, BackgroundSdkRelease, NightAudienceRelease,
        AnomalyKinds.NewVersionFirstDays, AnomalyKinds.ReleaseDay, AnomalyKinds.Holiday, AnomalyKinds.WeeklyPeak,
    ];
}

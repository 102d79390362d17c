namespace HotAudit.Anomalies.Features;

/// <summary>
/// Which earlier days a feature's day is judged against. A release changes what a day looks like: people upload, review,
/// approve and publish, devices apply the new patch (some twice), a few fail on it, apply it at night after an evening
/// publish. Judged against days of its own kind, a release day is compared with earlier releases and an ordinary day
/// with ordinary days, so neither hides in nor stands out from the other.
/// </summary>
internal enum DayKind
{
    /// <summary>Every earlier day.</summary>
    Any,

    /// <summary>
    /// A release day (a publish or rollback on the version that day, or its registration: a new version's first day of
    /// release work brings the platform's admin, a developer and a reviewer together before anything is published)
    /// against earlier release days, other days against other days; without three earlier days of its kind the day is
    /// not judged on this feature.
    /// </summary>
    ReleaseDay,

    /// <summary>
    /// A rollout day (a release that day or the day before) against earlier rollout days, other days against other days;
    /// without three earlier days of its kind, against every day (a new patch's first days stay watched).
    /// </summary>
    Rollout,

    /// <summary>
    /// How a <see cref="Rollout"/> feature is judged first: a release day against earlier release days, the day after a
    /// release against earlier days after one, other days against other days. The two halves of a rollout differ: an
    /// evening publish is applied overnight, so the day after a release has the night applies its release day does
    /// not, and pooled the two made a history that swings between them (1 % and 9 % night applies on alternate days).
    /// Without three earlier days of its phase, the day is judged as <see cref="Rollout"/>.
    /// </summary>
    RolloutPhase,
}

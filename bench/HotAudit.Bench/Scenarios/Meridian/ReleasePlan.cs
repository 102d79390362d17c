namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// One planned piece of work on an app version on a day. <see cref="Variant"/> is the style's choice for it: for a
/// fix-of-fix team 1 when the release gets a fix of the fix the same day; for a many-hands team the number of people on
/// the release day (3–5); for a staged widening its step (1: beta and the south region, 2: everyone).
/// </summary>
internal sealed record ReleasePlan(int App, int Version, int Day, PlanKind Kind, int Variant = 0, Incident? Incident = null);

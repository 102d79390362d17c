namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>What a patch changes, as teams write it in the upload and publish rows.</summary>
internal static class PatchNotes
{
    private static readonly string[] Routine =
    [
        "Fix crash on cart screen when coupon is empty", "Update festive banner assets", "Fix login OTP timeout on slow networks",
        "Correct GST rounding on invoices", "Improve image caching on Android 14", "Fix Hindi translation overflow on settings",
        "Patch payment status polling", "Fix deep link to order details", "Adjust map marker clustering",
        "Fix audio focus loss after phone call", "Update privacy policy link", "Fix pull-to-refresh on lists",
        "Reduce cold start by deferring analytics", "Fix date picker for Saka calendar", "Patch null pointer in notifications",
    ];

    private static readonly string[] Hotfix =
    [
        "Hotfix: crash on launch for some devices", "Hotfix: revert checkout change", "Hotfix: fix previous hotfix null check",
        "Hotfix: guard against missing config", "Hotfix: disable new carousel", "Hotfix: retry payment callback",
    ];

    public static string RoutineNote(Random rng) => Routine[rng.Next(Routine.Length)];

    public static string HotfixNote(Random rng) => Hotfix[rng.Next(Hotfix.Length)];
}

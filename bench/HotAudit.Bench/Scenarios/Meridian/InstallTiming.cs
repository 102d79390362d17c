namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// When and how a device applies a patch it has just verified, by its app's install policy: after a prompt the user
/// accepts, on the next resume or when the app goes to the background (for the devices built that way), or at the
/// next launch (a negative delay: the patch waits, applied with the returned mode when the app starts again).
/// </summary>
internal static class InstallTiming
{
    public static (int Delay, AppState State, bool Initiated, InstallMode Mode) For(InstallPolicy policy, Device device, Random rng) => policy switch
    {
        InstallPolicy.Prompt => (5 + rng.Next(55), AppState.Foreground, true, InstallMode.Immediate),
        InstallPolicy.SilentNextLaunch when device.OldSdk => (5 + rng.Next(55), AppState.Foreground, true, InstallMode.Immediate),
        InstallPolicy.SilentNextLaunch => (-1, AppState.Foreground, false, InstallMode.Silent),
        InstallPolicy.NextResume when rng.NextDouble() < 0.6 => (120 + rng.Next(1080), AppState.Foreground, false, InstallMode.OnNextResume),
        InstallPolicy.NextResume => (-1, AppState.Foreground, false, InstallMode.OnNextResume),
        InstallPolicy.NextSuspendMix when device.Suspends => (180 + rng.Next(1320), AppState.Background, false, InstallMode.OnNextSuspend),
        _ => (-1, AppState.Foreground, false, InstallMode.OnNextRestart),
    };
}

namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>When an app's SDK applies a downloaded patch, as its integration configures it.</summary>
internal enum InstallPolicy
{
    /// <summary>On the next restart, in the foreground, without asking (CodePush ON_NEXT_RESTART).</summary>
    NextRestart,

    /// <summary>At once after the user accepts a prompt (user-initiated).</summary>
    Prompt,

    /// <summary>Mostly on the next restart; about an eighth of the devices apply when the app goes to the background (ON_NEXT_SUSPEND).</summary>
    NextSuspendMix,

    /// <summary>On the next resume, in the foreground.</summary>
    NextResume,

    /// <summary>Silently on the next launch, by design (install_mode silent, not user-initiated); old SDKs still prompt.</summary>
    SilentNextLaunch,
}

namespace HotAudit.Core.Contract;

/// <summary>The fixed vocabularies of DATA-CONTRACT.md (all lower-case).</summary>
public static class Vocabulary
{
    /// <summary>Telemetry <c>event</c> values.</summary>
    public static readonly IReadOnlyList<string> Events =
    [
        "consent_prompt", "consent_granted", "consent_denied", "update_check", "download_start", "download_complete",
        "download_failed", "verify_passed", "verify_failed", "apply_start", "apply_success", "apply_failed", "rollback",
        "crash", "launch",
    ];

    /// <summary>Operation-log <c>action</c> values.</summary>
    public static readonly IReadOnlyList<string> Actions =
    [
        "app_register", "version_register", "patch_upload", "security_review", "approval_request", "approve", "publish",
        "set_active", "deactivate", "targeting_change", "key_rotate", "permission_grant", "permission_revoke",
        "usage_review", "log_export",
    ];

    /// <summary><c>platform</c> values.</summary>
    public static readonly IReadOnlyList<string> Platforms = ["android", "ios", "harmony", "react-native", "flutter", "web"];

    /// <summary><c>app_state</c> values.</summary>
    public static readonly IReadOnlyList<string> AppStates = ["foreground", "background"];

    /// <summary><c>install_mode</c> values.</summary>
    public static readonly IReadOnlyList<string> InstallModes = ["immediate", "on_next_restart", "on_next_resume", "on_next_suspend", "silent"];

    /// <summary><c>transport</c> values.</summary>
    public static readonly IReadOnlyList<string> Transports = ["https", "http"];

    /// <summary>Operation-log <c>result</c> values.</summary>
    public static readonly IReadOnlyList<string> Results = ["pass", "fail", "approved", "rejected"];

    /// <summary><c>distribution</c> values.</summary>
    public static readonly IReadOnlyList<string> Distributions = ["full", "conditional"];
}

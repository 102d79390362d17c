using HotAudit.Core.Contract;
using HotAudit.Core.Symbols;

namespace HotAudit.Anomalies.Features;

/// <summary>The telemetry slots and vocabulary symbols the monitor reads (enums are interned lower-case by row validation).</summary>
internal sealed class EventSymbols
{
    public static readonly int AppSlot = Schemas.Telemetry.Slot("app_id");
    public static readonly int VersionSlot = Schemas.Telemetry.Slot("app_version");
    public static readonly int EventSlot = Schemas.Telemetry.Slot("event");
    public static readonly int PatchSlot = Schemas.Telemetry.Slot("patch_id");
    public static readonly int StateSlot = Schemas.Telemetry.Slot("app_state");
    public static readonly int UserSlot = Schemas.Telemetry.Slot("user_initiated");
    public static readonly int ModeSlot = Schemas.Telemetry.Slot("install_mode");
    public static readonly int TransportSlot = Schemas.Telemetry.Slot("transport");

    public EventSymbols(SymbolTable symbols)
    {
        ApplySuccess = symbols.Find("apply_success");
        ApplyFailed = symbols.Find("apply_failed");
        Rollback = symbols.Find("rollback");
        Crash = symbols.Find("crash");
        VerifyPassed = symbols.Find("verify_passed");
        VerifyFailed = symbols.Find("verify_failed");
        UpdateCheck = symbols.Find("update_check");
        DownloadStart = symbols.Find("download_start");
        DownloadComplete = symbols.Find("download_complete");
        Launch = symbols.Find("launch");
        Background = symbols.Find("background");
        Silent = symbols.Find("silent");
        True = symbols.Find("true");
        Http = symbols.Find("http");
    }

    public int ApplySuccess { get; }
    public int ApplyFailed { get; }
    public int Rollback { get; }
    public int Crash { get; }
    public int VerifyPassed { get; }
    public int VerifyFailed { get; }
    public int UpdateCheck { get; }
    public int DownloadStart { get; }
    public int DownloadComplete { get; }
    public int Launch { get; }
    public int Background { get; }
    public int Silent { get; }
    public int True { get; }
    public int Http { get; }
}

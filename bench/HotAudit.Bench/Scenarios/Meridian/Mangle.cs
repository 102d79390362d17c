namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>How a malformed row was broken (each is one rejection reason of the data contract), and none.</summary>
internal enum Mangle
{
    None,

    /// <summary>A date that does not exist (2026-09-31): rejected on <c>ts</c>.</summary>
    NoSuchDay,

    /// <summary>An event outside the vocabulary: rejected on <c>event</c>.</summary>
    UnknownEvent,

    /// <summary>No device id: rejected on <c>device_id</c>.</summary>
    NoDevice,

    /// <summary>A JSON line cut off by a crashed collector: an unreadable line.</summary>
    Truncated,

    /// <summary><c>user_initiated</c> "Y": not a boolean.</summary>
    BadBoolean,

    /// <summary><c>transport</c> "quic": outside its enum.</summary>
    BadTransport,

    /// <summary><c>app_state</c> "bg": outside its enum.</summary>
    BadAppState,

    /// <summary>A verification without its <c>patch_id</c>.</summary>
    NoPatch,
}

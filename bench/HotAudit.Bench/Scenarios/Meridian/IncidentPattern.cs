namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>The real incidents the family stages; each kind has two or three, so a kind's injections do not all look alike.</summary>
internal enum IncidentPattern
{
    /// <summary>Publish burst: a developer fights a crash on an old version, publishing fix after fix without review.</summary>
    HotfixStorm,

    /// <summary>Publish burst: a misconfigured CI pipeline publishes every build of a branch to an old version.</summary>
    CiLoop,

    /// <summary>Rollback burst: two on-call engineers flip the active patch back and forth as crash reports come in.</summary>
    Flap,

    /// <summary>Rollback burst: the previous patch made active again, then the bad patch and its siblings deactivated.</summary>
    RevertPurge,

    /// <summary>Rollback burst: every patch of the version deactivated at once (a leaked key); a clean one next morning.</summary>
    KillSwitch,

    /// <summary>Operator burst: an outsourcing vendor's new accounts each upload a test build to the production version.</summary>
    VendorOnboarding,

    /// <summary>Operator burst: a war room of the team and the platform's SREs touching one version all day.</summary>
    WarRoom,

    /// <summary>Operator burst: shared console accounts used by several people at once.</summary>
    SharedConsole,

    /// <summary>Silent spike: a release shipped with the SDK's silent background install switched on (reverted at night).</summary>
    SilentConfig,

    /// <summary>Night spike: a release published just after midnight and a push that makes night users tap "update now".</summary>
    MidnightPush,

    /// <summary>Verify spike: the signing key rotated in the morning; devices that cached the old key set reject the patch until 22:00.</summary>
    KeyRotation,

    /// <summary>Verify spike: a CDN node serves truncated patch files; the retry from another node passes.</summary>
    TruncatedCdn,

    /// <summary>Failure spike: the day's release crashes on a share of devices; the SDK rolls some back.</summary>
    CrashingRelease,

    /// <summary>Failure spike: the day's release was diffed against the wrong base; apply fails on a share of devices.</summary>
    DiffBaseMismatch,

    /// <summary>Failure spike: a remote-config flag enables a patched code path that crashes, for some hours.</summary>
    RemoteFlagCrash,

    /// <summary>Http downgrade: a config push sets a plain-http update endpoint for a share of devices until the evening.</summary>
    HttpEndpoint,

    /// <summary>Http downgrade: a customer's office proxy strips TLS for the devices in one region during office hours.</summary>
    OfficeProxy,

    /// <summary>Apply-rate spike: a CDN purge changed the patch's ETag; the SDK re-downloads and re-applies it on every launch.</summary>
    EtagLoop,

    /// <summary>Apply-rate spike: the applied patch does not persist (a storage bug), so the SDK re-applies it over and over.</summary>
    PersistLoop,
}

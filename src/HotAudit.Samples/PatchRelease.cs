namespace HotAudit.Samples;

/// <summary>A published patch: when it became active for its app version, and whether an approval preceded it.</summary>
internal sealed record PatchRelease(string AppId, string AppVersion, string PatchId, int PatchVersion, long PublishedTicks, string Hash, bool Approved = true);

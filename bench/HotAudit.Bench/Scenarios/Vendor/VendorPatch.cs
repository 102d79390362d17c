namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>A patch built for one app version: its id, its number within the version and its digest.</summary>
internal sealed record VendorPatch(string Id, int Number, string Hash);

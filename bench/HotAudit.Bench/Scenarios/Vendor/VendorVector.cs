namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>One (app version, local day): the unit the monitor scores.</summary>
internal readonly record struct VendorVector(VendorVersion Version, int Day);

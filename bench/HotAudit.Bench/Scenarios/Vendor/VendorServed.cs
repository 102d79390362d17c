namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>From <paramref name="At"/> (seconds from the period's first local midnight) the server hands out <paramref name="Patch"/> (none after a deactivate), to the devices <paramref name="MinOs"/> admits (0: all).</summary>
internal sealed record VendorServed(long At, VendorPatch? Patch, int MinOs);

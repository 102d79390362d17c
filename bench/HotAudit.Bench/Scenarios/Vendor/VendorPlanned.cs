namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>An injection as planned: its kind, its vector and the strength aimed at (the truth records what landed).</summary>
internal sealed record VendorPlanned(string Kind, VendorVector Vector, double Target);

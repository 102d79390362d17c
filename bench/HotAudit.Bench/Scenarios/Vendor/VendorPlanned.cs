namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>An injection as planned: its kind, its vector, the strength aimed at and the app's natural level of it (the truth records what landed).</summary>
internal sealed record VendorPlanned(string Kind, VendorVector Vector, double Target, double Natural);

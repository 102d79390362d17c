namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>The contract's <c>transport</c> values, and none.</summary>
internal enum Transport : byte
{
    None,
    Https,
    Http,
}

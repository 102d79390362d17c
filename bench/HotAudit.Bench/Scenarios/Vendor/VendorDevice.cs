namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>A device running one client app: how often it is used, how late it takes new app versions, and the patch it runs.</summary>
internal sealed class VendorDevice
{
    public required string Id { get; init; }
    public required int Number { get; init; }
    public required string Platform { get; init; }
    public required string OsVersion { get; init; }
    public required int OsMajor { get; init; }
    public required string Sdk { get; init; }
    public required double Activity { get; init; }
    public required bool LegacyHttp { get; init; }

    /// <summary>Per app version index, the first day the device runs it (int.MaxValue: never).</summary>
    public required int[] UpgradeDay { get; init; }

    public int VersionIndex { get; set; } = -1;
    public VendorPatch? Active { get; set; }
    public VendorPatch? Previous { get; set; }

    public int VersionOn(int day)
    {
        var index = 0;
        for (var k = 0; k < UpgradeDay.Length; k++)
        {
            if (UpgradeDay[k] <= day)
            {
                index = k;
            }
        }
        return index;
    }
}

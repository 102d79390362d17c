namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>An app version: when it shipped, how often its team patches it, its patches and what the server hands out over time.</summary>
internal sealed class VendorVersion(VendorApp app, string name, int index, int releaseDay, double patchesPerWorkday)
{
    public VendorApp App { get; } = app;
    public string Name { get; } = name;
    public int Index { get; } = index;
    public int ReleaseDay { get; } = releaseDay;
    public double PatchesPerWorkday { get; } = patchesPerWorkday;
    public List<VendorPatch> Patches { get; } = [];
    public List<VendorServed> Served { get; } = [];

    public VendorPatch NewPatch()
    {
        var number = Patches.Count + 1;
        var id = $"{App.Short}-{Name}-p{number}";
        var patch = new VendorPatch(id, number, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id))));
        Patches.Add(patch);
        return patch;
    }

    public VendorServed? ServedAt(long at)
    {
        for (var i = Served.Count - 1; i >= 0; i--)
        {
            if (Served[i].At <= at)
            {
                return Served[i];
            }
        }
        return null;
    }
}

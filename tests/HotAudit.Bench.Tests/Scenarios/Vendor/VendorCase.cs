using HotAudit.Bench.Scenarios;
using HotAudit.Bench.Scenarios.Vendor;

namespace HotAudit.Bench.Tests.Scenarios.Vendor;

/// <summary>One vendor case (seed 2) written once for the tests that read it back.</summary>
public sealed class VendorCase : IDisposable
{
    public VendorCase()
    {
        Dir = Path.Combine(Path.GetTempPath(), "vendor-case-" + Guid.NewGuid().ToString("N"));
        Truth = new VendorFamily().Write(Dir, 2);
    }

    public string Dir { get; }
    internal ScenarioTruth Truth { get; }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}

using HotAudit.Bench.Scenarios.Harbor;

namespace HotAudit.Bench.Tests.Scenarios.Harbor;

/// <summary>One full-size harbor case (seed 2) written once for the tests that read it back.</summary>
public sealed class HarborWritten : IDisposable
{
    public HarborWritten()
    {
        Dir = Path.Combine(Path.GetTempPath(), "harbor-case-" + Guid.NewGuid().ToString("N"));
        Case = HarborFamily.Build(Dir, 2);
    }

    public string Dir { get; }
    internal HarborCase Case { get; }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}

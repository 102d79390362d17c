using System.Globalization;

namespace HotAudit.Bench;

/// <summary>One timed assessment: exit code, rows read, wall seconds, peak resident set (VmHWM, KiB), stderr and CPU seconds (user + sys of the child).</summary>
internal sealed record Measurement(int ExitCode, long Rows, double Seconds, long PeakKb, string Stderr, double CpuSeconds = double.NaN)
{
    /// <summary>The child's phase timings (<c>HOTAUDIT_TIMINGS=1</c>) on one line: "ingest 4.38, ..., total 8.37"; empty without them.</summary>
    public string Phases => string.Join(", ", Stderr.Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.StartsWith("hotaudit: timing", StringComparison.Ordinal))
        .Select(l => l["hotaudit: timing".Length..].Trim().Split(" s ", 2, StringSplitOptions.TrimEntries))
        .Where(p => p.Length == 2)
        .Select(p => $"{p[1]} {p[0]}"));

    public double PeakMiB => PeakKb / 1024.0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"rows read: {Rows:N0}; wall time: {Seconds:F2} s; rate: {Rows / Seconds:N0} rows/s; peak RSS: {PeakMiB:F0} MiB; CPU {CpuSeconds:F2} s");
}

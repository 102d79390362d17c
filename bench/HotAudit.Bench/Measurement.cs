using System.Globalization;

namespace HotAudit.Bench;

/// <summary>One timed assessment: exit code, rows read, wall seconds, peak resident set (VmHWM, KiB) and stderr.</summary>
internal sealed record Measurement(int ExitCode, long Rows, double Seconds, long PeakKb, string Stderr)
{
    public double PeakMiB => PeakKb / 1024.0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"rows read: {Rows:N0}; wall time: {Seconds:F2} s; rate: {Rows / Seconds:N0} rows/s; peak RSS: {PeakMiB:F0} MiB");
}

using System.Diagnostics;
using System.Globalization;
using HotAudit.Samples;

namespace HotAudit.Bench;

/// <summary>
/// Writes a benchmark case with the <c>hotaudit samples</c> generator: about <c>events</c> telemetry rows from
/// <c>devices</c> devices (default events / 25, so 5M events come from 200,000 devices) over <c>days</c> days (default
/// 200) plus the operation log, its telemetry spread over formats as <see cref="Mix"/> says (default: half CSV, half
/// JSON Lines). The generator's per-day activity is scaled down so few events spread over many devices.
/// </summary>
internal static class Generator
{
    /// <summary>Rows a device writes at activity scale 1 over 200 days is about this; measured, see <see cref="Scale"/>.</summary>
    private const double EventsPerActiveShare = 1200;

    /// <summary>Rows a device writes whatever its activity (consent, first launch).</summary>
    private const double FixedPerDevice = 6;

    public static (long Rows, int Devices) Write(string dir, long events, int seed, int? devices = null, int days = 200, Mix? mix = null)
    {
        mix ??= Mix.CsvAndJsonl;
        var n = devices ?? (int)Math.Max(1, events / 25);
        var sw = Stopwatch.StartNew();
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
        var (written, _) = SampleCase.Write(new SampleOptions(dir, n, days, seed, ["burst", "silent", "failure", "http"], false, Scale(events, n, days), mix.CsvShare));
        mix.Finish(dir);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated {written:N0} telemetry rows ({n:N0} devices, {days} days, mix {mix.Name}) in {sw.Elapsed.TotalSeconds:F1}s into {dir}"));
        return (written, n);
    }

    /// <summary>Activity scale for a wanted number of rows per device (linear model of the generator, close enough for "about").</summary>
    public static double Scale(long events, int devices, int days) =>
        Math.Clamp(((double)events / devices - FixedPerDevice) / (EventsPerActiveShare * days / 200.0), 0.001, 1);
}

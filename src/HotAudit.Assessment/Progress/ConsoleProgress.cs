using System.Diagnostics;
using HotAudit.Ingestion;

namespace HotAudit.Assessment;

/// <summary>
/// Progress of a long run on a terminal (file, rows, rate, phase), redrawn in place on standard error at most a few
/// times a second; silent when standard error is redirected, so logs and CI output stay clean.
/// </summary>
internal sealed class ConsoleProgress(TextWriter output, bool enabled) : IProgress<IngestProgress>, IDisposable
{
    private readonly bool _enabled = enabled;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw = -1000;

    private long _rows;
    private long _spilled;

    /// <summary>Progress on <paramref name="output"/> when it is standard error on a terminal.</summary>
    public ConsoleProgress(TextWriter output)
        : this(output, !System.Console.IsErrorRedirected && ReferenceEquals(output, System.Console.Error))
    {
    }

    /// <summary>Rows read so far across every file and chunk.</summary>
    public long Rows => Interlocked.Read(ref _rows);

    /// <summary>Called by readers side by side (chunks of one file report under their own locks), hence the atomic sum.</summary>
    public void Report(IngestProgress value)
    {
        Interlocked.Add(ref _rows, value.NewRows);
        InterlockedMax(ref _spilled, value.SpilledBytes);
        if (_enabled && _clock.ElapsedMilliseconds - _lastDraw >= 250)
        {
            _lastDraw = _clock.ElapsedMilliseconds;
            var total = Rows;
            var rate = total / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
            var share = value.TotalBytes > 0 ? $" {100.0 * value.Bytes / value.TotalBytes,5:F1}%" : "";
            Draw($"reading {value.File}{share} · {total:N0} rows · {rate:N0} rows/s{SpillNote()}");
        }
    }

    public void Phase(string phase)
    {
        if (_enabled)
        {
            Draw($"{phase} · {_clock.Elapsed.TotalSeconds:F1}s{SpillNote()}");
        }
    }

    public void Dispose()
    {
        if (_enabled)
        {
            output.Write("\r\u001b[2K");
        }
    }

    /// <summary>Said once telemetry no longer fits the memory budget, so a slower run is not a mystery.</summary>
    private string SpillNote()
    {
        var spilled = Interlocked.Read(ref _spilled);
        return spilled == 0 ? "" : $" · telemetry over the memory budget: {Math.Max(1, spilled >> 20):N0} MiB spilled to disk";
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var seen = Interlocked.Read(ref target);
        while (value > seen)
        {
            var before = Interlocked.CompareExchange(ref target, value, seen);
            if (before == seen)
            {
                return;
            }
            seen = before;
        }
    }

    private void Draw(string line) => output.Write("\r\u001b[2K" + (line.Length > 180 ? line[..180] : line));
}

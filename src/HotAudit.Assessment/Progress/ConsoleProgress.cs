using System.Diagnostics;
using HotAudit.Ingestion;

namespace HotAudit.Assessment;

/// <summary>
/// Progress of a long run on a terminal (file, rows, rate, phase), redrawn in place on standard error at most a few
/// times a second; silent when standard error is redirected, so logs and CI output stay clean.
/// </summary>
internal sealed class ConsoleProgress(TextWriter output) : IProgress<IngestProgress>, IDisposable
{
    private readonly bool _enabled = !System.Console.IsErrorRedirected && ReferenceEquals(output, System.Console.Error);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw = -1000;

    private long _rows;

    /// <summary>Rows read so far across every file and chunk.</summary>
    public long Rows => Interlocked.Read(ref _rows);

    /// <summary>Called by readers side by side (chunks of one file report under their own locks), hence the atomic sum.</summary>
    public void Report(IngestProgress value)
    {
        Interlocked.Add(ref _rows, value.NewRows);
        if (_enabled && _clock.ElapsedMilliseconds - _lastDraw >= 250)
        {
            _lastDraw = _clock.ElapsedMilliseconds;
            var total = Rows;
            var rate = total / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
            var share = value.TotalBytes > 0 ? $" {100.0 * value.Bytes / value.TotalBytes,5:F1}%" : "";
            Draw($"reading {value.File}{share} · {total:N0} rows · {rate:N0} rows/s");
        }
    }

    public void Phase(string phase)
    {
        if (_enabled)
        {
            Draw($"{phase} · {_clock.Elapsed.TotalSeconds:F1}s");
        }
    }

    public void Dispose()
    {
        if (_enabled)
        {
            output.Write("\r\u001b[2K");
        }
    }

    private void Draw(string line) => output.Write("\r\u001b[2K" + (line.Length > 110 ? line[..110] : line));
}

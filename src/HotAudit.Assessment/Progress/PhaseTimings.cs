using System.Diagnostics;
using System.Globalization;

namespace HotAudit.Assessment;

/// <summary>
/// Wall time per phase of an assessment, printed to stderr at the end when the environment variable
/// <c>HOTAUDIT_TIMINGS=1</c> is set (for profiling; reports are unchanged). Each phase runs from the previous one's end.
/// </summary>
internal sealed class PhaseTimings
{
    private readonly Stopwatch? _clock;
    private readonly List<(string Phase, TimeSpan Took)> _phases = [];
    private TimeSpan _last;

    private PhaseTimings(bool on) => _clock = on ? Stopwatch.StartNew() : null;

    public static PhaseTimings FromEnvironment() => new(Environment.GetEnvironmentVariable("HOTAUDIT_TIMINGS") == "1");

    /// <summary>Ends the phase running now.</summary>
    public void End(string phase)
    {
        if (_clock is null)
        {
            return;
        }
        var now = _clock.Elapsed;
        _phases.Add((phase, now - _last));
        _last = now;
    }

    public void Print(TextWriter to)
    {
        if (_clock is null)
        {
            return;
        }
        foreach (var (phase, took) in _phases)
        {
            to.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hotaudit: timing {took.TotalSeconds,7:F2} s  {phase}"));
        }
        to.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hotaudit: timing {_last.TotalSeconds,7:F2} s  total"));
    }
}

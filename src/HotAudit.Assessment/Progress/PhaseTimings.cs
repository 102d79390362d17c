using System.Diagnostics;
using System.Globalization;

namespace HotAudit.Assessment;

/// <summary>
/// Wall time per phase of an assessment, and the CPU time (user + system, every thread of the process) spent in it,
/// printed to stderr at the end when the environment variable <c>HOTAUDIT_TIMINGS=1</c> is set (for profiling; reports
/// are unchanged). Each phase runs from the previous one's end. On a machine shared with other work the wall time moves
/// with the load; the CPU time moves less.
/// </summary>
internal sealed class PhaseTimings
{
    private readonly Stopwatch? _clock;
    private readonly List<(string Phase, TimeSpan Took, TimeSpan Cpu)> _phases = [];
    private readonly TimeSpan _cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
    private TimeSpan _last;
    private TimeSpan _lastCpu;

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
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuStart;
        _phases.Add((phase, now - _last, cpu - _lastCpu));
        _last = now;
        _lastCpu = cpu;
    }

    public void Print(TextWriter to)
    {
        if (_clock is null)
        {
            return;
        }
        foreach (var (phase, took, cpu) in _phases)
        {
            to.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hotaudit: timing {took.TotalSeconds,7:F2} s  {phase}  (cpu {cpu.TotalSeconds:F2} s)"));
        }
        to.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hotaudit: timing {_last.TotalSeconds,7:F2} s  total  (cpu {_lastCpu.TotalSeconds:F2} s)"));
    }
}

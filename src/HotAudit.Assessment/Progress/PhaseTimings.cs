using System.Diagnostics;
using System.Globalization;

namespace HotAudit.Assessment;

/// <summary>
/// Wall time per phase of an assessment, and the CPU time (user + system, every thread of the process) spent in it,
/// printed to stderr at the end when the environment variable <c>HOTAUDIT_TIMINGS=1</c> is set (for profiling; reports
/// are unchanged). Each phase runs from the previous one's end. On a machine shared with other work the wall time moves
/// with the load; the CPU time moves less. Beside each phase: the methods the JIT compiled in it and the time it took
/// (<see cref="System.Runtime.JitInfo"/>: what ReadyToRun did not precompile, and the tier-1 re-compilations of hot code).
/// </summary>
internal sealed class PhaseTimings
{
    private readonly Stopwatch? _clock;
    private readonly List<(string Phase, TimeSpan Took, TimeSpan Cpu, long Methods, TimeSpan Jit)> _phases = [];
    private readonly TimeSpan _cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
    private TimeSpan _last;
    private TimeSpan _lastCpu;
    private long _lastMethods;
    private TimeSpan _lastJit;

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
        var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        _phases.Add((phase, now - _last, cpu - _lastCpu, methods - _lastMethods, jit - _lastJit));
        (_last, _lastCpu, _lastMethods, _lastJit) = (now, cpu, methods, jit);
    }

    public void Print(TextWriter to)
    {
        if (_clock is null)
        {
            return;
        }
        foreach (var (phase, took, cpu, methods, jit) in _phases)
        {
            to.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"hotaudit: timing {took.TotalSeconds,7:F2} s  {phase}  (cpu {cpu.TotalSeconds:F2} s, jit {methods} methods {jit.TotalSeconds:F2} s)"));
        }
        to.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hotaudit: timing {_last.TotalSeconds,7:F2} s  total  (cpu {_lastCpu.TotalSeconds:F2} s, jit {System.Runtime.JitInfo.GetCompiledMethodCount()} methods {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F2} s)"));
    }
}

using HotAudit.Anomalies;

namespace HotAudit.Assessment;

/// <summary>
/// Compiles the anomaly monitor's code on a spare core while the first case of the process is read
/// (<see cref="AnomalyMonitor.WarmUp"/>): the monitor runs alone on the critical path after the telemetry rules, and on a
/// 1M-event case a fifth of its time was the JIT. Once per process; later runs find the code compiled.
/// </summary>
internal static class MonitorWarmUp
{
    private static int _started;

    /// <summary>Starts the warm-up on the thread pool, the first time only; never awaited, never fails a run.</summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(Run);
        }
    }

    private static void Run()
    {
        try
        {
            AnomalyMonitor.WarmUp();
        }
        catch (Exception)
        {
            // A warm-up that fails costs only the compile time it meant to save: the real scoring reports its own errors.
        }
    }
}

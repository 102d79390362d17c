namespace HotAudit.Cli;

/// <summary>
/// Runtime settings of a <c>hotaudit worker</c> process, applied before anything runs on the thread pool.
/// </summary>
internal static class WorkerRuntime
{
    /// <summary>The thread pool's setting of how long an idle worker thread spins before it sleeps.</summary>
    internal const string SpinLimit = "System.Threading.ThreadPool.UnfairSemaphoreSpinLimit";

    /// <summary>
    /// An idle thread-pool thread of a worker sleeps at once instead of spinning for work (<c>sched_yield</c> in a loop):
    /// the workers of a cluster often share a machine's cores with each other (and a cluster run's grains wait on each
    /// other's messages), so a spinning thread takes a core from the process that has work. Measured in
    /// bench/RESULTS.md ("Cluster: the workers' runtime"). Left alone when the runtime configuration or
    /// DOTNET_ThreadPool_UnfairSemaphoreSpinLimit already sets it.
    /// </summary>
    public static void Apply()
    {
        if (AppContext.GetData(SpinLimit) is null && Environment.GetEnvironmentVariable("DOTNET_ThreadPool_UnfairSemaphoreSpinLimit") is null)
        {
            AppContext.SetData(SpinLimit, 0);
        }
    }
}

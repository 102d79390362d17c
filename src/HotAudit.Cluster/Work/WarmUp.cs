using System.Diagnostics;
using HotAudit.Assessment;
using HotAudit.Cluster.Runs;
using HotAudit.Ingestion;
using HotAudit.Samples;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HotAudit.Cluster.Work;

/// <summary>
/// Five seconds after the worker has started (its silo joined), runs a small generated case a few times as a cluster run coordinated
/// by this silo: planning, chunks read by reader grains into partition grains (placed as a run's are, on this silo or
/// others), partitions evaluated, the monitor and the reports — without the coordinator grain (nothing in Redis) and into
/// a temporary folder. A worker is started before the runs it serves: the JIT compilation of those paths (HotAudit's
/// reading and evaluation, and Orleans' activation, placement, directory and messaging of these grains; tier 0, then tier
/// 1 for the hot ones) is done while it idles instead of during the first run, in every worker, with three processes
/// sharing the cores. Stops as soon as a run of the cluster reaches this silo (<see cref="ClusterWork.RunArrived"/>) or the
/// host stops; its runs' ids start with <c>warm-up-</c>, and their grains log nothing.
/// </summary>
internal sealed class WarmUp(ClusterWork work, IGrainFactory grains, IHostApplicationLifetime lifetime, ILogger<WarmUp> log) : BackgroundService
{
    /// <summary>Rounds over the case: the first compiles at tier 0; the later ones let call counting promote the hot methods.</summary>
    internal const int Rounds = 3;

    private const string RunPrefix = "warm-up-";

    /// <summary>How long after the worker's start the warm-up begins.</summary>
    internal static readonly TimeSpan StartAfter = TimeSpan.FromSeconds(5);

    /// <summary>True for the run ids a warm-up uses (a run of the cluster never starts with it).</summary>
    internal static bool IsWarmUp(string runId) => runId.StartsWith(RunPrefix, StringComparison.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // After the host's start (the silo has joined); off the host's start-up path.
        using (var started = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStarted, stoppingToken))
        {
            await Task.Delay(Timeout.Infinite, started.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        // A worker that has just started is often being checked or stopped at once (systemd, a deployment's health check):
        // the warm-up's CPU waits until it has been up a few seconds, so that a SIGTERM then still finds it leaving at once.
        await Task.Delay(StartAfter, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        if (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        DeleteLeftovers(Path.GetTempPath());
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, work.RunArrived);
        var clock = Stopwatch.StartNew();
        var warming = Task.Run(() => RunAsync(work, run =>
        {
            var cluster = new Grains.GrainClusterRun(grains, run, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
            return (cluster, cluster.ForgetAsync);
        }, Path.Combine(Path.GetTempPath(), $"{RunPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}"), [ShippedRules.Folder], Rounds, stop.Token), CancellationToken.None);
        try
        {
            // The host does not wait for a warm-up to wind down when it stops (a worker must leave within seconds of SIGTERM):
            // the warm-up is cancelled and let go.
            WarmUpLog.Done(log, await warming.WaitAsync(stoppingToken), clock.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            WarmUpLog.Stopped(log, clock.ElapsedMilliseconds);
            _ = warming.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only a lost speed-up: the worker serves runs as before.
            WarmUpLog.Failed(log, e.Message);
        }
    }

    /// <summary>
    /// Deletes the warm-up folders (<c>warm-up-PID-…</c>) under <paramref name="temp"/> of processes that no longer run: a
    /// worker killed during its warm-up (SIGKILL, or stopped before the warm-up wound down) leaves its ~3 MB behind.
    /// </summary>
    internal static void DeleteLeftovers(string temp)
    {
        try
        {
            foreach (var dir in Directory.EnumerateDirectories(temp, RunPrefix + "*"))
            {
                var name = Path.GetFileName(dir)[RunPrefix.Length..];
                if (name.IndexOf('-', StringComparison.Ordinal) is var dash and > 0
                    && int.TryParse(name.AsSpan(0, dash), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
                    && !Running(pid))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next worker's start.
        }

        static bool Running(int pid)
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                return !process.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Writes a small case under <paramref name="root"/>, coordinates it <paramref name="rounds"/> times with
    /// <paramref name="work"/> over the cluster <paramref name="clusterOf"/> gives for each run (json and xlsx reports into
    /// <paramref name="root"/>; the cluster's forget is called after each), and deletes <paramref name="root"/>; returns
    /// the rounds run to their end.
    /// </summary>
    internal static async Task<int> RunAsync(ClusterWork work, Func<RunRequest, (IClusterRun Cluster, Func<Task> Forget)> clusterOf, string root,
        IReadOnlyList<string> ruleFolders, int rounds, CancellationToken ct)
    {
        try
        {
            var caseDir = Path.Combine(root, "case");
            // Both telemetry formats of a generated case (CSV, JSON Lines), the operation log and its anomalies: the rules,
            // the monitor and the reports all have something to say. ~25,000 rows, ~2 MB.
            SampleCase.Write(new SampleOptions(caseDir, Devices: 120, Days: 60, Seed: 7, Inject: ["burst", "silent", "failure", "http"], External: false,
                Activity: 0.5));
            var done = 0;
            for (var round = 0; round < rounds; round++)
            {
                ct.ThrowIfCancellationRequested();
                var options = new AssessRequest
                {
                    CaseDirectory = caseDir,
                    Out = Path.Combine(root, $"out-{round}"),
                    Formats = ["json", "xlsx"],
                    FailOn = null,
                    RuleFolders = ruleFolders,
                };
                // Small chunks and a few partitions: every per-chunk and per-partition path runs several times a round.
                var run = new RunRequest(RunPrefix + Guid.NewGuid().ToString("N")[..16], options.WithAbsolutePaths().ToJson(), Partitions: 8, ChunkBytes: 256 << 10);
                var (cluster, forget) = clusterOf(run);
                try
                {
                    var messages = new StringWriter();
                    if (await work.CoordinateAsync(run, cluster, messages, ct) is not (ExitCodes.Ok or ExitCodes.Findings) and var exit)
                    {
                        // The case did not run through (so neither did the paths it is for): said, not hidden.
                        throw new InvalidOperationException($"exit {exit}: {messages.ToString().Trim()}");
                    }
                }
                finally
                {
                    await forget();
                    work.Forget(run.RunId);
                }
                done++;
                // Call counting starts once tier-0 compilation has paused (100 ms): the next round's hot methods are promoted.
                await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
            }
            return done;
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A temporary folder left behind.
            }
        }
    }

    /// <summary>A cluster of this silo alone, without grains: it reads every chunk and evaluates every partition, as a grain would ask it to.</summary>
    internal sealed class OneSilo(ClusterWork work, RunRequest run) : IClusterRun, ITelemetryChunkSource
    {
        private readonly SortedDictionary<int, byte[]>[] _partitions = [.. Enumerable.Range(0, run.Partitions).Select(_ => new SortedDictionary<int, byte[]>())];

        public ITelemetryChunkSource Chunks => this;

        /// <summary>Chunks read so far (tests).</summary>
        public int ChunksRead { get; private set; }

        public Task<IReadOnlyList<ChunkResult>> ReadChunksAsync(ChunkPlan plan, CancellationToken ct)
        {
            var results = new List<ChunkResult>();
            foreach (var chunk in plan.Chunks)
            {
                ct.ThrowIfCancellationRequested();
                var output = work.ReadChunk(run, chunk, null);
                foreach (var (p, batch) in output.Batches)
                {
                    _partitions[p][chunk.Id] = batch;
                }
                results.Add(output.Result);
                ChunksRead++;
            }
            return Task.FromResult<IReadOnlyList<ChunkResult>>(results);
        }

        public Task<IReadOnlyList<byte[]>> EvaluatePartitionsAsync(PartitionPeriod period, CancellationToken ct)
        {
            var outcomes = new byte[run.Partitions][];
            for (var p = 0; p < run.Partitions; p++)
            {
                ct.ThrowIfCancellationRequested();
                outcomes[p] = work.EvaluatePartition(run, period, [.. _partitions[p].Values]);
            }
            return Task.FromResult<IReadOnlyList<byte[]>>(outcomes);
        }
    }
}

/// <summary>What the warm-up logs.</summary>
internal static partial class WarmUpLog
{
    [LoggerMessage(EventId = 320, Level = LogLevel.Information, Message = "warm-up: {Rounds} round(s) of a small case through this silo's reading, evaluation and coordination in {Milliseconds} ms")]
    public static partial void Done(ILogger logger, int rounds, long milliseconds);

    [LoggerMessage(EventId = 321, Level = LogLevel.Information, Message = "warm-up: stopped after {Milliseconds} ms (a run arrived, or the worker stops)")]
    public static partial void Stopped(ILogger logger, long milliseconds);

    [LoggerMessage(EventId = 322, Level = LogLevel.Warning, Message = "warm-up: failed ({Reason}); runs are served without it")]
    public static partial void Failed(ILogger logger, string reason);
}

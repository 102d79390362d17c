using HotAudit.Assessment;
using HotAudit.Cluster.Grains;
using HotAudit.Cluster.Hosting;
using HotAudit.Cluster.Runs;
using HotAudit.Ingestion;
using Orleans;
using Orleans.Runtime;

namespace HotAudit.Cluster.Client;

/// <summary>
/// <c>hotaudit assess CASE_DIR --cluster HOST:PORT</c>: submits the run to the cluster as an Orleans client, shows its
/// progress, and ends with the exit code a local run would give. The reports are written by the run's coordinator into
/// the same out folder a local run uses (the case folder must be readable at the same path on every worker). When the
/// coordinator's worker dies, the run is started again on a live one.
/// </summary>
public sealed class ClusterAssessment(TextWriter messages, TimeProvider time)
{
    /// <summary>Device partitions of a cluster run when none is given.</summary>
    public const int DefaultPartitions = 64;

    private static readonly TimeSpan ConnectWithin = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(200);

    /// <summary>Submits the run, follows it to its end and returns the exit code a local run would give.</summary>
    public async Task<int> RunAsync(AssessRequest options, ClusterSettings settings, int partitions, long chunkBytes, CancellationToken ct)
    {
        var problems = options.Validate().Concat(settings.Validate().Select(p => p.Replace("Cluster:Redis", "--cluster", StringComparison.Ordinal))).ToList();
        if (partitions < 1)
        {
            problems.Add("--partitions must be at least 1");
        }
        if (problems.Count > 0)
        {
            problems.ForEach(p => messages.WriteLine($"hotaudit: {p}"));
            return ExitCodes.BadInput;
        }
        ClusterConnection connection;
        try
        {
            connection = await ClusterClientConnector.ConnectAsync(settings, ConnectWithin, time, ct);
        }
        catch (ClusterUnavailableException e)
        {
            messages.WriteLine($"hotaudit: {e.Message}");
            return ExitCodes.BadInput;
        }
        await using (connection)
        {
            var run = new RunRequest("run-" + Guid.NewGuid().ToString("N")[..16], options.WithAbsolutePaths().ToJson(), partitions, chunkBytes);
            messages.WriteLine($"hotaudit: run {run.RunId} submitted to cluster '{settings.ClusterId}' ({partitions} partitions)");
            var outcome = await FollowAsync(connection.Client.GetGrain<ICoordinatorGrain>(run.RunId), run, ct);
            messages.Write(outcome.Messages);
            return outcome.ExitCode;
        }
    }

    private async Task<RunOutcome> FollowAsync(ICoordinatorGrain coordinator, RunRequest run, CancellationToken ct)
    {
        await Retrying(() => coordinator.StartAsync(run), ct);
        var shown = string.Empty;
        while (true)
        {
            await Task.Delay(PollEvery, time, ct);
            RunStatus status;
            try
            {
                status = await coordinator.StatusAsync();
            }
            catch (Exception e) when (Lost(e))
            {
                continue;
            }
            if (status.Outcome is { } outcome)
            {
                return outcome;
            }
            if (!status.Started)
            {
                messages.WriteLine($"hotaudit: run {run.RunId}: its coordinator was lost with its worker; starting it again on a live worker");
                await Retrying(() => coordinator.StartAsync(run), ct);
                continue;
            }
            var p = status.Progress;
            var line = $"hotaudit: {p.Phase}: chunks {p.ChunksDone}/{p.Chunks}, partitions {p.PartitionsDone}/{p.Partitions}" +
                (p.Recomputed > 0 ? $", {p.Recomputed} recomputed" : "");
            if (line != shown)
            {
                messages.WriteLine(line);
                shown = line;
            }
        }
    }

    private async Task Retrying(Func<Task> call, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await call();
                return;
            }
            catch (Exception e) when (Lost(e) && attempt < 60)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), time, ct);
            }
        }
    }

    private static bool Lost(Exception e) => e is OrleansException or TimeoutException or SiloUnavailableException;
}

using System.Text.RegularExpressions;
using FluentAssertions;
using HotAudit.Cluster.Tests.Support;

namespace HotAudit.Cluster.Tests.Runs;

/// <summary>
/// <c>hotaudit assess --cluster</c> against three real worker processes: the findings equal a local run's, also when a
/// worker is killed (<c>kill -9</c>) in the middle of the run — one that holds partitions, or the run's coordinator.
/// </summary>
public sealed partial class ClusterAssessTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(4);

    [RedisFact]
    public async Task Assess_ThroughClusterOfThree_SameFindingsAsLocalRun()
    {
        await using var cluster = await ClusterProcesses.StartAsync(3, TestRedis.Required, ClusterProcesses.NewClusterId("assess"));
        var (caseDir, local) = await CaseWithLocalRunAsync(cluster.Root);
        var clustered = Path.Combine(cluster.Root, "clustered");

        using var assess = Start(cluster, caseDir, clustered);
        var exit = await assess.WaitForExitAsync(RunLimit);

        exit.Should().Be(0, assess.Output + cluster.Diagnostics());
        Findings(clustered).Should().Be(Findings(local));
        assess.Output.Should().Contain("submitted to cluster").And.Contain($"reports in {clustered}");
    }

    [RedisFact]
    public async Task Assess_WorkerHoldingPartitionsKilledMidRun_SameFindingsAsLocalRun()
    {
        var (cluster, assess, runId) = await RunAndKillMidRunAsync("kill", coordinator: false);
        await using var _ = cluster;
        using var __ = assess;

        // Orleans may briefly run a second activation of the coordinator after a silo dies; the run's lease lets one work.
        var log = string.Join('\n', cluster.Processes.Where(p => Coordinates(p, runId)).Select(p => p.StandardOutput));
        log.Should().MatchRegex($"{runId}: (partition \\d+ lacks|chunk \\d+ attempt|partition \\d+ attempt)", "the dead worker's partitions were recomputed");

        // The chunks a dead worker's partitions lost are read again once for all of them, not once per partition.
        var chunks = Regex.Matches(log, $"{runId}: chunk (\\d+) \\(file").Select(m => m.Groups[1].Value).Distinct().Count();
        var readAgain = Regex.Matches(log, $"{runId}: chunk \\d+ read again for (\\d+) partition").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        if (Regex.IsMatch(log, $"{runId}: partition \\d+ lacks"))
        {
            var repairLines = string.Join('\n', log.Split('\n').Where(l => l.Contains("lack", StringComparison.Ordinal) || l.Contains("again", StringComparison.Ordinal)));
            readAgain.Should().NotBeEmpty("a partition lacked rows:\n" + repairLines)
                .And.HaveCountLessThanOrEqualTo(2 * chunks, "each lost chunk is read again once per repair:\n" + repairLines);
        }
    }

    [RedisFact]
    public async Task Assess_CoordinatorKilledMidRun_RestartedElsewhereSameFindingsAsLocalRun()
    {
        var (cluster, assess, runId) = await RunAndKillMidRunAsync("coord", coordinator: true);
        await using var _ = cluster;
        using var __ = assess;

        // Started again on a live worker by the client (its next status call found a fresh coordinator) or, when the run's
        // resume reminder came first (seen at load 44), by that worker itself: either way once, and finished there.
        var resumed = cluster.Processes.Any(p => !p.HasExited && p.StandardOutput.Contains($"{runId}: no coordinator is running it", StringComparison.Ordinal));
        (assess.Output.Contains("its coordinator was lost", StringComparison.Ordinal) || resumed).Should().BeTrue(assess.Output + cluster.Diagnostics());
        cluster.Processes.Where(p => !p.HasExited).Should().Contain(p => p.StandardOutput.Contains($"{runId}: finished", StringComparison.Ordinal));
    }

    /// <summary>
    /// Three workers; a run of the generated case; at a fifth of it, SIGKILL of the run's coordinator or of another worker
    /// (which holds partitions); the run must still end with exit 0 and the local run's findings.
    /// </summary>
    private static async Task<(ClusterProcesses Cluster, AssessProcess Assess, string RunId)> RunAndKillMidRunAsync(string name, bool coordinator)
    {
        var cluster = await ClusterProcesses.StartAsync(3, TestRedis.Required, ClusterProcesses.NewClusterId(name));
        AssessProcess? assess = null;
        try
        {
            var (caseDir, local) = await CaseWithLocalRunAsync(cluster.Root);
            var clustered = Path.Combine(cluster.Root, "clustered");
            assess = Start(cluster, caseDir, clustered);
            var runId = await RunIdAsync(assess);
            await assess.WaitForLineAsync(MidRun, RunLimit);
            var victim = cluster.Processes.First(p => Coordinates(p, runId) == coordinator);
            await cluster.KillAsync(victim.Index);
            var exit = await assess.WaitForExitAsync(RunLimit);

            exit.Should().Be(0, assess.Output + cluster.Diagnostics());
            Findings(clustered).Should().Be(Findings(local));
            return (cluster, assess, runId);
        }
        catch
        {
            assess?.Dispose();
            await cluster.DisposeAsync();
            throw;
        }
    }

    private static bool Coordinates(ClusterProcess worker, string runId) => worker.StandardOutput.Contains($"{runId}: coordinating", StringComparison.Ordinal);

    private static AssessProcess Start(ClusterProcesses cluster, string caseDir, string outDir) =>
        AssessProcess.Start(caseDir, "--out", outDir, "--format", "json", "--fail-on", "none", "--cluster", cluster.Redis, "--cluster-id", cluster.ClusterId,
            "--partitions", "16", "--chunk-kb", "1024");

    /// <summary>A generated case of ~450,000 telemetry rows (≈ 85 chunks of 1 MiB) and its local run's out folder.</summary>
    private static async Task<(string Case, string Local)> CaseWithLocalRunAsync(string root)
    {
        var caseDir = Path.Combine(root, "case");
        var local = Path.Combine(root, "local");
        var samples = await HotauditRun.ExecuteAsync(NoEnvironment, "samples", caseDir, "--devices", "3000", "--days", "45", "--seed", "5", "--inject", "burst,silent,http");
        samples.ExitCode.Should().Be(0, samples.StandardError);
        var run = await HotauditRun.ExecuteAsync(NoEnvironment, "assess", caseDir, "--out", local, "--format", "json", "--fail-on", "none");
        run.ExitCode.Should().Be(0, run.StandardError);
        return (caseDir, local);
    }

    private static async Task<string> RunIdAsync(AssessProcess assess) =>
        RunId().Match(await assess.WaitForLineAsync(l => RunId().IsMatch(l), TimeSpan.FromMinutes(1))).Value;

    /// <summary>A fifth of the chunks read (or, on a fast machine that read them between two progress lines, evaluating).</summary>
    private static bool MidRun(string line) => ChunksRead(line) >= 17 || line.Contains("evaluating: chunks", StringComparison.Ordinal);

    private static int ChunksRead(string line) => ChunksLine().Match(line) is { Success: true } m ? int.Parse(m.Groups[1].Value) : -1;

    private static string Findings(string outDir) => RunFindings.Comparable(outDir);

    [GeneratedRegex("run-[0-9a-f]{16}")]
    private static partial Regex RunId();

    [GeneratedRegex(@"reading: chunks (\d+)/")]
    private static partial Regex ChunksLine();

}

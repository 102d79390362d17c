using FluentAssertions;
using HotAudit.Cluster.Tests.Support;

namespace HotAudit.Cluster.Tests.Runs;

/// <summary>A run whose client and coordinator both die is resumed by a surviving worker (the run's reminder).</summary>
public sealed partial class ClusterAssessTests
{
    [RedisFact]
    public async Task Assess_ClientAndCoordinatorKilledMidRun_SurvivingWorkerFinishesWithLocalFindings()
    {
        // Given: a run a fifth of the way through
        await using var cluster = await ClusterProcesses.StartAsync(3, TestRedis.Required, ClusterProcesses.NewClusterId("gone"));
        var (caseDir, local) = await CaseWithLocalRunAsync(cluster.Root);
        var clustered = Path.Combine(cluster.Root, "clustered");
        using var assess = Start(cluster, caseDir, clustered);
        var runId = await RunIdAsync(assess);
        await assess.WaitForLineAsync(MidRun, RunLimit);

        // When: the client is killed, then the coordinator's worker
        assess.Kill();
        var coordinator = cluster.Processes.First(p => Coordinates(p, runId));
        await cluster.KillAsync(coordinator.Index);

        // Then: a surviving worker resumes the run and writes the reports, with the local run's findings
        (await FinishedAsync(clustered, runId, RunLimit)).Should().BeTrue($"run {runId} was not finished by a surviving worker:\n{cluster.Diagnostics()}");
        Findings(clustered).Should().Be(Findings(local));
        var survivors = cluster.Processes.Where(p => !p.HasExited).ToList();
        survivors.Should().Contain(p => p.StandardOutput.Contains($"{runId}: no coordinator is running it", StringComparison.Ordinal));
        // The marker is written with the reports, inside the run; the coordinator logs "finished" just after it (seen
        // missing when the output was read the moment the marker appeared, on a loaded machine): wait for the line.
        var finished = $"{runId}: finished";
        for (var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
             !survivors.Any(p => p.StandardOutput.Contains(finished, StringComparison.Ordinal)) && DateTime.UtcNow < until;)
        {
            await Task.Delay(100);
        }
        survivors.Should().Contain(p => p.StandardOutput.Contains(finished, StringComparison.Ordinal));
    }

    /// <summary>Waits for the run's marker (written after its reports) in <paramref name="outDir"/>.</summary>
    private static async Task<bool> FinishedAsync(string outDir, string runId, TimeSpan limit)
    {
        var marker = Path.Combine(outDir, ".hotaudit-cluster-run");
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            if (File.Exists(marker) && (await File.ReadAllTextAsync(marker)).StartsWith(runId + " ", StringComparison.Ordinal))
            {
                return true;
            }
            await Task.Delay(500);
        }
        return false;
    }
}

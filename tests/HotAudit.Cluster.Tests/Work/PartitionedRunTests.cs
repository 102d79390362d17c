using FluentAssertions;
using HotAudit.Assessment;
using HotAudit.Cluster.Runs;
using Xunit;

namespace HotAudit.Cluster.Tests.Work;

/// <summary>
/// The cluster's arithmetic without the cluster: a case read in chunks on several "silos", its devices split over
/// partitions evaluated elsewhere with their own symbols, gives exactly the findings.json of a local run.
/// </summary>
public sealed class PartitionedRunTests
{
    [Theory]
    [InlineData("case-5/internal-case", 7, 1L << 20)]
    [InlineData("case-5/external-case", 3, 1L << 20)]
    public async Task CoordinateAsync_ConformanceCaseOverPartitions_SameFindingsJsonAsLocal(string conformanceCase, int partitions, long chunkBytes)
    {
        await AssertSameAsLocal(Path.Combine(RepoPaths.Conformance, conformanceCase), partitions, chunkBytes, expectSplit: false);
    }

    [Fact]
    public async Task CoordinateAsync_GeneratedCaseInSmallChunks_SameFindingsJsonAsLocal()
    {
        // Given: a realistic case with injected anomalies, its files cut into many chunks
        var caseDir = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "cluster-gen-" + Guid.NewGuid().ToString("N"));
        (await HotAudit.Cli.Program.Main(["samples", caseDir, "--devices", "400", "--days", "30", "--seed", "11", "--inject", "burst,silent,http"])).Should().Be(0);

        await AssertSameAsLocal(caseDir, 16, 256 << 10, expectSplit: true);
        Directory.Delete(caseDir, true);
    }

    private static async Task AssertSameAsLocal(string caseDir, int partitions, long chunkBytes, bool expectSplit)
    {
        var local = Out();
        var clustered = Out();
        var options = new AssessRequest { CaseDirectory = caseDir, Out = local, Formats = ["json"], FailOn = null, RuleFolders = [RepoPaths.Rules] };
        var localExit = await new AssessRunner(Services.For(TimeProvider.System), TextWriter.Null).RunAsync(options, CancellationToken.None);
        var cluster = new InProcessCluster(new RunRequest("run-1", (options with { Out = clustered }).WithAbsolutePaths().ToJson(), partitions, chunkBytes), silos: 3);

        var exit = await cluster.CoordinateAsync(TextWriter.Null);

        exit.Should().Be(localExit);
        cluster.ChunksRead.Should().Match(n => expectSplit ? n > 3 : n > 0);
        Findings(clustered).Should().Be(Findings(local));
        Directory.Delete(local, true);
        Directory.Delete(clustered, true);
    }

    private static string Findings(string outDir) => RunFindings.Comparable(outDir);

    private static string Out() => Path.Combine(Path.GetTempPath(), "hotaudit-tests", "cluster-" + Guid.NewGuid().ToString("N"));

}

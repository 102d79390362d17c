using FluentAssertions;
using Xunit;

namespace HotAudit.Bench.Tests.Quality;

/// <summary>
/// A quality run deletes each seed's case folder once it is scored (six families of ten seeds filled ~10 GB of the
/// temporary folder a run): the truth and the findings stay for a look at what was missed; <c>--keep</c> keeps the case.
/// </summary>
public sealed class QualityRunTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hotaudit-quality-test-").FullName;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Run_OneSeedOfTheSamplesFamily_KeepsTheCaseOnlyWhenAsked(bool keep)
    {
        // When
        var exit = Bench.Quality.Run(keep ? ["1", "samples", "--keep"] : ["1", "samples"], _root);

        // Then
        exit.Should().Be(0);
        File.Exists(Path.Combine(_root, "samples-1.truth.json")).Should().BeTrue();
        File.Exists(Path.Combine(_root, "samples-1-out", "findings.json")).Should().BeTrue();
        Directory.Exists(Path.Combine(_root, "samples-1")).Should().Be(keep);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

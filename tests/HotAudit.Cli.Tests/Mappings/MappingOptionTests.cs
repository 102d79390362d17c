using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;

namespace HotAudit.Cli.Tests.Mappings;

/// <summary><c>--mapping NAME</c> applies a shipped mapping to a case that names none itself.</summary>
public sealed class MappingOptionTests
{
    [Fact]
    public async Task Assess_MappingOptionOnCaseWithoutMapping_AppliesTheShippedMapping()
    {
        // Given a copy of the CodePush sample without its case file, so nothing but the option names a mapping
        var dir = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "cp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Samples, "codepush"), "*.*")
                         .Where(f => Path.GetFileName(f).StartsWith("telemetry", StringComparison.Ordinal) || f.EndsWith("operations.csv", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
            }

            // When
            var result = await Assess.RunAsync(dir, "--mapping", "codepush");

            // Then
            result.Findings("HU-SIL-01").Should().ContainSingle().Which.Count.Should().Be(3);
            result.Rejected.Should().Be(3);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Main_UnknownShippedMapping_ExitsTwo()
    {
        // Given
        var dir = Path.Combine(RepoPaths.Samples, "codepush");

        // When
        var exit = await Program.Main(["assess", dir, "--mapping", "no-such-mapping", "--format", "json",
            "--out", Path.Combine(Path.GetTempPath(), "hotaudit-tests", "none-" + Guid.NewGuid().ToString("N"))]);

        // Then
        exit.Should().Be(2);
    }
}

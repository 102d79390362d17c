using System.Text.Json;
using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;

namespace HotAudit.Cli.Tests.Samples;

public sealed class SamplesCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "samples-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Samples_SameSeed_WritesTheSameBytes()
    {
        // Given / When
        var a = await Generate("a", "--seed", "11");
        var b = await Generate("b", "--seed", "11");
        var c = await Generate("c", "--seed", "12");

        // Then
        Files(a).Should().Equal(Files(b));
        File.ReadAllText(a + ".truth.json").Should().Be(File.ReadAllText(b + ".truth.json"));
        Files(a).Should().NotEqual(Files(c));
    }

    [Fact]
    public async Task Samples_TruthFile_IsBesideTheCaseNotInsideIt()
    {
        // When
        var dir = await Generate("t", "--inject", "none");

        // Then
        File.Exists(dir + ".truth.json").Should().BeTrue();
        Directory.EnumerateFiles(dir).Select(Path.GetFileName).Should().NotContain(n => n!.Contains("truth", StringComparison.Ordinal));
        using var truth = JsonDocument.Parse(File.ReadAllBytes(dir + ".truth.json"));
        truth.RootElement.GetProperty("anomaly_days").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Assess_GeneratedCaseWithInjections_ReportsHuAnm01OnTheInjectedDays()
    {
        // Given
        var dir = await Generate("e2e", "--seed", "3");
        using var truth = JsonDocument.Parse(File.ReadAllBytes(dir + ".truth.json"));
        var injected = truth.RootElement.GetProperty("anomaly_days").EnumerateArray()
            .Select(d => $"{d.GetProperty("app_id").GetString()}|{d.GetProperty("app_version").GetString()}|{d.GetProperty("day").GetString()}").ToList();

        // When
        var result = await Assess.RunAsync(dir, "--fail-on", "none");

        // Then
        injected.Should().HaveCount(4);
        result.Findings("HU-ANM-01").Select(f => $"{f.Subject["app_id"]}|{f.Subject["app_version"]}|{f.Subject["day"]}")
            .Should().BeEquivalentTo(injected);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task<string> Generate(string name, params string[] options)
    {
        var dir = Path.Combine(_root, name);
        var exit = await global::HotAudit.Cli.Program.Main(["samples", dir, "--devices", "300", "--days", "45", .. options]);
        exit.Should().Be(0);
        return dir;
    }

    /// <summary>Each file's name and SHA-256, in name order.</summary>
    private static List<string> Files(string dir) =>
        Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal)
            .Select(f => Path.GetFileName(f) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))).ToList();
}

using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>Mistakes in what was asked are exit 2 with one line naming the mistake and the closest names, never a stack trace.</summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hotaudit-usage-").FullName;

    [Theory]
    [InlineData("HU-FRQ-99.x=1", "no rule pack has a rule 'HU-FRQ-99' (closest: HU-FRQ-01")]
    [InlineData("HU-FRQ-01.max_publishs=1", "HU-FRQ-01 has no parameter 'max_publishs' (closest: max_publishes)")]
    [InlineData("HU-FRQ-01.max_publishes=abc", "HU-FRQ-01.max_publishes=abc: ")]
    [InlineData("max_publishes=1", "RULE.param=value")]
    [InlineData("HU-ANM-01.false_alarm_rate=2", "false_alarm_rate must be between 0 and 1")]
    [InlineData("HU-ANM-01.false_alarm_rate=often", "parameter false_alarm_rate must be a number, not 'often'")]
    public async Task Assess_BadSet_ExitsTwoWithOneLineAndNoReport(string set, string expected)
    {
        // When
        var (exit, console) = await Run("--set", set);

        // Then
        exit.Should().Be(2);
        console.Should().Contain(expected).And.NotContain("   at ").And.NotContain("internal error");
        Directory.Exists(Path.Combine(_root, "out")).Should().BeFalse();
    }

    [Fact]
    public async Task Assess_WaiverForUnknownRule_ExitsTwoNamingItsLineAndTheClosestRule()
    {
        // Given
        var waivers = Path.Combine(_root, "waivers.yaml");
        await File.WriteAllTextAsync(waivers, "waivers:\n  - rule_id: HU-SIL-99\n    justification: accepted\n    expires: 2030-01-01\n");

        // When
        var (exit, console) = await Run("--waivers", waivers);

        // Then
        exit.Should().Be(2);
        console.Should().Contain("waivers.yaml:2: waiver #1 names rule 'HU-SIL-99', which no rule pack has (closest: HU-SIL-01)");
    }

    [Fact]
    public async Task Assess_OutUnderAFile_ExitsTwoBeforeAssessing()
    {
        // Given: --out below a regular file
        var file = Path.Combine(_root, "file");
        await File.WriteAllTextAsync(file, "x");

        // When
        var (exit, console) = await Run("--out", Path.Combine(file, "reports"));

        // Then
        exit.Should().Be(2);
        console.Should().Contain("the reports cannot be written there").And.NotContain("   at ");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<(int Exit, string Console)> Run(params string[] options)
    {
        using var capture = new ConsoleCapture();
        var quickstart = Path.Combine(RepoPaths.Root, "samples", "quickstart");
        string[] args = options.Contains("--out") ? ["assess", quickstart, .. options] : ["assess", quickstart, "--out", Path.Combine(_root, "out"), .. options];
        var exit = await Program.Main(args);
        return (exit, capture.Error + capture.Out);
    }
}

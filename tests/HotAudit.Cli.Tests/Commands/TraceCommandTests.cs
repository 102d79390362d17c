using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;

namespace HotAudit.Cli.Tests.Commands;

/// <summary><c>hotaudit trace</c> end to end through Program.Main on a small case with complete and broken chains.</summary>
public sealed class TraceCommandTests : IDisposable
{
    private static readonly DateTimeOffset Day1 = new(2026, 5, 1, 12, 0, 0, TimeSpan.FromHours(8));

    private readonly CaseDirectory _case = Build();

    public void Dispose() => _case.Dispose();

    private static DateTimeOffset Day(int n, int hour = 12) => Day1.AddDays(n - 1).AddHours(hour - 12);

    /// <summary>
    /// p1: the full cycle, applied by d1 and d2. p2: no security review, applied by d1. p3: never published, downloaded
    /// by d1 under another app. p4: full cycle, applied by d3 while active, deactivated a day later, then applied by d2.
    /// </summary>
    private static CaseDirectory Build()
    {
        Device A(string id) => new("com.a", "5.2.0", id);
        return new CaseBuilder()
            .WithCaseFile()
            .Operations([
                .. Ops.Cycle("com.a", "5.2.0", "p1", Day(1)),
                Ops.Upload("com.a", "5.2.0", "p2", Day(3, 8)), Ops.ApprovalRequest("com.a", "5.2.0", "p2", Day(3, 9)),
                Ops.Approve("com.a", "5.2.0", "p2", Day(3, 10)), Ops.Publish("com.a", "5.2.0", "p2", Day(3), 2) with { ApprovalId = "AP-p2" },
                .. Ops.Cycle("com.a", "5.1.0", "p4", Day(5)), Ops.Deactivate("com.a", "5.1.0", "p4", Day(6)),
            ])
            .Telemetry([
                .. A("d1").CleanUpdate("p1", Day(2, 9)), .. A("d2").CleanUpdate("p1", Day(2, 10)),
                .. A("d1").CleanUpdate("p2", Day(4, 9)),
                A("d1").InApp("com.b").DownloadStart("p3", Day(4, 11)), A("d1").InApp("com.b").DownloadComplete("p3", Day(4, 11).AddMinutes(1)),
                .. A("d2").OnVersion("5.1.0").CleanUpdate("p4", Day(7, 9)),
                .. A("d3").OnVersion("5.1.0").CleanUpdate("p4", Day(5, 14)),
            ])
            .Build();
    }

    private async Task<(int Exit, string Out, string Error)> Trace(params string[] args)
    {
        using var console = new ConsoleCapture();
        var exit = await Program.Main(["trace", _case.Path, .. args]);
        return (exit, console.Out, console.Error);
    }

    [Fact]
    public async Task Main_CompleteChain_PrintsEveryLinkAndExit0()
    {
        var (exit, output, _) = await Trace("--patch", "p1");

        exit.Should().Be(0);
        Snapshot.Match("trace-patch-complete.txt", output);
    }

    [Fact]
    public async Task Main_PatchWithoutReview_NamesMissingLinkAndExit1()
    {
        var (exit, output, _) = await Trace("--patch", "p2");

        exit.Should().Be(1);
        output.Should().Contain("  review    MISSING security review\n").And.EndWith("result: chain broken: MISSING security review\n");
        Snapshot.Match("trace-patch-broken.txt", output);
    }

    [Fact]
    public async Task Main_SeenButNeverPublished_MissingPublishAndExit1()
    {
        var (exit, output, _) = await Trace("--patch", "p3");

        exit.Should().Be(1);
        output.Should().Contain("  publish   MISSING publish")
            .And.Contain("result: chain broken: MISSING upload; MISSING security review; MISSING approval; MISSING publish: seen on devices but never published");
    }

    [Fact]
    public async Task Main_AppliedAfterDeactivate_MarkedAndExit1()
    {
        var (exit, output, _) = await Trace("--patch", "p4");

        exit.Should().Be(1);
        output.Should().Contain("  applied while inactive  1 device(s), first 2026-05-07T09:06:00+08:00")
            .And.Contain("  2026-05-05T12:00:00+08:00 .. 2026-05-06T12:00:00+08:00\n")
            .And.EndWith("result: chain broken: applied by devices while inactive\n");
    }

    [Fact]
    public async Task Main_DeviceUnderTwoApps_EventsInTimeOrderEachPatchTracedBack()
    {
        var (exit, output, _) = await Trace("--device", "d1");

        exit.Should().Be(1);
        Snapshot.Match("trace-device.txt", output);
    }

    [Fact]
    public async Task Main_DeviceThatAppliedWhileActive_NotBlamedForAnotherDevicesLateApplyAndExit0()
    {
        var (exit, output, _) = await Trace("--device", "d3");

        exit.Should().Be(0, "d3 applied p4 while it was active; d2 applied it late");
        output.Should().Contain("chain complete (other devices applied it while inactive: 1 device(s)").And.Contain("not this one)")
            .And.NotContain("this device applied it while inactive").And.EndWith("result: chain complete for 1 patch(es)\n");
    }

    [Fact]
    public async Task Main_DeviceThatAppliedInactivePatch_Exit1()
    {
        var (exit, output, _) = await Trace("--device", "d2");

        exit.Should().Be(1, "d2 applied p4 while it was inactive");
        output.Should().Contain("result: chain broken for 1 of 2 patch(es)").And.Contain("this device applied it while inactive at 2026-05-07T09:06:00+08:00");
    }

    [Theory]
    [InlineData("--patch", "p9", "no patch 'p9' in the operation log, the manifests or the telemetry")]
    [InlineData("--device", "d9", "no device 'd9' in the telemetry")]
    public async Task Main_UnknownId_SaysSoAndExit2(string option, string id, string message)
    {
        var (exit, output, error) = await Trace(option, id);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain(message);
    }

    [Fact]
    public async Task Main_UnknownCaseFolder_Exit2()
    {
        using var console = new ConsoleCapture();

        var exit = await Program.Main(["trace", "/no/such/case", "--patch", "p1"]);

        exit.Should().Be(2);
        console.Error.Should().Contain("/no/such/case: no such case folder");
    }

    [Theory]
    [InlineData]
    [InlineData("--patch", "p1", "--device", "d1")]
    public async Task Main_NeitherOrBothIds_UsageErrorExit2(params string[] args)
    {
        var (exit, _, error) = await Trace(args);

        exit.Should().Be(2);
        error.Should().Contain("exactly one of --patch ID and --device ID");
    }
}

using FluentAssertions;
using HotAudit.Worker;
using Xunit;

namespace HotAudit.Worker.Tests;

/// <summary>A bad setting stops the worker at start with a message naming it.</summary>
public sealed class WorkerSettingsValidatorTests
{
    private static IEnumerable<string> Failures(WorkerSettings settings) =>
        new WorkerSettingsValidator().Validate(null, settings).Failures ?? [];

    [Fact]
    public void Validate_GoodSettings_Succeeds()
    {
        var settings = new WorkerSettings
        {
            Inbox = "/tmp/inbox",
            Schedules = [new ScheduleSettings { Name = "nightly", Cron = "0 2 * * *", TimeZone = "Europe/Berlin", Case = Path.GetTempPath(), LastDays = 7 }],
        };

        new WorkerSettingsValidator().Validate(null, settings).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Validate_NoInbox_NamesWorkerInbox() =>
        Failures(new WorkerSettings()).Should().ContainSingle().Which.Should().StartWith("Worker:Inbox is required");

    [Fact]
    public void Validate_ClusterMemberWithoutInbox_Succeeds() =>
        new WorkerSettingsValidator(inboxOptional: true).Validate(null, new WorkerSettings()).Succeeded.Should().BeTrue();

    [Fact]
    public void Validate_ClusterMemberWithoutInboxWithSchedules_NamesWorkerSchedules()
    {
        var settings = new WorkerSettings { Schedules = [new ScheduleSettings { Name = "nightly", Cron = "0 2 * * *", Case = Path.GetTempPath() }] };

        (new WorkerSettingsValidator(inboxOptional: true).Validate(null, settings).Failures ?? [])
            .Should().ContainSingle().Which.Should().StartWith("Worker:Schedules need Worker:Inbox");
    }

    [Fact]
    public void Validate_BadSchedule_NamesEachSetting()
    {
        var settings = new WorkerSettings
        {
            Inbox = "/tmp/inbox",
            Schedules = [new ScheduleSettings { Name = "n", Cron = "0 25 * * *", TimeZone = "Mars/Olympus", Case = "/no/such/folder", LastDays = 0 }],
        };

        Failures(settings).Should().Satisfy(
            f => f.StartsWith("Worker:Schedules:0:Cron '0 25 * * *'", StringComparison.Ordinal),
            f => f.StartsWith("Worker:Schedules:0:TimeZone 'Mars/Olympus'", StringComparison.Ordinal),
            f => f.StartsWith("Worker:Schedules:0:Case '/no/such/folder'", StringComparison.Ordinal),
            f => f.StartsWith("Worker:Schedules:0:LastDays", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_HistoryNeitherSqliteNorConnectionString_NamesWorkerHistory() =>
        Failures(new WorkerSettings { Inbox = "/tmp/inbox", History = "mysql://x" }).Should().ContainSingle().Which.Should().StartWith("Worker:History");

    [Fact]
    public void Validate_UnknownFormat_NamesWorkerFormats() =>
        Failures(new WorkerSettings { Inbox = "/tmp/inbox", Formats = "json,pdf" }).Should().ContainSingle().Which.Should().StartWith("Worker:Formats: unknown format 'pdf'");
}

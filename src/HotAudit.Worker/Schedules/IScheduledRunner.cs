namespace HotAudit.Worker;

/// <summary>Runs one occurrence of a schedule.</summary>
internal interface IScheduledRunner
{
    Task RunAsync(ScheduleDefinition schedule, DateTimeOffset occurrence, CancellationToken ct);
}

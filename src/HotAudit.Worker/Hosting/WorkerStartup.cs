using HotAudit.History;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HotAudit.Worker;

/// <summary>
/// Runs before the inbox and the schedules start: creates the folders, removes what an interrupted run left in the
/// reports folder (staging folders, never published) and in the temp folder (partition folders of a killed worker),
/// and opens the history (a database that cannot be reached stops the start; a SQLite file is made 0600).
/// </summary>
internal sealed class WorkerStartup(WorkerPaths paths, IRunHistory history, IOptions<WorkerSettings> settings, ILogger<WorkerStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        paths.Create();
        ReportPublisher.CleanUp(paths.Reports);
        HotAudit.Core.Engine.PartitionStore.RemoveAbandoned();
        await history.EnsureCreatedAsync(cancellationToken);
        PrivateFiles.Restrict(Path.Combine(paths.State, RunHistories.SqliteFile));
        var s = settings.Value;
        WorkerLog.Started(log, paths.Inbox, paths.Reports, paths.State, RunHistories.Describe(s.History, paths.State), s.Schedules.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

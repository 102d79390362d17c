using System.Threading.Channels;
using HotAudit.Worker;

namespace HotAudit.Worker.Tests;

/// <summary>A schedule runner that records each occurrence it ran and the (fake) time it ran at.</summary>
internal sealed class RecordingRunner(TimeProvider time) : IScheduledRunner
{
    private readonly Channel<(DateTimeOffset Occurrence, DateTimeOffset At)> runs = Channel.CreateUnbounded<(DateTimeOffset, DateTimeOffset)>();

    public int Count { get; private set; }

    public Task RunAsync(ScheduleDefinition schedule, DateTimeOffset occurrence, CancellationToken ct)
    {
        Count++;
        runs.Writer.TryWrite((occurrence, time.GetUtcNow()));
        return Task.CompletedTask;
    }

    public async Task<(DateTimeOffset Occurrence, DateTimeOffset At)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await runs.Reader.ReadAsync(timeout.Token);
    }
}

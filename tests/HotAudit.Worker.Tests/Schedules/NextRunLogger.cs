using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace HotAudit.Worker.Tests;

/// <summary>A logger that hands over each "next run at" the schedule loop logs (logged once its timer is set).</summary>
internal sealed class NextRunLogger : ILogger
{
    private readonly Channel<DateTimeOffset> waits = Channel.CreateUnbounded<DateTimeOffset>();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (state is IReadOnlyList<KeyValuePair<string, object?>> values && values.FirstOrDefault(v => v.Key == "Next").Value is DateTimeOffset next)
        {
            waits.Writer.TryWrite(next);
        }
    }

    public async Task<DateTimeOffset> NextWaitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await waits.Reader.ReadAsync(timeout.Token);
    }
}

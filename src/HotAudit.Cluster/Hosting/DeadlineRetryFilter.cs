using Orleans;

namespace HotAudit.Cluster.Hosting;

/// <summary>
/// Retries the client's connection attempts (Redis starting, no silo registered yet) until the connect's deadline
/// cancels them, and keeps the last failure to explain a timeout with.
/// </summary>
internal sealed class DeadlineRetryFilter(TimeProvider time) : IClientConnectionRetryFilter
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);

    public Exception? LastError { get; private set; }

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        LastError = exception;
        try
        {
            await Task.Delay(Pause, time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        return !cancellationToken.IsCancellationRequested;
    }
}

using StackExchange.Redis;

namespace HotAudit.Cluster.Hosting;

/// <summary>Turns what Orleans and StackExchange.Redis throw into one line a user can act on.</summary>
public static class ClusterErrors
{
    /// <summary>The user-facing line when <paramref name="error"/> (or an exception inside it) says Redis cannot be reached; otherwise null.</summary>
    public static string? DescribeRedis(Exception error, ClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var reason = Find<RedisConnectionException>(error)?.Message ?? WrappedConnectionFailure(error);
        return reason is not null
            ? $"cannot reach Redis at {settings.Redis} (Cluster:Redis): {FirstSentence(reason)}"
            : null;
    }

    /// <summary>
    /// The Redis reminder table and grain storage wrap a connection failure into their own exception as text only
    /// (<c>RedisRemindersException: StackExchange.Redis.RedisConnectionException: ...</c>); the wrapped message, or null.
    /// </summary>
    private static string? WrappedConnectionFailure(Exception error)
    {
        const string Marker = nameof(RedisConnectionException) + ": ";
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            var at = e.Message.IndexOf(Marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                return e.Message[(at + Marker.Length)..];
            }
        }
        return null;
    }

    /// <summary>The user-facing line for a client that could not connect within <paramref name="timeout"/>.</summary>
    internal static string DescribeConnect(Exception error, ClusterSettings settings, TimeSpan timeout) =>
        DescribeRedis(error, settings)
        ?? $"no silo of cluster '{settings.ClusterId}' answered through Redis at {settings.Redis} (Cluster:Redis) within {timeout.TotalSeconds:0.#} s "
            + $"(is a worker running with --cluster {settings.Redis} --cluster-id {settings.ClusterId}?): {FirstLine(error.Message)}";

    private static T? Find<T>(Exception? error)
        where T : Exception
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Select(Find<T>).FirstOrDefault(x => x is not null) is { } inner)
            {
                return inner;
            }
        }
        return null;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    // StackExchange.Redis goes on to suggest abortConnect=false, which is no advice for a user.
    private static string FirstSentence(string message) => FirstLine(message).Split(". ", 2)[0].TrimEnd('.');
}

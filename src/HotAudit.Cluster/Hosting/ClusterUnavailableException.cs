namespace HotAudit.Cluster.Hosting;

/// <summary>
/// The cluster cannot be reached: Redis does not answer, or no silo of the cluster does. The message is meant for the
/// user as it is (it names the address and the setting), like any other exit-code-2 message.
/// </summary>
public sealed class ClusterUnavailableException : Exception
{
    /// <summary>A failure with a user-facing message.</summary>
    public ClusterUnavailableException(string message, Exception? inner)
        : base(message, inner)
    {
    }

    /// <summary>Parameterless, for serializers.</summary>
    public ClusterUnavailableException()
    {
    }

    /// <summary>A failure with a user-facing message.</summary>
    public ClusterUnavailableException(string message)
        : base(message)
    {
    }
}

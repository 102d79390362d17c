namespace HotAudit.Reporting.Json;

/// <summary>A previous run's findings.json that cannot be compared against: unreadable, not JSON, or not HotAudit's.</summary>
public sealed class BaselineException : Exception
{
    /// <summary>Creates the exception; the message names the file and why.</summary>
    public BaselineException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public BaselineException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception (for serializers and analyzers that expect the default constructor).</summary>
    public BaselineException()
        : this("the baseline cannot be read")
    {
    }
}

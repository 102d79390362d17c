namespace HotAudit.Ingestion;

/// <summary>
/// A case that cannot be assessed as given: a missing case folder or a malformed case or attestations file. The message
/// names the file and what is wrong with it; the CLI maps it to exit code 2.
/// </summary>
public sealed class CaseInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CaseInputException()
    {
    }

    /// <summary>Creates the exception with a message naming the file and the problem.</summary>
    public CaseInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public CaseInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

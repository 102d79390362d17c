namespace HotAudit.Core.Expressions;

/// <summary>An expression that does not parse or does not compile, with the character position of the problem.</summary>
internal sealed class ExpressionException(string message, int position) : Exception(message)
{
    /// <summary>0-based character offset in the expression.</summary>
    public int Position { get; } = position;
}

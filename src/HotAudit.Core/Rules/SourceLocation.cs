namespace HotAudit.Core.Rules;

/// <summary>Where a rule (or one of its parts) is written, for messages: file and 1-based line.</summary>
public sealed record SourceLocation(string File, int Line)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}";
}

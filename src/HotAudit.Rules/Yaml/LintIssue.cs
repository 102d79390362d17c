namespace HotAudit.Rules.Yaml;

/// <summary>A problem in a rule pack or the clause catalog, with file and line.</summary>
public sealed record LintIssue(string File, int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Message}";
}

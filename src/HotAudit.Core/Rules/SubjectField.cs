namespace HotAudit.Core.Rules;

/// <summary>A key of a rule's subject and the expression that gives its value (by default the field of the same name).</summary>
public sealed record SubjectField(string Name, string Expression);

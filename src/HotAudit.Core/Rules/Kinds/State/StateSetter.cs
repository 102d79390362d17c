namespace HotAudit.Core.Rules.Kinds;

/// <summary>A row that sets the state of its entity and key to <paramref name="Label"/> when <paramref name="When"/> holds.</summary>
public sealed record StateSetter(string When, string Label);

namespace HotAudit.Cli.Tests.Support;

/// <summary>
/// A row of an existing kind with extra columns the base record does not carry (e.g. telemetry <c>os_version</c> and
/// <c>attrs</c>, operation-log <c>tenant_id</c>); extra values win over the base row's.
/// </summary>
internal sealed record WideRow(ICaseRow Inner, IReadOnlyDictionary<string, string?> Extra) : ICaseRow
{
    public DateTimeOffset? Timestamp => Inner.Timestamp;

    public string? RawTs => Inner.RawTs;

    public string? Value(string column) => Extra.TryGetValue(column, out var v) ? v : Inner.Value(column);
}

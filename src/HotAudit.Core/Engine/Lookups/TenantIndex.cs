using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Engine.Lookups;

/// <summary>The first and last publish of each tenant: publishes of an app in its <c>app_ids</c>, or rows naming its <c>tenant_id</c>.</summary>
internal sealed class TenantIndex
{
    private readonly Dictionary<int, (long First, long Last)> _publishes = [];

    public TenantIndex(OperationView ops, IReadOnlyList<Record> byTime, IReadOnlyList<ReferenceRow> tenants)
    {
        var symbols = ops.Symbols;
        var appsOf = tenants.Where(t => !string.IsNullOrEmpty(t["tenant_id"])).ToDictionary(
            t => symbols.Intern(t["tenant_id"]),
            t => (t["app_ids"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(symbols.Intern).ToHashSet());
        foreach (var row in byTime)
        {
            if (ops.Action(row) != "publish")
            {
                continue;
            }
            var app = ops[row, "app_id"];
            var named = ops[row, "tenant_id"];
            foreach (var (tenant, apps) in appsOf)
            {
                if ((app != SymbolTable.None && apps.Contains(app)) || named == tenant)
                {
                    _publishes[tenant] = _publishes.TryGetValue(tenant, out var p) ? (Math.Min(p.First, row.Ts), Math.Max(p.Last, row.Ts)) : (row.Ts, row.Ts);
                }
            }
        }
    }

    public long? First(int tenant) => _publishes.TryGetValue(tenant, out var p) ? p.First : null;

    public long? Last(int tenant) => _publishes.TryGetValue(tenant, out var p) ? p.Last : null;
}

using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Anomalies.Features;

/// <summary>
/// Daily publishes, rollbacks (<c>set_active</c>, <c>deactivate</c>) and distinct operators of any action per (app, app version), from
/// the operation log. A row without app_version takes that of its patch's first <c>publish</c>/<c>patch_upload</c>.
/// </summary>
internal static class OperationTally
{
    private static readonly Schema Ops = Schemas.Operations;

    public static Dictionary<DayKey, OperationDay> Build(IReadOnlyList<Record> byTime, SymbolTable symbols, TimeSpan offset)
    {
        var action = Ops.Slot("action");
        var (app, version, patch, op) = (Ops.Slot("app_id"), Ops.Slot("app_version"), Ops.Slot("patch_id"), Ops.Slot("operator"));
        var (publish, upload) = (symbols.Find("publish"), symbols.Find("patch_upload"));
        var (setActive, deactivate) = (symbols.Find("set_active"), symbols.Find("deactivate"));
        var patchVersion = new Dictionary<int, int>();
        foreach (var r in byTime.Where(r => (r.Fields[action] == publish || r.Fields[action] == upload) && r.Fields[version] != SymbolTable.None))
        {
            patchVersion.TryAdd(r.Fields[patch], r.Fields[version]);
        }
        var days = new Dictionary<DayKey, OperationDay>();
        foreach (var r in byTime)
        {
            var a = r.Fields[action];
            var v = r.Fields[version] != SymbolTable.None ? r.Fields[version] : patchVersion.GetValueOrDefault(r.Fields[patch]);
            if (v == SymbolTable.None || r.Fields[app] == SymbolTable.None)
            {
                continue;
            }
            var key = new DayKey(r.Fields[app], v, (int)((r.Ts + offset.Ticks) / TimeSpan.TicksPerDay));
            if (!days.TryGetValue(key, out var day))
            {
                days[key] = day = new OperationDay();
            }
            day.Publishes += a == publish ? 1 : 0;
            day.Rollbacks += a == setActive || a == deactivate ? 1 : 0;
            day.Operators.Add(r.Fields[op]);
        }
        return days;
    }
}

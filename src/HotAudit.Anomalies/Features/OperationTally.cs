using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Anomalies.Features;

/// <summary>
/// Daily publishes, rollbacks (<c>set_active</c>, <c>deactivate</c>) and distinct operators of any action per (app, app version), from
/// the operation log. A row without app_version takes that of its patch's first <c>publish</c>/<c>patch_upload</c>.
/// Also the operators new to the app: acting that day, and on none of its versions before in the log; known only from
/// <see cref="MinBaseline"/> days after the app's first operation on (before that, everyone is new).
/// </summary>
internal static class OperationTally
{
    /// <summary>Days of the app's log a day needs before it for its new operators to be known.</summary>
    public const int MinBaseline = 7;

    private static readonly Schema Ops = Schemas.Operations;

    /// <summary>The days of the log, and each app's first day in it.</summary>
    public static (Dictionary<DayKey, OperationDay> Days, Dictionary<int, int> FirstDays) Build(IReadOnlyList<Record> byTime, SymbolTable symbols, TimeSpan offset)
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
        var first = new Dictionary<int, int>();
        var seen = new Dictionary<(int App, int Operator), int>();
        foreach (var r in byTime)
        {
            var a = r.Fields[action];
            var v = r.Fields[version] != SymbolTable.None ? r.Fields[version] : patchVersion.GetValueOrDefault(r.Fields[patch]);
            if (v == SymbolTable.None || r.Fields[app] == SymbolTable.None)
            {
                continue;
            }
            var key = new DayKey(r.Fields[app], v, LocalDay(r, offset));
            first.TryAdd(key.App, key.Day);
            if (!days.TryGetValue(key, out var day))
            {
                days[key] = day = new OperationDay { Baseline = key.Day >= first[key.App] + MinBaseline };
            }
            day.Publishes += a == publish ? 1 : 0;
            day.Rollbacks += a == setActive || a == deactivate ? 1 : 0;
            day.Operators.Add(r.Fields[op]);
            if (r.Fields[op] != SymbolTable.None)
            {
                // New on the day of the operator's first row on the app (every row of that day, whichever version).
                var who = (r.Fields[app], r.Fields[op]);
                if (!seen.TryGetValue(who, out var since))
                {
                    seen[who] = since = key.Day;
                }
                if (since == key.Day)
                {
                    day.Unfamiliar.Add(r.Fields[op]);
                }
            }
        }
        return (days, first);
    }

    private static int LocalDay(in Record r, TimeSpan offset) => (int)((r.Ts + offset.Ticks) / TimeSpan.TicksPerDay);
}

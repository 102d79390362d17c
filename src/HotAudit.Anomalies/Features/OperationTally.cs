using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Anomalies.Features;

/// <summary>
/// Daily publishes (and those without an earlier approval of their patch), rollbacks (<c>set_active</c>, <c>deactivate</c>) and distinct operators of any action per (app, app version), from
/// the operation log. A row without app_id or app_version takes its patch's (from the patch's first <c>publish</c>/<c>patch_upload</c>
/// naming them, else its first row of any action that does).
/// Also the operators new to the app: acting that day, and on none of its versions before in the log; known only once the
/// log shows the app's operations on <see cref="MinBaseline"/> earlier days (before that, its team is not yet known: a log
/// that starts with an app's registration and then its first release would otherwise call the whole team new).
/// </summary>
internal static class OperationTally
{
    /// <summary>Earlier days with operations on the app a day needs for its new operators to be known.</summary>
    public const int MinBaseline = 7;

    /// <summary>The patch a <c>set_active</c> that names none makes active: an earlier one, unknown (never a symbol).</summary>
    private const int UnnamedEarlier = -1;

    private static readonly Schema Ops = Schemas.Operations;

    /// <summary>The days of the log, and each app's days with operations (ascending).</summary>
    public static (Dictionary<DayKey, OperationDay> Days, Dictionary<int, List<int>> AppDays) Build(IReadOnlyList<Record> byTime, SymbolTable symbols, TimeSpan offset)
    {
        var action = Ops.Slot("action");
        var (app, version, patch, op) = (Ops.Slot("app_id"), Ops.Slot("app_version"), Ops.Slot("patch_id"), Ops.Slot("operator"));
        var (publish, upload) = (symbols.Find("publish"), symbols.Find("patch_upload"));
        var (setActive, deactivate) = (symbols.Find("set_active"), symbols.Find("deactivate"));
        var (retarget, register) = (symbols.Find("targeting_change"), symbols.Find("version_register"));
        var (approve, approved, result) = (symbols.Find("approve"), symbols.Find("approved"), Ops.Slot("result"));
        var approvedPatches = new HashSet<int>();
        // A patch's app and version: from its first publish or upload that names them, else its first row of any action
        // that does (a rollback row may carry only the patch it makes active again).
        var patchOf = new Dictionary<int, (int App, int Version)>();
        foreach (var first in new[] { true, false })
        {
            foreach (var r in byTime.Where(r => r.Fields[patch] != SymbolTable.None && r.Fields[app] != SymbolTable.None && r.Fields[version] != SymbolTable.None
                && (r.Fields[action] == publish || r.Fields[action] == upload) == first))
            {
                patchOf.TryAdd(r.Fields[patch], (r.Fields[app], r.Fields[version]));
            }
        }
        var days = new Dictionary<DayKey, OperationDay>();
        var appDays = new Dictionary<int, List<int>>();
        var seen = new Dictionary<(int App, int Operator), int>();
        // Each version's active patch as the log has it so far: a publish or set_active makes its patch active, a
        // deactivate none; a set_active that does not name its patch makes "an earlier patch" active (UnnamedEarlier).
        var activeOf = new Dictionary<(int App, int Version), int>();
        foreach (var r in byTime)
        {
            var a = r.Fields[action];
            if (a == approve && r.Fields[result] == approved && approved != SymbolTable.None)
            {
                approvedPatches.Add(r.Fields[patch]);
            }
            var known = patchOf.GetValueOrDefault(r.Fields[patch]);
            var (appOf, v) = (r.Fields[app], r.Fields[version]);
            if (appOf == SymbolTable.None || v == SymbolTable.None)
            {
                // Fill what the row lacks from its patch, unless the row names another app than the patch's.
                (appOf, v) = appOf == SymbolTable.None || appOf == known.App ? (known.App, v == SymbolTable.None ? known.Version : v) : (appOf, SymbolTable.None);
            }
            if (v == SymbolTable.None || appOf == SymbolTable.None)
            {
                continue;
            }
            var key = new DayKey(appOf, v, LocalDay(r, offset));
            if (!appDays.TryGetValue(key.App, out var active))
            {
                appDays[key.App] = active = [];
            }
            if (active.Count == 0 || active[^1] != key.Day)
            {
                active.Add(key.Day);
            }
            if (!days.TryGetValue(key, out var day))
            {
                days[key] = day = new OperationDay { Baseline = Known(active, key.Day) };
            }
            day.Publishes += a == publish ? 1 : 0;
            day.Unapproved += a == publish && (r.Fields[patch] == SymbolTable.None || !approvedPatches.Contains(r.Fields[patch])) ? 1 : 0;
            if (a == publish && a != SymbolTable.None)
            {
                activeOf[(appOf, v)] = r.Fields[patch];
            }
            else if ((a == setActive || a == deactivate) && a != SymbolTable.None)
            {
                var named = r.Fields[patch];
                var before = activeOf.GetValueOrDefault((appOf, v), SymbolTable.None);
                var made = a == setActive ? (named != SymbolTable.None ? named : UnnamedEarlier) : SymbolTable.None;
                day.Rollback(a == deactivate && named != SymbolTable.None ? named : before, made);
                activeOf[(appOf, v)] = made;
            }
            day.Retargets += a == retarget ? 1 : 0;
            day.Registers += a == register ? 1 : 0;
            day.Operators.Add(r.Fields[op]);
            if (r.Fields[op] != SymbolTable.None)
            {
                // New on the day of the operator's first row on the app (every row of that day, whichever version).
                var who = (appOf, r.Fields[op]);
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
        return (days, appDays);
    }

    /// <summary>Whether the app's operation days (ascending) hold <see cref="MinBaseline"/> days before <paramref name="day"/>.</summary>
    public static bool Known(List<int> active, int day)
    {
        var before = active.BinarySearch(day);
        return (before < 0 ? ~before : before) >= MinBaseline;
    }

    private static int LocalDay(in Record r, TimeSpan offset) => (int)((r.Ts + offset.Ticks) / TimeSpan.TicksPerDay);
}

using HotAudit.Core.Data;
using HotAudit.Core.Symbols;
using HotAudit.Core.Time;

namespace HotAudit.Core.Engine.Lookups;

/// <summary>
/// The operator roster: an operator may do an action when the permissions of all its roster rows valid at that instant
/// (valid_from..valid_to inclusive, either end open when empty) include the one the action needs; <c>admin</c> allows all.
/// Names match exactly (case-sensitive); a row without an operator is listed under the empty name.
/// </summary>
internal sealed class RosterIndex
{
    private static readonly Dictionary<string, string[]> Needed = new(StringComparer.Ordinal)
    {
        ["publish"] = ["publish"], ["set_active"] = ["rollback", "publish"], ["deactivate"] = ["rollback", "publish"],
        ["approve"] = ["approve"], ["security_review"] = ["review"],
    };

    private readonly SymbolTable _symbols;
    private readonly Dictionary<string, List<(long From, long To, HashSet<string> Permissions)>> _rows = new(StringComparer.Ordinal);

    public RosterIndex(SymbolTable symbols, IReadOnlyList<ReferenceRow> roster, TimeSpan offset, bool present)
    {
        _symbols = symbols;
        Present = present;
        foreach (var row in roster)
        {
            var from = Timestamps.TryParse(row["valid_from"] ?? "", offset, out var f, out _) ? f : long.MinValue;
            var to = Timestamps.TryParse(row["valid_to"] ?? "", offset, out var t, out _) ? t : long.MaxValue;
            var permissions = (row["permissions"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => p.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            var name = row["operator"] ?? "";
            if (!_rows.TryGetValue(name, out var list))
            {
                _rows[name] = list = [];
            }
            list.Add((from, to, permissions));
        }
    }

    public bool Present { get; }

    public bool? Authorized(int operatorName, int action, long ts)
    {
        if (!Present)
        {
            return null;
        }
        if (!Needed.TryGetValue(_symbols[action], out var needed))
        {
            return true;
        }
        if (!_rows.TryGetValue(_symbols[operatorName], out var rows))
        {
            return false;
        }
        var held = rows.Where(r => r.From <= ts && ts <= r.To).SelectMany(r => r.Permissions).ToHashSet(StringComparer.Ordinal);
        return held.Contains("admin") || needed.Any(held.Contains);
    }
}

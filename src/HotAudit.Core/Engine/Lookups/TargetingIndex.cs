using System.Collections.Concurrent;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Quality;
using HotAudit.Core.Symbols;
using HotAudit.Core.Targeting;

namespace HotAudit.Core.Engine.Lookups;

/// <summary>
/// The targeting condition in force for a download (HU-DST-03): that of the patch's latest publish at or before it,
/// else its first; judged only when that publish is <c>conditional</c> with a condition. A condition that does not parse
/// is a data-quality issue of its row, and downloads under it are not judged.
/// </summary>
internal sealed class TargetingIndex
{
    private readonly Dictionary<int, List<(long Ts, TargetingCondition? Condition)>> _publishes = [];
    private readonly DeviceValues _values;

    public TargetingIndex(OperationView ops, IReadOnlyList<Record> byTime, IReadOnlyList<string> fileNames, List<DataQualityIssue> issues)
    {
        _values = new DeviceValues(ops.Symbols);
        var parsed = new Dictionary<string, TargetingCondition?>(StringComparer.Ordinal);
        foreach (var row in byTime)
        {
            var patch = ops[row, "patch_id"];
            if (ops.Action(row) != "publish" || patch == SymbolTable.None)
            {
                continue;
            }
            TargetingCondition? condition = null;
            if (ops.Text(row, "distribution") == "conditional" && ops.Text(row, "condition") is { } text)
            {
                if (!parsed.TryGetValue(text, out condition) && !TargetingCondition.TryParse(text, out condition, out var error))
                {
                    issues.Add(new DataQualityIssue(fileNames[row.File], row.Line, "condition",
                        RunMessages.ConditionUnparsed.Format(error!)));
                }
                parsed[text] = condition;
            }
            if (!_publishes.TryGetValue(patch, out var list))
            {
                _publishes[patch] = list = [];
            }
            list.Add((row.Ts, condition));
        }
    }

    public bool? Met(int patch, in Record row)
    {
        if (!_publishes.TryGetValue(patch, out var list))
        {
            return null;
        }
        // The last publish at or before the row, by a loop: a lambda here would allocate its closure on every call.
        (long Ts, TargetingCondition? Condition) inForce = default;
        foreach (var p in list)
        {
            if (p.Ts <= row.Ts)
            {
                inForce = p;
            }
        }
        var condition = inForce == default ? list[0].Condition : inForce.Condition;
        if (condition is null)
        {
            return null;
        }
        return Evaluate(condition, row);
    }

    /// <summary>Judges a condition on a row; apart, so the closure over the row is made only when there is a condition.</summary>
    private bool Evaluate(TargetingCondition condition, Record device) => condition.Evaluate(name => _values.Of(device, name));

    /// <summary>Where an identifier of a condition takes its value on a telemetry row.</summary>
    private sealed class DeviceValues(SymbolTable symbols)
    {
        private static readonly Schema T = Schemas.Telemetry;
        private readonly ConcurrentDictionary<int, IReadOnlyDictionary<string, string>> _attrs = new();

        public string? Of(Record row, string name)
        {
            if (name.Equals("iOS", StringComparison.OrdinalIgnoreCase) || name.Equals("Android", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Harmony", StringComparison.OrdinalIgnoreCase))
            {
                return symbols[row.Fields[T.Slot("platform")]].Equals(name, StringComparison.OrdinalIgnoreCase)
                    ? symbols.TextOrNull(row.Fields[T.Slot("os_version")]) : null;
            }
            if (Map(row.Fields[T.Slot("attrs")]).TryGetValue(name, out var v))
            {
                return v;
            }
            var columns = Map(row.Fields[T.ExtrasSlot]);
            if (T.Columns.FirstOrDefault(c => c.Name == name) is { } exact)
            {
                return symbols.TextOrNull(row.Fields[T.Slot(exact.Name)]);
            }
            if (columns.TryGetValue(name, out var extra))
            {
                return extra;
            }
            if (T.SlotOf(name) is var slot and >= 0)
            {
                return symbols.TextOrNull(row.Fields[slot]);
            }
            return columns.FirstOrDefault(kv => kv.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
        }

        private IReadOnlyDictionary<string, string> Map(int symbol) =>
            symbol == SymbolTable.None ? new Dictionary<string, string>() : _attrs.GetOrAdd(symbol, s => AttributeText.Parse(symbols[s]));
    }
}

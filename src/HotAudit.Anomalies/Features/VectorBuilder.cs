using HotAudit.Core.Symbols;

namespace HotAudit.Anomalies.Features;

/// <summary>Joins the telemetry and operation tallies into daily vectors; shares and rates under the minimum base are left out.</summary>
internal static class VectorBuilder
{
    public static IReadOnlyList<DailyVector> Build(
        IReadOnlyDictionary<DayKey, DayTally> telemetry, IReadOnlyDictionary<DayKey, OperationDay> operations, IReadOnlyDictionary<int, List<int>> operationDays, SymbolTable symbols, int minBase)
    {
        var features = FeatureCatalog.All;
        var empty = (T: new DayTally(), O: new OperationDay(), Baseline: new OperationDay { Baseline = true });
        return telemetry.Keys.Union(operations.Keys)
            .Select(k => (Key: k, App: symbols[k.App], Version: symbols[k.Version]))
            .OrderBy(k => k.App, StringComparer.Ordinal).ThenBy(k => k.Version, StringComparer.Ordinal).ThenBy(k => k.Key.Day)
            .Select(k =>
            {
                var t = telemetry.GetValueOrDefault(k.Key) ?? empty.T;
                var o = operations.GetValueOrDefault(k.Key) ?? (operationDays.TryGetValue(k.Key.App, out var active) && OperationTally.Known(active, k.Key.Day) ? empty.Baseline : empty.O);
                var values = new double?[features.Count];
                var bases = new int[features.Count];
                for (var i = 0; i < features.Count; i++)
                {
                    var (value, n) = features[i].Read(t, o);
                    bases[i] = n;
                    values[i] = FeatureCatalog.NeedsBase(features[i]) && n < minBase ? null : value;
                }
                return new DailyVector(k.App, k.Version, DateOnly.FromDayNumber(k.Key.Day), values, bases);
            })
            .ToList();
    }
}

using HotAudit.Core.Symbols;

namespace HotAudit.Anomalies.Features;

/// <summary>
/// Joins the telemetry and operation tallies into daily vectors, each feature read from its day and the day before
/// (<see cref="FeatureDay"/>); shares and rates under the minimum base are left out.
/// </summary>
internal static class VectorBuilder
{
    public static IReadOnlyList<DailyVector> Build(
        IReadOnlyDictionary<DayKey, DayTally> telemetry, IReadOnlyDictionary<DayKey, OperationDay> operations, IReadOnlyDictionary<int, List<int>> operationDays, SymbolTable symbols, int minBase)
    {
        var features = FeatureCatalog.All;
        var empty = (T: new DayTally(), O: new OperationDay(), Baseline: new OperationDay { Baseline = true });
        var logged = operationDays.Values.Where(d => d.Count > 0).Select(d => (From: d[0], To: d[^1])).ToList();
        var (from, to) = logged.Count == 0 ? (int.MaxValue, int.MinValue) : (logged.Min(d => d.From), logged.Max(d => d.To));
        return telemetry.Keys.Union(operations.Keys)
            .Select(k => (Key: k, App: symbols[k.App], Version: symbols[k.Version]))
            .OrderBy(k => k.App, StringComparer.Ordinal).ThenBy(k => k.Version, StringComparer.Ordinal).ThenBy(k => k.Key.Day)
            .Select(k =>
            {
                var t = telemetry.GetValueOrDefault(k.Key) ?? empty.T;
                var o = operations.GetValueOrDefault(k.Key) ?? (operationDays.TryGetValue(k.Key.App, out var active) && OperationTally.Known(active, k.Key.Day) ? empty.Baseline : empty.O);
                var before = k.Key with { Day = k.Key.Day - 1 };
                var day = new FeatureDay(t, o, telemetry.GetValueOrDefault(before), operations.GetValueOrDefault(before), before.Day >= from && k.Key.Day <= to, minBase);
                var values = new double?[features.Count];
                var bases = new int[features.Count];
                for (var i = 0; i < features.Count; i++)
                {
                    var (value, n) = features[i].Read(day);
                    bases[i] = n;
                    values[i] = FeatureCatalog.NeedsBase(features[i]) && n < minBase ? null : value;
                }
                return new DailyVector(k.App, k.Version, DateOnly.FromDayNumber(k.Key.Day), values, bases) { Registered = o.Registers > 0 };
            })
            .ToList();
    }
}

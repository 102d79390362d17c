using System.Globalization;
using System.Text;

namespace HotAudit.Bench.Scenarios.Harbor;

/// <summary>What the written rows of one (version, local day) hold, counted as ANOMALY.md describes the features.</summary>
internal sealed class HarborVector
{
    /// <summary>The smallest base a share is computed on.</summary>
    public const int MinBase = 20;

    public int Publishes { get; set; }
    public int Rollbacks { get; set; }
    public HashSet<string> Operators { get; } = [];
    public HashSet<int> Devices { get; } = [];
    public HashSet<int> Failing { get; } = [];
    public HashSet<int> Appliers { get; } = [];
    public int Applies { get; set; }
    public int Silent { get; set; }
    public int Night { get; set; }
    public int Verifies { get; set; }
    public int VerifyFailed { get; set; }
    public int Checks { get; set; }
    public int Http { get; set; }

    /// <summary>The kind's measure, or null where its base is below <see cref="MinBase"/>.</summary>
    public double? Value(string kind) => kind switch
    {
        AnomalyKinds.PublishBurst => Publishes,
        AnomalyKinds.RollbackBurst => Rollbacks,
        AnomalyKinds.OperatorBurst => Operators.Count,
        AnomalyKinds.ApplyRateSpike => Devices.Count >= MinBase ? (double)Applies / Devices.Count : null,
        AnomalyKinds.FailureSpike => Devices.Count >= MinBase ? (double)Failing.Count / Devices.Count : null,
        AnomalyKinds.HttpDowngrade => Checks >= MinBase && Devices.Count >= MinBase ? (double)Http / Checks : null,
        AnomalyKinds.SilentBackground => Applies >= MinBase && Appliers.Count >= MinBase ? (double)Silent / Applies : null,
        AnomalyKinds.NightApplies => Applies >= MinBase && Appliers.Count >= MinBase ? (double)Night / Applies : null,
        _ => Verifies >= MinBase && Devices.Count >= MinBase ? (double)VerifyFailed / Verifies : null,
    };
}

/// <summary>Counts every vector from the events and operations as written (rejected rows left out, each event once).</summary>
internal static class HarborMeasure
{
    public static Dictionary<(int Version, DateOnly Day), HarborVector> Run(HarborWorld w, IReadOnlyList<HarborEvent> events)
    {
        var cal = w.Calendar;
        var vectors = new Dictionary<(int, DateOnly), HarborVector>();
        HarborVector Of(int v, DateOnly day)
        {
            if (!vectors.TryGetValue((v, day), out var x))
            {
                vectors[(v, day)] = x = new HarborVector();
            }
            return x;
        }
        foreach (var op in w.Ops.Where(o => o.Version >= 0))
        {
            var x = Of(op.Version, cal.LocalDate(op.T));
            x.Operators.Add(op.Operator);
            x.Publishes += HarborActions.IsPublish(op.Action) ? 1 : 0;
            x.Rollbacks += HarborActions.IsRollback(op.Action) ? 1 : 0;
        }
        foreach (var e in events)
        {
            if (e.Bad)
            {
                continue;
            }
            var device = w.Devices[e.Device];
            var local = e.Ts + HarborCalendar.HourMs * 8;
            var x = Of(device.Version, DateOnly.FromDayNumber((int)Math.Floor(local / (double)HarborCalendar.DayMs) + DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber));
            x.Devices.Add(e.Device);
            switch (e.Kind)
            {
                case EventKind.UpdateCheck:
                    x.Checks++;
                    x.Http += e.Transport == 2 ? 1 : 0;
                    break;
                case EventKind.VerifyPassed or EventKind.VerifyFailed:
                    x.Verifies++;
                    x.VerifyFailed += e.Kind == EventKind.VerifyFailed ? 1 : 0;
                    break;
                case EventKind.ApplySuccess:
                    x.Applies++;
                    x.Appliers.Add(e.Device);
                    x.Silent += (e.State == 2 || e.Mode == 4) && e.User != 2 ? 1 : 0;
                    var hour = (int)(((local % HarborCalendar.DayMs) + HarborCalendar.DayMs) % HarborCalendar.DayMs / HarborCalendar.HourMs);
                    x.Night += hour < 6 ? 1 : 0;
                    break;
                case EventKind.ApplyFailed or EventKind.Rollback or EventKind.Crash:
                    x.Failing.Add(e.Device);
                    break;
            }
        }
        return vectors;
    }

    /// <summary>
    /// The natural rates behind each kind over the vectors nothing was injected into (median, 95th percentile, maximum),
    /// for the report of how hard each injection is.
    /// </summary>
    public static string Rates(HarborWorld w, Dictionary<(int Version, DateOnly Day), HarborVector> vectors, HashSet<(int, DateOnly)> injected)
    {
        var text = new StringBuilder();
        foreach (var kind in AnomalyKinds.All)
        {
            foreach (var group in new[] { "all", "giants", "smalls" })
            {
                var values = vectors.Where(p => !injected.Contains(p.Key) && group switch
                {
                    "giants" => w.Apps[w.Versions[p.Key.Version].App].Giant,
                    "smalls" => !w.Apps[w.Versions[p.Key.Version].App].Giant,
                    _ => true,
                }).Select(p => p.Value.Value(kind)).OfType<double>().Order().ToList();
                if (values.Count == 0)
                {
                    continue;
                }
                double Q(double q) => values[(int)Math.Min(values.Count - 1, Math.Floor(q * values.Count))];
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"{kind,-20} {group,-7} vectors {values.Count,5}  median {Q(0.5),7:0.####}  p95 {Q(0.95),7:0.####}  p99 {Q(0.99),7:0.####}  max {values[^1],7:0.####}"));
            }
        }
        return text.ToString();
    }
}

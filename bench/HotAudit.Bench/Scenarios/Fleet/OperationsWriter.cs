using System.Globalization;
using System.Text;

namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// The operation log in two exports: people's actions from the console (<c>operations-console.csv</c>, time order,
/// case-local times) and the API's (<c>operations-api.jsonl</c>: the CI bot, the scanner, the rollout automation; in
/// no order, epoch seconds). The API export also repeats 2 % of the console rows (same op id): the exports overlap.
/// </summary>
internal static class OperationsWriter
{
    public const string Console = "operations-console.csv";
    public const string Api = "operations-api.jsonl";
    public const double RepeatShare = 0.02;

    public static void Write(string dir, IReadOnlyList<FleetOp> ordered, OperationColumns columns, Random rng)
    {
        var api = new List<string>();
        using (var csv = new StreamWriter(Path.Combine(dir, Console), false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            csv.WriteLine("ts," + string.Join(',', OperationColumns.Header));
            for (var i = 0; i < ordered.Count; i++)
            {
                var op = ordered[i];
                var values = columns.Values(op, $"op-{i + 1:D6}");
                if (op.Api)
                {
                    api.Add(Json(op, values));
                    continue;
                }
                csv.WriteLine(Csv([Timestamps.CaseLocal(op.Local, FleetWorld.CaseZone), .. values]));
                if (rng.NextDouble() < RepeatShare)
                    api.Add(Json(op, values));
            }
        }
        File.WriteAllLines(Path.Combine(dir, Api), api.OrderBy(_ => rng.Next()), new UTF8Encoding(false));
    }

    private static string Csv(string?[] values) => string.Join(',', values.Select(v =>
        v is null ? "" : v.IndexOfAny([',', '"', '\n', '\r']) < 0 ? v : "\"" + v.Replace("\"", "\"\"") + "\""));

    private static string Json(FleetOp op, string?[] values)
    {
        var line = new StringBuilder("{\"ts\":").Append(Timestamps.EpochSeconds(op.Local, FleetWorld.CaseZone));
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
                line.Append(",\"").Append(OperationColumns.Header[i]).Append("\":\"").Append(value.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
        }
        return line.Append('}').ToString();
    }

    /// <summary>The authorized roster (<c>operators.csv</c>): every team member, reviewer and bot; contractors are not on it.</summary>
    public static void WriteRoster(string dir, FleetWorld world)
    {
        var from = world.Date(0).AddDays(-200).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rows = new SortedDictionary<string, (string Role, string Permissions)>(StringComparer.Ordinal);
        foreach (var app in world.Apps)
        {
            foreach (var developer in app.Team.Developers)
                rows.TryAdd(developer, ("developer", "upload;publish"));
            rows.TryAdd(app.Team.Lead, ("lead", "approve;publish;rollback"));
        }
        foreach (var reviewer in world.Reviewers)
            rows.TryAdd(reviewer, ("security", "review"));
        rows.TryAdd("ci-release-bot", ("ci", "publish"));
        rows.TryAdd("rollout-automation", ("automation", "publish"));
        var lines = rows.Select(r => $"{r.Key},{r.Value.Role},{r.Value.Permissions},{from},");
        File.WriteAllLines(Path.Combine(dir, "operators.csv"), ["operator,role,permissions,valid_from,valid_to", .. lines], new UTF8Encoding(false));
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;

namespace HotAudit.Bench;

/// <summary>
/// <c>peer</c>: assesses a case with HotAudit (every pack and the monitor) and runs the DuckDB peer over the same files,
/// interleaved <c>repeats</c> times (HotAudit, DuckDB, HotAudit, DuckDB, ...); prints both times (median and spread), events per second, peak memory, the ratio
/// HotAudit / DuckDB, and whether DuckDB's subjects and distinct-device counts equal HotAudit's findings.
/// </summary>
internal static class Peer
{
    private static readonly (string Rule, string Sql)[] Rules =
        [("HU-SIL-01", PeerSql.Silent), ("HU-TLS-01", PeerSql.Http), ("HU-FRQ-03", PeerSql.Frequent)];

    /// <summary>Measures each case in turn, then (for more than one) their figures side by side; 3 when an answer differs.</summary>
    public static int Run(IReadOnlyList<string> caseDirs, int repeats, bool timings)
    {
        var results = caseDirs.Select(c => Measure(c, repeats, timings)).ToList();
        if (results.Count > 1)
        {
            Console.WriteLine(Table(results));
        }
        return results.All(r => r.Agree) ? 0 : 3;
    }

    /// <summary>One line per case: rows, both medians, the ratio, HotAudit's CPU seconds and peak memory.</summary>
    public static string Table(IReadOnlyList<PeerResult> results)
    {
        var inv = CultureInfo.InvariantCulture;
        var lines = new List<string> { "case                                   rows        HotAudit s  DuckDB s  ratio  CPU s   peak MiB" };
        lines.AddRange(results.Select(r => string.Create(inv,
            $"{Path.GetFileName(r.CaseDir.TrimEnd('/')),-38} {r.Rows,-11} {r.HotAuditSeconds,10:F2} {r.DuckDbSeconds,9:F2} {r.HotAuditSeconds / r.DuckDbSeconds,6:F2} {r.CpuSeconds,7:F2} {r.PeakMiB,9:F0}")));
        return string.Join('\n', lines);
    }

    /// <summary>The figures of one case; with <paramref name="timings"/> each HotAudit run's phase times are printed too.</summary>
    public static PeerResult Measure(string caseDir, int repeats, bool timings = false)
    {
        // Interleaved (HotAudit, DuckDB, HotAudit, DuckDB, ...) so that a busy machine slows both alike.
        var hotaudit = new List<Measurement>();
        var duck = new List<double>();
        Dictionary<string, Dictionary<string, long>> actual = [];
        for (var i = 0; i < repeats; i++)
        {
            hotaudit.Add(Runner.Run(caseDir, [], timings));
            var sw = Stopwatch.StartNew();
            actual = Query(caseDir);
            duck.Add(sw.Elapsed.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  pair {i + 1}: HotAudit {hotaudit[^1].Seconds:F2} s (CPU {hotaudit[^1].CpuSeconds:F2} s), DuckDB {duck[^1]:F2} s, ratio {hotaudit[^1].Seconds / duck[^1]:F2}"));
            if (timings)
            {
                Console.WriteLine("    phases: " + hotaudit[^1].Phases);
            }
        }
        var expected = Findings(Path.Combine(Runner.OutDir, "findings.json"));
        var result = new PeerResult(caseDir, hotaudit, duck, Compare(expected, actual));
        Console.WriteLine(result.Describe());
        return result;
    }

    private static Dictionary<string, Dictionary<string, long>> Query(string caseDir)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var load = connection.CreateCommand())
        {
            load.CommandText = PeerSql.Load(caseDir);
            load.ExecuteNonQuery();
        }
        var result = new Dictionary<string, Dictionary<string, long>>();
        foreach (var (rule, sql) in Rules)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = result[rule] = [];
            while (reader.Read())
            {
                rows[reader.GetString(0)] = reader.GetInt64(1);
            }
        }
        return result;
    }

    private static Dictionary<string, Dictionary<string, long>> Findings(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        var result = Rules.ToDictionary(r => r.Rule, _ => new Dictionary<string, long>());
        foreach (var f in doc.RootElement.GetProperty("findings").EnumerateArray())
        {
            if (result.TryGetValue(f.GetProperty("rule_id").GetString()!, out var rows))
            {
                var subject = string.Join('|', f.GetProperty("subject").EnumerateObject().Select(p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : ""));
                rows[subject] = f.GetProperty("count").GetInt64();
            }
        }
        return result;
    }

    /// <summary>Lines describing every difference; empty when DuckDB and HotAudit agree.</summary>
    private static List<string> Compare(Dictionary<string, Dictionary<string, long>> hotaudit, Dictionary<string, Dictionary<string, long>> duck)
    {
        var problems = new List<string>();
        foreach (var (rule, _) in Rules)
        {
            var (h, d) = (hotaudit[rule], duck[rule]);
            foreach (var key in h.Keys.Union(d.Keys).Order(StringComparer.Ordinal))
            {
                var (hv, dv) = (h.GetValueOrDefault(key, -1), d.GetValueOrDefault(key, -1));
                if (hv != dv)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{rule} [{key}]: HotAudit {(hv < 0 ? "none" : hv)}, DuckDB {(dv < 0 ? "none" : dv)}"));
                }
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rule}: HotAudit {h.Count} subject(s), {h.Values.Sum()} device(s); DuckDB {d.Count} subject(s), {d.Values.Sum()} device(s)"));
        }
        return problems;
    }
}

using System.Globalization;
using System.Text;

namespace HotAudit.Bench;

/// <summary>HotAudit's and DuckDB's figures on one case, and the differences between their answers.</summary>
internal sealed record PeerResult(string CaseDir, IReadOnlyList<Measurement> HotAudit, IReadOnlyList<double> DuckDb, IReadOnlyList<string> Mismatches)
{
    public bool Agree => Mismatches.Count == 0;

    public double HotAuditSeconds => Median(HotAudit.Select(m => m.Seconds));

    public double DuckDbSeconds => Median(DuckDb);

    public double PeakMiB => HotAudit.Max(m => m.PeakMiB);

    /// <summary>HotAudit's median CPU seconds (user + sys).</summary>
    public double CpuSeconds => Median(HotAudit.Select(m => m.CpuSeconds));

    public long Rows => HotAudit[0].Rows;

    public string Describe()
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine(inv, $"case {CaseDir}: {Rows:N0} rows");
        s.AppendLine(inv, $"  HotAudit assess (all packs + monitor, json+xlsx): median {HotAuditSeconds:F2} s [{Spread(HotAudit.Select(m => m.Seconds))}], "
            + $"{Rows / HotAuditSeconds:N0} events/s, CPU median {CpuSeconds:F2} s [{Spread(HotAudit.Select(m => m.CpuSeconds))}], peak working set {PeakMiB:F0} MiB [{Spread(HotAudit.Select(m => m.PeakMiB), "F0")}]");
        s.AppendLine(inv, $"  DuckDB (HU-SIL-01, HU-TLS-01, HU-FRQ-03 as SQL): median {DuckDbSeconds:F2} s [{Spread(DuckDb)}]");
        s.AppendLine(inv, $"  ratio HotAudit / DuckDB: {HotAuditSeconds / DuckDbSeconds:F2} (target <= 1.5)");
        s.Append(Agree ? "  answers: DuckDB equals HotAudit for the three rules" : "  !!! MISMATCH between DuckDB and HotAudit:\n    " + string.Join("\n    ", Mismatches));
        return s.ToString();
    }

    public static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[(v.Length / 2) - 1] + v[v.Length / 2]) / 2;
    }

    private static string Spread(IEnumerable<double> values, string format = "F2") =>
        string.Join(", ", values.Select(v => v.ToString(format, CultureInfo.InvariantCulture)));
}

using System.Data.Common;
using System.Globalization;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;

namespace HotAudit.History;

/// <summary>Reads the history's rows back into records.</summary>
internal static class HistoryRows
{
    public static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    public static PreviousFinding Finding(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), SubjectJson.Read(r.GetString(2)), Long(r, 3), new LocalizedText(r.GetString(7), r.GetString(8)),
        SubjectJson.ReadList(r.GetString(6)), Enum.Parse<Basis>(r.GetString(5)), Enum.Parse<Severity>(r.GetString(4), ignoreCase: true),
        Long(r, 9), Long(r, 10));

    public static RunSummary Summary(DbDataReader r) => new(
        Long(r, 0), r.GetString(1), r.GetString(2), ParseTime(r.GetString(3)), ParseTime(r.GetString(4)), r.GetString(5),
        r.GetString(6), r.GetString(7),
        new SeverityCounts(Int(r, 8), Int(r, 9), Int(r, 10), Int(r, 11), Int(r, 12)),
        Int(r, 13), Int(r, 14), Int(r, 15), r.GetString(16));

    private static long Long(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    private static int Int(DbDataReader r, int i) => (int)Long(r, i);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}

using System.Globalization;
using HotAudit.History;

namespace HotAudit.Cli.Commands;

/// <summary>The lines <c>hotaudit history</c> prints: one per run, tab-separated.</summary>
internal static class HistoryTable
{
    public const string Header = "run\tcase\tsource\tstarted\tfinished\toverall\ttester\tfindings\tnew\tunchanged\tresolved\tinputs_sha256\treports";

    public static string Row(RunSummary r) => string.Join('\t',
        r.Id.ToString(CultureInfo.InvariantCulture), r.Case, r.Source, Time(r.StartedAt), Time(r.FinishedAt), r.Overall, r.TesterCode,
        r.Severities.ToString(), Number(r.New), Number(r.Unchanged), Number(r.Resolved), r.InputsSha256, r.ReportDirectory);

    private static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using HotAudit.Worker;
using HotAudit.History;

namespace HotAudit.Cli.Commands;

/// <summary>
/// The lines <c>hotaudit history</c> prints: one per run, tab-separated; text that came from outside (case names, paths)
/// has its control characters escaped, so a name cannot print a tab, a line or a terminal escape of its own.
/// </summary>
internal static class HistoryTable
{
    public const string Header = "run\tcase\tsource\tstarted\tfinished\toverall\ttester\tfindings\tnew\tunchanged\tresolved\tinputs_sha256\treports";

    public static string Row(RunSummary r) => string.Join('\t',
        r.Id.ToString(CultureInfo.InvariantCulture), LogText.Escape(r.Case), LogText.Escape(r.Source), Time(r.StartedAt), Time(r.FinishedAt), r.Overall, r.TesterCode,
        r.Severities.ToString(), Number(r.New), Number(r.Unchanged), Number(r.Resolved), LogText.Escape(r.InputsSha256), LogText.Escape(r.ReportDirectory));

    private static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text;

namespace HotAudit.Cli.Tests.Support;

/// <summary>
/// Writes files the <see cref="CaseBuilder"/> has no method for into an already built case folder: rows of a known kind
/// with extra columns, and the reference registers (tenants, vulnerabilities, app signatures) as plain UTF-8 CSV.
/// </summary>
internal static class CaseFiles
{
    private static readonly TimeSpan CaseOffset = TimeSpan.FromHours(8);

    /// <summary>A full timestamp with offset, so a register value is never read as a date-only start of day.</summary>
    public static string Ts(DateTimeOffset t) => t.ToOffset(CaseOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Writes telemetry or operation-log rows (CSV, timestamps at +08:00) with the given columns.</summary>
    public static CaseDirectory WithRows(this CaseDirectory dir, string name, IReadOnlyList<string> columns, IEnumerable<ICaseRow> rows)
    {
        TabularWriter.Write(Path.Combine(dir.Path, name), FileFormat.Csv, columns, new FileBuilder().Add(rows).Lines, CaseOffset);
        return dir;
    }

    /// <summary>Writes a reference CSV: a header and one line per row, each value quoted when it needs it.</summary>
    public static CaseDirectory WithCsv(this CaseDirectory dir, string name, IReadOnlyList<string> columns,
        IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder().AppendLine(string.Join(',', columns));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(',', row.Select(Quote)));
        }

        File.WriteAllText(Path.Combine(dir.Path, name), text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return dir;
    }

    public static CaseDirectory WithTenants(this CaseDirectory dir, params TenantRow[] rows) =>
        dir.WithCsv("tenants.csv", TenantRow.Columns, rows.Select(r => r.Cells()));

    public static CaseDirectory WithVulnerabilities(this CaseDirectory dir, params VulnerabilityRow[] rows) =>
        dir.WithCsv("vulnerabilities.csv", VulnerabilityRow.Columns, rows.Select(r => r.Cells()));

    public static CaseDirectory WithAppSignatures(this CaseDirectory dir, params AppSignatureRow[] rows) =>
        dir.WithCsv("app_signatures.csv", AppSignatureRow.Columns, rows.Select(r => r.Cells()));

    private static string Quote(string? value)
    {
        var s = value ?? string.Empty;
        return s.Contains(',') || s.Contains('"') || s.Contains('\n') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }
}

namespace HotAudit.Reporting;

/// <summary>Every report format, in the order the help and error messages list them: the one list of formats.</summary>
public static class ReportFormats
{
    /// <summary>The formats.</summary>
    public static IReadOnlyList<IReportFormat> All { get; } =
        [new WorkbookFormat(), new FindingsJsonFormat(), new JunitFormat(), new SarifFormat(), new HtmlFormat()];

    /// <summary>Their names.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(f => f.Name)];

    /// <summary>The format named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static IReportFormat? Find(string name) => All.FirstOrDefault(f => f.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));
}

namespace HotAudit.Reporting.Workbook;

/// <summary>The nine sheets, in order (bilingual, at most 31 characters each).</summary>
internal static class SheetNames
{
    public const string Summary = "概览 Summary";
    public const string Clauses = "条款 Clauses";
    public const string Findings = "发现 Findings";
    public const string Evidence = "证据 Evidence";
    public const string Anomalies = "异常 Anomalies";
    public const string Trends = "趋势 Trends";
    public const string Traceability = "追溯 Traceability";
    public const string ManualChecks = "人工核查 Manual checks";
    public const string DataQuality = "数据质量 Data quality";
    public const string Appendix = "附录 Appendix";

    public static IReadOnlyList<string> InOrder { get; } =
        [Summary, Clauses, Findings, Evidence, Anomalies, Trends, Traceability, ManualChecks, DataQuality, Appendix];
}

using ClosedXML.Excel;
using HotAudit.Core.Clauses;
using HotAudit.Core.Rules;

namespace HotAudit.Reporting.Workbook;

/// <summary>Fill colours for verdicts and severities (Excel's familiar good/neutral/bad tints).</summary>
internal static class Palette
{
    public static XLColor Header { get; } = XLColor.FromHtml("#D9E1F2");

    /// <summary>A traceability chain with a gap.</summary>
    public static XLColor Gap { get; } = XLColor.FromHtml("#FFC7CE");

    /// <summary>A complete traceability chain.</summary>
    public static XLColor Complete { get; } = XLColor.FromHtml("#C6EFCE");

    public static XLColor ToFill { get; } = XLColor.FromHtml("#FFF2CC");

    public static XLColor Of(Verdict verdict) => verdict switch
    {
        Verdict.Conformant => XLColor.FromHtml("#C6EFCE"),
        Verdict.Nonconformant => XLColor.FromHtml("#FFC7CE"),
        Verdict.Observation => XLColor.FromHtml("#FFEB9C"),
        Verdict.InsufficientEvidence => XLColor.FromHtml("#F8CBAD"),
        Verdict.Manual => XLColor.FromHtml("#BDD7EE"),
        _ => XLColor.FromHtml("#EDEDED"),
    };

    public static XLColor Of(Severity severity) => severity switch
    {
        Severity.Critical => XLColor.FromHtml("#FF7C80"),
        Severity.High => XLColor.FromHtml("#FFC7CE"),
        Severity.Medium => XLColor.FromHtml("#FFEB9C"),
        Severity.Low => XLColor.FromHtml("#DDEBF7"),
        _ => XLColor.FromHtml("#F2F2F2"),
    };

    /// <summary>Colours one cell's background.</summary>
    public static void Fill(IXLCell cell, XLColor color) => cell.Style.Fill.BackgroundColor = color;
}

using HotAudit.Core.Clauses;
using HotAudit.Core.Rules;

namespace HotAudit.Reporting.Workbook;

/// <summary>Fill colours (RRGGBB) for verdicts and severities (Excel's familiar good/neutral/bad tints).</summary>
internal static class Palette
{
    public static string Header { get; } = "D9E1F2";

    /// <summary>A traceability chain with a gap.</summary>
    public static string Gap { get; } = "FFC7CE";

    /// <summary>A complete traceability chain.</summary>
    public static string Complete { get; } = "C6EFCE";

    public static string ToFill { get; } = "FFF2CC";

    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Conformant => "C6EFCE",
        Verdict.Nonconformant => "FFC7CE",
        Verdict.Observation => "FFEB9C",
        Verdict.InsufficientEvidence => "F8CBAD",
        Verdict.Manual => "BDD7EE",
        _ => "EDEDED",
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.Critical => "FF7C80",
        Severity.High => "FFC7CE",
        Severity.Medium => "FFEB9C",
        Severity.Low => "DDEBF7",
        _ => "F2F2F2",
    };

    /// <summary>Colours one cell's background.</summary>
    public static void Fill(SheetCell cell, string color) => cell.Style = cell.Style with { Fill = color };
}

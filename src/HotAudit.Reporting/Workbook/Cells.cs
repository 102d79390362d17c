using ClosedXML.Excel;

namespace HotAudit.Reporting.Workbook;

/// <summary>
/// The only way report code puts a value into a cell. ClosedXML 0.95.4's <c>cell.Value = object</c> guesses a type from
/// the text (so "00123" becomes 123, "2026-05-01" a date, "true" a boolean, and a leading apostrophe is dropped);
/// <c>SetValue&lt;string&gt;</c> stores the text as it is. Neither turns "=..." into a formula — only
/// <c>FormulaA1</c>/<c>FormulaR1C1</c> do, and report code never sets them — but text that starts like a formula also
/// gets Excel's quote prefix, so editing the cell in Excel cannot turn it into one either.
/// </summary>
internal static class Cells
{
    private const int MaxCellChars = 32767;
    private const string DateTimeFormat = "yyyy-mm-dd hh:mm:ss";

    /// <summary>Writes a value of a known type; anything else is a programming error.</summary>
    public static void Put(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                Text(cell, string.Empty);
                break;
            case string s:
                Text(cell, s);
                break;
            case int i:
                cell.SetValue<long>(i);
                break;
            case long l:
                cell.SetValue(l);
                break;
            case double d:
                cell.SetValue(Math.Round(d, 4));
                break;
            case LocalTime t:
                cell.SetValue(t.Wall);
                cell.Style.NumberFormat.Format = DateTimeFormat;
                break;
            default:
                throw new ArgumentException($"no cell writer for {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>Writes text exactly (never a formula, never re-typed).</summary>
    public static void Text(IXLCell cell, string text)
    {
        var safe = Sanitize(text);
        cell.SetValue(safe);
        if (safe.Length > 0 && safe[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }

    /// <summary>Characters XML 1.0 cannot carry become U+FFFD; text beyond Excel's cell limit is cut.</summary>
    internal static string Sanitize(string text) => XmlText.Sanitize(text, MaxCellChars);
}

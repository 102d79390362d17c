namespace HotAudit.Reporting.Workbook;

/// <summary>
/// The only way report code puts a value into a cell. Text is stored as text, exactly (never re-typed: "00123",
/// "2026-05-01", "true" and "'quoted" stay what they are) and never as a formula — <see cref="XlsxPackage"/> has no
/// way to write one — and text that starts like a formula also gets Excel's quote prefix, so editing the cell in Excel
/// cannot turn it into one either.
/// </summary>
internal static class Cells
{
    private const int MaxCellChars = 32767;

    /// <summary>Writes a value of a known type; anything else is a programming error.</summary>
    public static void Put(SheetCell cell, object? value)
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
                cell.SetNumber(i);
                break;
            case long l:
                cell.SetNumber(l);
                break;
            case double d when double.IsFinite(d):
                cell.SetNumber(Math.Round(d, 4));
                break;
            case double d:
                // SpreadsheetML has no NaN or infinity: "NaN" as a number makes Excel refuse the whole file.
                Text(cell, d.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case LocalTime t:
                cell.SetDateTime(t.Wall);
                break;
            default:
                throw new ArgumentException($"no cell writer for {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>Writes text exactly (never a formula, never re-typed).</summary>
    public static void Text(SheetCell cell, string text)
    {
        var safe = Sanitize(text);
        cell.SetText(safe);
        if (safe.Length > 0 && safe[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell.Style = cell.Style with { QuotePrefix = true };
        }
    }

    /// <summary>Characters XML 1.0 cannot carry become U+FFFD; text beyond Excel's cell limit is cut.</summary>
    internal static string Sanitize(string text) => XmlText.Sanitize(text, MaxCellChars);
}

using System.Globalization;
using ClosedXML.Excel;

namespace HotAudit.Ingestion;

/// <summary>
/// The text of a workbook cell as the contract reads it: dates as <c>yyyy-MM-dd HH:mm:ss</c> (case local time), numbers
/// in invariant notation without exponent (so epoch milliseconds stay digits), booleans as true/false.
/// </summary>
internal static class CellText
{
    /// <summary>The cell's text; empty for an empty cell.</summary>
    public static string Of(IXLCell cell)
    {
        if (cell.IsEmpty())
        {
            return string.Empty;
        }
        return cell.DataType switch
        {
            XLDataType.DateTime => cell.GetDateTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            XLDataType.Number => Number(cell.GetDouble()),
            XLDataType.Boolean => cell.GetBoolean() ? "true" : "false",
            XLDataType.TimeSpan => cell.GetTimeSpan().ToString("c", CultureInfo.InvariantCulture),
            _ => cell.GetString(),
        };
    }

    /// <summary>A number in invariant notation, never with an exponent.</summary>
    public static string Number(double value) =>
        Math.Abs(value) < 1e15 && value == Math.Floor(value)
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("0.###################", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text;
using ClosedXML.Excel;

namespace HotAudit.Reporting.Tests.Support;

/// <summary>
/// A workbook as plain text, per sheet: the sheet name, then each used row as its number and its cell values
/// tab-separated (dates as yyyy-MM-dd HH:mm:ss, a formula as {=...}, an internal link as [→target]).
/// </summary>
internal static class WorkbookDump
{
    public static XLWorkbook Load(byte[] bytes) => new(new MemoryStream(bytes));

    public static string Sheet(IXLWorksheet ws)
    {
        var sb = new StringBuilder().Append("== ").Append(ws.Name).Append('\n');
        foreach (var row in ws.RowsUsed())
        {
            var last = row.LastCellUsed().Address.ColumnNumber;
            var cells = Enumerable.Range(1, last).Select(c => Cell(row.Cell(c)));
            sb.Append('[').Append(row.RowNumber()).Append("]\t").AppendJoin('\t', cells).Append('\n');
        }
        return sb.ToString();
    }

    private static string Cell(IXLCell cell)
    {
        if (cell.HasFormula)
        {
            return "{=" + cell.FormulaA1 + "}";
        }
        var text = cell.DataType switch
        {
            XLDataType.DateTime => cell.GetDateTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            XLDataType.Number => cell.GetDouble().ToString(CultureInfo.InvariantCulture),
            _ => cell.GetString(),
        };
        text = text.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");
        return cell.HasHyperlink ? $"{text} [→{cell.Hyperlink.InternalAddress}]" : text;
    }
}

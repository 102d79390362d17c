using ClosedXML.Excel;

namespace HotAudit.Reporting.Tests.Support;

/// <summary>
/// Walks the reasons of a zh-CN workbook — every cell under a reason heading (a clause's 结论说明, a finding's 备注, a rule's
/// 原因 for not judging, a flagged day's 说明, a data issue's 问题, a notice's 提示, a file's 错误) down to the blank row that ends its table — for English sentences
/// (<see cref="EnglishSentence"/>).
/// </summary>
internal static class ZhWorkbookWalk
{
    private static readonly string[] ReasonHeadings = ["结论说明 / Why", "备注 / Note", "原因 / Reason", "理由 / Reason", "说明 / Explanation", "问题 / Issue", "提示 / Notice", "错误 / Error"];

    public static IReadOnlyList<string> EnglishReasons(XLWorkbook wb) =>
        [.. wb.Worksheets.SelectMany(ReasonCells).Where(c => EnglishSentence.In(c.GetString())).Select(c => $"{c.Worksheet.Name}!{c.Address}: {c.GetString()}")];

    /// <summary>The cells under a reason heading, each column down to the first empty row.</summary>
    public static IEnumerable<IXLCell> ReasonCells(IXLWorksheet ws)
    {
        if (ws.LastRowUsed() is not { } lastRow)
        {
            yield break;
        }
        var under = new HashSet<int>();
        for (var row = 1; row <= lastRow.RowNumber(); row++)
        {
            var cells = ws.Row(row).CellsUsed().ToList();
            if (cells.Count == 0)
            {
                under.Clear();
                continue;
            }
            foreach (var c in cells.Where(c => under.Contains(c.Address.ColumnNumber) && c.DataType == XLDataType.Text))
            {
                yield return c;
            }
            foreach (var c in cells.Where(c => ReasonHeadings.Contains(c.GetString())))
            {
                under.Add(c.Address.ColumnNumber);
            }
        }
    }
}

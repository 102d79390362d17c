using ClosedXML.Excel;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Quality;

namespace HotAudit.Ingestion;

/// <summary>
/// Reads an .xlsx input: the sheet named like the kind, else the first sheet; row 1 is the header and a row's line is its
/// row number.
/// </summary>
internal static class WorkbookReader
{
    /// <summary>Reads every row of the workbook into <paramref name="sink"/>.</summary>
    public static void Read(string path, InputKind kind, Schema schema, KindMapping? mapping, IRowSink sink)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var workbook = new XLWorkbook(file);
        var sheet = workbook.Worksheets.FirstOrDefault(s => string.Equals(s.Name.Trim(), kind.Prefix(), StringComparison.OrdinalIgnoreCase))
            ?? workbook.Worksheets.FirstOrDefault() ?? throw new InvalidDataException(RunMessages.NoSheet.En);
        var width = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        var headers = Enumerable.Range(1, width).Select(c => CellText.Of(sheet.Cell(1, c))).ToList();
        var map = HeaderMap.Create(schema, headers, mapping);
        var row = new RowBuffer(schema.Columns.Count);
        foreach (var xlRow in sheet.RowsUsed())
        {
            if (xlRow.RowNumber() == 1)
            {
                continue;
            }
            Fill(xlRow, width, map, row);
            if (!row.IsBlank)
            {
                sink.Row(row);
            }
        }
    }

    private static void Fill(IXLRow xlRow, int width, HeaderMap map, RowBuffer row)
    {
        row.Clear();
        row.Line = xlRow.RowNumber();
        var fingerprint = Fingerprint.Start;
        for (var c = 1; c <= width; c++)
        {
            var value = CellText.Of(xlRow.Cell(c)).AsSpan().Trim();
            fingerprint = Fingerprint.Add(fingerprint, value);
            if (!value.IsEmpty)
            {
                map.Put(row, c - 1, value);
            }
        }
        row.RawFingerprint = fingerprint;
    }
}

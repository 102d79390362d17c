using ClosedXML.Excel;

namespace HotAudit.Reporting.Workbook;

/// <summary>Writes a sheet top to bottom, one row at a time, every value through <see cref="Cells"/>.</summary>
internal sealed class RowWriter(IXLWorksheet sheet)
{
    /// <summary>The next row to write (1-based).</summary>
    public int Row { get; private set; } = 1;

    public IXLWorksheet Sheet { get; } = sheet;

    /// <summary>Writes one row of values and returns it.</summary>
    public IXLRow Values(params object?[] values)
    {
        var row = Sheet.Row(Row++);
        for (var i = 0; i < values.Length; i++)
        {
            Cells.Put(row.Cell(i + 1), values[i]);
        }
        return row;
    }

    /// <summary>Writes a header row: bold on a tinted background.</summary>
    public IXLRow Header(params string[] labels)
    {
        var row = Values(labels);
        var range = Sheet.Range(row.RowNumber(), 1, row.RowNumber(), labels.Length);
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = Palette.Header;
        return row;
    }

    /// <summary>Writes a section title in bold.</summary>
    public IXLRow Section(string title)
    {
        var row = Values(title);
        row.Cell(1).Style.Font.Bold = true;
        return row;
    }

    /// <summary>A label and a long text wrapped in a column <paramref name="width"/> characters wide, the row tall enough to show it.</summary>
    public IXLRow Wrapped(string label, string text, double width)
    {
        var row = Values(label, text);
        row.Cell(2).Style.Alignment.WrapText = true;
        row.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        // A CJK character is about two Latin ones wide; 15 points a line.
        var units = text.Sum(c => c > '\u2E80' ? 2 : 1);
        row.Height = 15 * Math.Max(1, Math.Ceiling(units / (width - 2)));
        return row;
    }

    /// <summary>Leaves an empty row.</summary>
    public void Blank() => Row++;

    /// <summary>Sets the column widths (in characters), since AdjustToContents needs GDI+.</summary>
    public void Widths(params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            Sheet.Column(i + 1).Width = widths[i];
        }
    }
}

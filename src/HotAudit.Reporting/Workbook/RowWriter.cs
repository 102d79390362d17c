namespace HotAudit.Reporting.Workbook;

/// <summary>Writes a sheet top to bottom, one row at a time, every value through <see cref="Cells"/>.</summary>
internal sealed class RowWriter(Sheet sheet)
{
    /// <summary>The next row to write (1-based).</summary>
    public int Row { get; private set; } = 1;

    public Sheet Sheet { get; } = sheet;

    /// <summary>Writes one row of values and returns it.</summary>
    public SheetRow Values(params object?[] values)
    {
        var row = Sheet.Row(Row++);
        for (var i = 0; i < values.Length; i++)
        {
            Cells.Put(row.Cell(i + 1), values[i]);
        }
        return row;
    }

    /// <summary>Writes a header row: bold on a tinted background.</summary>
    public SheetRow Header(params string[] labels)
    {
        var row = Values(labels);
        foreach (var cell in Sheet.Range(row.Number, 1, row.Number, labels.Length))
        {
            cell.Style = cell.Style with { Bold = true, Fill = Palette.Header };
        }
        return row;
    }

    /// <summary>Writes a section title in bold.</summary>
    public SheetRow Section(string title)
    {
        var row = Values(title);
        row.Cell(1).Restyle(s => s with { Bold = true });
        return row;
    }

    /// <summary>A label and a long text wrapped in a column <paramref name="width"/> characters wide, the row tall enough to show it.</summary>
    public SheetRow Wrapped(string label, string text, double width)
    {
        var row = Values(label, text);
        row.Cell(2).Restyle(s => s with { Wrap = true });
        row.Restyle(s => s with { Top = true });
        // A CJK character is about two Latin ones wide; 15 points a line.
        var units = text.Sum(c => c > '\u2E80' ? 2 : 1);
        row.Height = 15 * Math.Max(1, Math.Ceiling(units / (width - 2)));
        return row;
    }

    /// <summary>Leaves an empty row.</summary>
    public void Blank() => Row++;

    /// <summary>Sets the column widths (in characters): nothing here measures text.</summary>
    public void Widths(params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            Sheet.SetWidth(i + 1, widths[i]);
        }
    }
}

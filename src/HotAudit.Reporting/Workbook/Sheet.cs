namespace HotAudit.Reporting.Workbook;

/// <summary>
/// One worksheet as the report builds it: cells (text, number or date-time, each with a <see cref="CellStyle"/>), row
/// heights, column widths, the frozen header, filter, colour scale, internal links and how it prints. Only what the
/// report uses; <see cref="XlsxPackage"/> writes it as SpreadsheetML. (The workbook used to be built with ClosedXML, whose
/// object model and save cost ~2 s of a run whatever the case's size: bench/RESULTS.md, round 6b.)
/// </summary>
internal sealed class Sheet(string name)
{
    /// <summary>Excel's default column width (characters) when none is set.</summary>
    public const double DefaultColumnWidth = 8.43;

    private readonly List<SheetRow?> _rows = [];
    private readonly List<double?> _widths = [];

    public string Name { get; } = name;

    /// <summary>Rows frozen at the top (0: none).</summary>
    public int FrozenRows { get; set; }

    /// <summary>The filtered range (rows and columns, 1-based, inclusive), if any.</summary>
    public (int Row1, int Col1, int Row2, int Col2)? AutoFilter { get; set; }

    /// <summary>Three-colour scales: the range of one column and its colours (min, midpoint number, max).</summary>
    public List<ColorScale> ColorScales { get; } = [];

    /// <summary>How the sheet prints.</summary>
    public SheetPrint Print { get; } = new();

    /// <summary>The rows written so far, by number (1-based); null where none was touched.</summary>
    public IReadOnlyList<SheetRow?> Rows => _rows;

    /// <summary>The row (created on first use).</summary>
    public SheetRow Row(int row)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row, 1);
        while (_rows.Count < row)
        {
            _rows.Add(null);
        }
        return _rows[row - 1] ??= new SheetRow(this, row);
    }

    /// <summary>The cell (created on first use).</summary>
    public SheetCell Cell(int row, int column) => Row(row).Cell(column);

    /// <summary>Every cell of a block, created where missing (for styling a whole table).</summary>
    public IEnumerable<SheetCell> Range(int row1, int col1, int row2, int col2)
    {
        for (var r = row1; r <= row2; r++)
        {
            var row = Row(r);
            for (var c = col1; c <= col2; c++)
            {
                yield return row.Cell(c);
            }
        }
    }

    /// <summary>Sets a column's width in characters.</summary>
    public void SetWidth(int column, double width)
    {
        while (_widths.Count < column)
        {
            _widths.Add(null);
        }
        _widths[column - 1] = width;
    }

    /// <summary>A column's width in characters (<see cref="DefaultColumnWidth"/> when not set).</summary>
    public double Width(int column) => column <= _widths.Count && _widths[column - 1] is { } w ? w : DefaultColumnWidth;

    /// <summary>The widths set, by column (1-based; null where not set).</summary>
    public IReadOnlyList<double?> Widths => _widths;

    /// <summary>The last row and the last column that hold a value (text that is not empty, a number or a date); (0, 0) for none.</summary>
    public (int Row, int Column) LastUsed()
    {
        var (lastRow, lastColumn) = (0, 0);
        foreach (var row in _rows)
        {
            if (row is null)
            {
                continue;
            }
            foreach (var cell in row.Cells)
            {
                if (cell is { HasValue: true })
                {
                    lastRow = row.Number;
                    lastColumn = Math.Max(lastColumn, cell.Column);
                }
            }
        }
        return (lastRow, lastColumn);
    }
}

/// <summary>One row: its cells, and the height and style it was given.</summary>
internal sealed class SheetRow(Sheet sheet, int number)
{
    private readonly List<SheetCell?> _cells = [];

    public Sheet Sheet { get; } = sheet;

    /// <summary>The row number (1-based).</summary>
    public int Number { get; } = number;

    /// <summary>The height in points, when set.</summary>
    public double? Height { get; set; }

    /// <summary>A style for the whole row (cells the row does not hold yet take it in Excel), when set.</summary>
    public CellStyle? Style { get; private set; }

    /// <summary>The cells, by column (1-based; null where none was touched).</summary>
    public IReadOnlyList<SheetCell?> Cells => _cells;

    /// <summary>The row number (the name ClosedXML gave it).</summary>
    public int RowNumber() => Number;

    /// <summary>The cell (created on first use).</summary>
    public SheetCell Cell(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        while (_cells.Count < column)
        {
            _cells.Add(null);
        }
        return _cells[column - 1] ??= new SheetCell(this, column) { Style = Style ?? CellStyle.Default };
    }

    /// <summary>Changes the style of the row and of every cell it holds.</summary>
    public void Restyle(Func<CellStyle, CellStyle> change)
    {
        Style = change(Style ?? CellStyle.Default);
        foreach (var cell in _cells)
        {
            cell?.Restyle(change);
        }
    }
}

/// <summary>What a cell holds.</summary>
internal enum CellKind
{
    /// <summary>Text (possibly empty).</summary>
    Text,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A date and time (an Excel serial number shown with a date format).</summary>
    DateTime,
}

/// <summary>One cell: its value, style and internal link.</summary>
internal sealed class SheetCell(SheetRow row, int column)
{
    public SheetRow Row { get; } = row;

    /// <summary>The column (1-based).</summary>
    public int Column { get; } = column;

    public CellKind Kind { get; private set; }

    /// <summary>The text of a text cell (empty otherwise).</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>The number of a number cell, or the serial date of a date-time cell.</summary>
    public double Number { get; private set; }

    public CellStyle Style { get; set; } = CellStyle.Default;

    /// <summary>Where an internal link goes (<c>'Sheet'!A2</c>), if any.</summary>
    public string? Link { get; private set; }

    /// <summary>A value that makes the cell used: text that is not empty, a number or a date.</summary>
    public bool HasValue => Kind != CellKind.Text || Text.Length > 0;

    /// <summary>Stores text as it is (the caller has made it safe for XML and Excel's limit).</summary>
    public void SetText(string text)
    {
        Kind = CellKind.Text;
        Text = text;
    }

    public void SetNumber(double number)
    {
        Kind = CellKind.Number;
        Number = number;
        Text = string.Empty;
    }

    /// <summary>Stores a date-time and gives the cell the date-time format.</summary>
    public void SetDateTime(DateTime wall)
    {
        Kind = CellKind.DateTime;
        Number = wall.ToOADate();
        Text = string.Empty;
        Style = Style with { DateTime = true };
    }

    public void Restyle(Func<CellStyle, CellStyle> change) => Style = change(Style);

    /// <summary>Links the cell to another cell of the workbook; it is shown as a link (blue, underlined).</summary>
    public void LinkTo(string sheet, int row, int column)
    {
        Link = $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'!{CellRef.Of(row, column)}";
        Style = Style with { Link = true };
    }
}

/// <summary>A cell's look: only what the report uses.</summary>
/// <param name="Bold">Bold text.</param>
/// <param name="FontSize">Font size in points.</param>
/// <param name="Fill">Solid background, as <c>RRGGBB</c> (null: none).</param>
/// <param name="Wrap">Wrap text.</param>
/// <param name="Top">Aligned to the top (else the bottom, Excel's default).</param>
/// <param name="DateTime">Shown as <c>yyyy-mm-dd hh:mm:ss</c>.</param>
/// <param name="QuotePrefix">Excel's quote prefix: text that looks like a formula stays text when edited.</param>
/// <param name="Link">Shown as a link.</param>
internal readonly record struct CellStyle(
    bool Bold = false, double FontSize = CellStyle.DefaultFontSize, string? Fill = null, bool Wrap = false, bool Top = false,
    bool DateTime = false, bool QuotePrefix = false, bool Link = false)
{
    public const double DefaultFontSize = 11;

    /// <summary>Excel's default look (11-point text, no fill, bottom-aligned). Not <c>default(CellStyle)</c>, whose font size is 0.</summary>
    public static CellStyle Default { get; } = new(FontSize: DefaultFontSize);
}

/// <summary>A three-colour scale on one column's rows.</summary>
internal sealed record ColorScale(int Column, int FirstRow, int LastRow, string Low, double Mid, string MidColor, string High);

/// <summary>How a sheet prints.</summary>
internal sealed class SheetPrint
{
    public bool Landscape { get; set; }

    /// <summary>Pages tall to fit in (0: as many as it takes); always one page wide.</summary>
    public int PagesTall { get; set; }

    /// <summary>Rows repeated at the top of every page (first, last), if any.</summary>
    public (int First, int Last)? RepeatRows { get; set; }

    /// <summary>The print area (last row and column; it starts at A1).</summary>
    public (int Row, int Column) Area { get; set; } = (1, 1);

    /// <summary>Rows after which a new page starts.</summary>
    public List<int> BreaksAfter { get; } = [];

    /// <summary>Header text (left, right) and footer text (left, center, right), in Excel's header/footer codes.</summary>
    public string Header { get; set; } = string.Empty;

    public string Footer { get; set; } = string.Empty;
}

/// <summary>A1-style references.</summary>
internal static class CellRef
{
    private static readonly string[] Letters = [.. Enumerable.Range(1, 702).Select(Compute)];

    /// <summary>The letters of a column (1 = A).</summary>
    public static string Column(int column) => column <= Letters.Length ? Letters[column - 1] : Compute(column);

    /// <summary>The reference of a cell (A1).</summary>
    public static string Of(int row, int column) => Column(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Compute(int column)
    {
        var letters = string.Empty;
        while (column > 0)
        {
            var rem = (column - 1) % 26;
            letters = (char)('A' + rem) + letters;
            column = (column - 1) / 26;
        }
        return letters;
    }
}

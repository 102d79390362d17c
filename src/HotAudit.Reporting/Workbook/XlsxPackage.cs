using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace HotAudit.Reporting.Workbook;

/// <summary>
/// Writes <see cref="Sheet"/>s as an .xlsx package (SpreadsheetML in a zip, as ECMA-376 lays it out): shared strings,
/// one style table, each sheet with its view, columns, cells, filter, colour scale, links and print setup, the print
/// areas and titles as defined names, and each sheet's charts as a drawing with one chart part per chart. Streamed
/// straight from the sheets with an <see cref="XmlWriter"/>: no document object model, nothing but the cells' own cost.
/// A cell is never written as a formula (there is no code here that writes <c>&lt;f&gt;</c>).
/// </summary>
internal static class XlsxPackage
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DateTimeFormatId = "164";
    private const string DateTimeFormat = "yyyy-mm-dd hh:mm:ss";
    private const string LinkColor = "FF0563C1";

    /// <summary>ClosedXML, which wrote this workbook before, added this padding to every width set; kept so columns look the same.</summary>
    private const double WidthPadding = 0.710625;

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>Writes the package.</summary>
    /// <param name="output">Where to (left open).</param>
    /// <param name="sheets">The sheets, in order; the first is the active one.</param>
    /// <param name="charts">Charts on the sheets (each names its sheet).</param>
    /// <param name="created">The document's creation and modification time (the report's, not the clock's).</param>
    /// <param name="author">The document's author.</param>
    public static void Write(Stream output, IReadOnlyList<Sheet> sheets, IReadOnlyList<WorkbookChart> charts, DateTimeOffset created, string author)
    {
        var stamp = created.UtcDateTime;
        var strings = new SharedStrings();
        var styles = new StyleTable();
        var chartsBySheet = sheets.Select(s => charts.Where(c => c.Sheet == s.Name).ToList()).ToList();
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var chartNumber = 0;
        var drawingNumber = 0;
        var drawings = new List<(int Drawing, int[] Charts)>();
        for (var i = 0; i < sheets.Count; i++)
        {
            int? drawing = chartsBySheet[i].Count > 0 ? ++drawingNumber : null;
            Part(zip, $"xl/worksheets/sheet{i + 1}.xml", stamp, w => WriteSheet(w, sheets[i], i == 0, strings, styles, drawing is not null));
            if (drawing is { } d)
            {
                Part(zip, $"xl/worksheets/_rels/sheet{i + 1}.xml.rels", stamp, w => Relationships(w, [("rId1", Rel("drawing"), $"../drawings/drawing{d}.xml")]));
                var numbers = chartsBySheet[i].Select(_ => ++chartNumber).ToArray();
                drawings.Add((d, numbers));
                WriteDrawing(zip, stamp, d, chartsBySheet[i], numbers);
            }
        }
        Part(zip, "xl/sharedStrings.xml", stamp, strings.Write);
        Part(zip, "xl/styles.xml", stamp, styles.Write);
        Part(zip, "xl/workbook.xml", stamp, w => WriteWorkbook(w, sheets));
        Part(zip, "xl/_rels/workbook.xml.rels", stamp, w => Relationships(w, [
            .. sheets.Select((_, i) => ($"rId{i + 1}", Rel("worksheet"), $"worksheets/sheet{i + 1}.xml")),
            ($"rId{sheets.Count + 1}", Rel("styles"), "styles.xml"),
            ($"rId{sheets.Count + 2}", Rel("sharedStrings"), "sharedStrings.xml")]));
        Part(zip, "docProps/core.xml", stamp, w => CoreProperties(w, stamp, author));
        Part(zip, "_rels/.rels", stamp, w => Relationships(w, [
            ("rId1", Rel("officeDocument"), "xl/workbook.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")]));
        Part(zip, "[Content_Types].xml", stamp, w => ContentTypes(w, sheets.Count, drawings));
    }

    private static string Rel(string kind) => $"{RelNs}/{kind}";

    private static void RawPart(ZipArchive zip, string name, DateTime stamp, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        // The zip's times are the report's (a zip time cannot be before 1980), so the bytes do not carry the clock.
        entry.LastWriteTime = stamp.Year >= 1980 ? new DateTimeOffset(stamp.Ticks, TimeSpan.Zero) : new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        using var buffered = new BufferedStream(stream, 1 << 16);
        using var w = XmlWriter.Create(buffered, Settings);
        write(w);
    }

    private static void Part(ZipArchive zip, string name, DateTime stamp, Action<XmlWriter> write) => RawPart(zip, name, stamp, w =>
    {
        w.WriteStartDocument(standalone: true);
        write(w);
        w.WriteEndDocument();
    });

    private static void WriteSheet(XmlWriter w, Sheet sheet, bool active, SharedStrings strings, StyleTable styles, bool hasDrawing)
    {
        w.WriteStartElement("worksheet", Main);
        w.WriteAttributeString("xmlns", "r", null, RelNs);
        w.WriteStartElement("sheetPr");
        w.WriteStartElement("pageSetUpPr");
        w.WriteAttributeString("fitToPage", "1");
        w.WriteEndElement();
        w.WriteEndElement();
        var (lastRow, lastColumn) = Extent(sheet);
        w.WriteStartElement("dimension");
        w.WriteAttributeString("ref", lastRow == 0 ? "A1" : $"A1:{CellRef.Of(lastRow, Math.Max(1, lastColumn))}");
        w.WriteEndElement();
        w.WriteStartElement("sheetViews");
        w.WriteStartElement("sheetView");
        if (active)
        {
            w.WriteAttributeString("tabSelected", "1");
        }
        w.WriteAttributeString("workbookViewId", "0");
        if (sheet.FrozenRows > 0)
        {
            w.WriteStartElement("pane");
            w.WriteAttributeString("ySplit", Num(sheet.FrozenRows));
            w.WriteAttributeString("topLeftCell", CellRef.Of(sheet.FrozenRows + 1, 1));
            w.WriteAttributeString("activePane", "bottomLeft");
            w.WriteAttributeString("state", "frozen");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("sheetFormatPr");
        w.WriteAttributeString("defaultRowHeight", "15");
        w.WriteEndElement();
        WriteColumns(w, sheet);
        WriteCells(w, sheet, strings, styles);
        if (sheet.AutoFilter is { } f)
        {
            w.WriteStartElement("autoFilter");
            w.WriteAttributeString("ref", $"{CellRef.Of(f.Row1, f.Col1)}:{CellRef.Of(f.Row2, f.Col2)}");
            w.WriteEndElement();
        }
        var priority = 0;
        foreach (var scale in sheet.ColorScales)
        {
            WriteColorScale(w, scale, ++priority);
        }
        WriteLinks(w, sheet);
        WritePrint(w, sheet.Print);
        if (hasDrawing)
        {
            w.WriteStartElement("drawing");
            w.WriteAttributeString("id", RelNs, "rId1");
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static (int Row, int Column) Extent(Sheet sheet)
    {
        var (row, column) = (0, 0);
        foreach (var r in sheet.Rows)
        {
            if (r is null)
            {
                continue;
            }
            row = r.Number;
            column = Math.Max(column, r.Cells.Count);
        }
        return (row, column);
    }

    private static void WriteColumns(XmlWriter w, Sheet sheet)
    {
        if (!sheet.Widths.Any(x => x.HasValue))
        {
            return;
        }
        w.WriteStartElement("cols");
        for (var c = 1; c <= sheet.Widths.Count; c++)
        {
            if (sheet.Widths[c - 1] is not { } width)
            {
                continue;
            }
            w.WriteStartElement("col");
            w.WriteAttributeString("min", Num(c));
            w.WriteAttributeString("max", Num(c));
            w.WriteAttributeString("width", Num(width + WidthPadding));
            w.WriteAttributeString("customWidth", "1");
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void WriteCells(XmlWriter w, Sheet sheet, SharedStrings strings, StyleTable styles)
    {
        w.WriteStartElement("sheetData");
        foreach (var row in sheet.Rows)
        {
            if (row is null || (row.Height is null && row.Style is null && !row.Cells.Any(c => c is not null && Written(c))))
            {
                continue;
            }
            w.WriteStartElement("row");
            w.WriteAttributeString("r", Num(row.Number));
            if (row.Style is { } rowStyle)
            {
                w.WriteAttributeString("s", Num(styles.Of(rowStyle)));
                w.WriteAttributeString("customFormat", "1");
            }
            if (row.Height is { } height)
            {
                w.WriteAttributeString("ht", Num(height));
                w.WriteAttributeString("customHeight", "1");
            }
            foreach (var cell in row.Cells)
            {
                if (cell is null || !Written(cell))
                {
                    continue;
                }
                w.WriteStartElement("c");
                w.WriteAttributeString("r", CellRef.Of(row.Number, cell.Column));
                var style = styles.Of(cell.Style);
                if (style != 0)
                {
                    w.WriteAttributeString("s", Num(style));
                }
                switch (cell.Kind)
                {
                    case CellKind.Text when cell.Text.Length > 0:
                        w.WriteAttributeString("t", "s");
                        w.WriteElementString("v", Main, Num(strings.Of(cell.Text)));
                        break;
                    case CellKind.Number or CellKind.DateTime:
                        w.WriteElementString("v", Main, Num(cell.Number));
                        break;
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>A cell goes into the file when it holds a value or has a style of its own.</summary>
    private static bool Written(SheetCell cell) => cell.HasValue || cell.Style != CellStyle.Default;

    private static void WriteColorScale(XmlWriter w, ColorScale scale, int priority)
    {
        w.WriteStartElement("conditionalFormatting");
        w.WriteAttributeString("sqref", $"{CellRef.Of(scale.FirstRow, scale.Column)}:{CellRef.Of(scale.LastRow, scale.Column)}");
        w.WriteStartElement("cfRule");
        w.WriteAttributeString("type", "colorScale");
        w.WriteAttributeString("priority", Num(priority));
        w.WriteStartElement("colorScale");
        Cfvo(w, "min", null);
        Cfvo(w, "num", Num(scale.Mid));
        Cfvo(w, "max", null);
        foreach (var color in new[] { scale.Low, scale.MidColor, scale.High })
        {
            w.WriteStartElement("color");
            w.WriteAttributeString("rgb", "FF" + color);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();

        static void Cfvo(XmlWriter w, string type, string? value)
        {
            w.WriteStartElement("cfvo");
            w.WriteAttributeString("type", type);
            if (value is not null)
            {
                w.WriteAttributeString("val", value);
            }
            w.WriteEndElement();
        }
    }

    private static void WriteLinks(XmlWriter w, Sheet sheet)
    {
        var links = sheet.Rows.Where(r => r is not null).SelectMany(r => r!.Cells).Where(c => c?.Link is not null).ToList();
        if (links.Count == 0)
        {
            return;
        }
        w.WriteStartElement("hyperlinks");
        foreach (var cell in links)
        {
            w.WriteStartElement("hyperlink");
            w.WriteAttributeString("ref", CellRef.Of(cell!.Row.Number, cell.Column));
            w.WriteAttributeString("location", cell.Link);
            w.WriteAttributeString("display", cell.Text);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void WritePrint(XmlWriter w, SheetPrint print)
    {
        w.WriteStartElement("printOptions");
        w.WriteAttributeString("horizontalCentered", "1");
        w.WriteEndElement();
        w.WriteStartElement("pageMargins");
        w.WriteAttributeString("left", "0.4");
        w.WriteAttributeString("right", "0.4");
        w.WriteAttributeString("top", "0.6");
        w.WriteAttributeString("bottom", "0.6");
        w.WriteAttributeString("header", "0.25");
        w.WriteAttributeString("footer", "0.25");
        w.WriteEndElement();
        w.WriteStartElement("pageSetup");
        w.WriteAttributeString("paperSize", "9");
        w.WriteAttributeString("fitToWidth", "1");
        w.WriteAttributeString("fitToHeight", Num(print.PagesTall));
        w.WriteAttributeString("orientation", print.Landscape ? "landscape" : "portrait");
        w.WriteEndElement();
        w.WriteStartElement("headerFooter");
        w.WriteElementString("oddHeader", Main, print.Header);
        w.WriteElementString("oddFooter", Main, print.Footer);
        w.WriteEndElement();
        if (print.BreaksAfter.Count > 0)
        {
            w.WriteStartElement("rowBreaks");
            w.WriteAttributeString("count", Num(print.BreaksAfter.Count));
            w.WriteAttributeString("manualBreakCount", Num(print.BreaksAfter.Count));
            foreach (var row in print.BreaksAfter)
            {
                w.WriteStartElement("brk");
                w.WriteAttributeString("id", Num(row));
                w.WriteAttributeString("max", "16383");
                w.WriteAttributeString("man", "1");
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
    }

    private static void WriteWorkbook(XmlWriter w, IReadOnlyList<Sheet> sheets)
    {
        w.WriteStartElement("workbook", Main);
        w.WriteAttributeString("xmlns", "r", null, RelNs);
        w.WriteStartElement("bookViews");
        w.WriteStartElement("workbookView");
        w.WriteAttributeString("activeTab", "0");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("sheets");
        for (var i = 0; i < sheets.Count; i++)
        {
            w.WriteStartElement("sheet");
            w.WriteAttributeString("name", sheets[i].Name);
            w.WriteAttributeString("sheetId", Num(i + 1));
            w.WriteAttributeString("id", RelNs, $"rId{i + 1}");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("definedNames");
        // Excel sorts defined names by name; each is local to its sheet.
        var names = new List<(string Name, int Sheet, string Value, bool Hidden)>();
        for (var i = 0; i < sheets.Count; i++)
        {
            var s = sheets[i];
            var quoted = $"'{s.Name.Replace("'", "''", StringComparison.Ordinal)}'";
            if (s.AutoFilter is { } f)
            {
                names.Add(("_xlnm._FilterDatabase", i, $"{quoted}!{Absolute(f.Row1, f.Col1)}:{Absolute(f.Row2, f.Col2)}", true));
            }
            names.Add(("_xlnm.Print_Area", i, $"{quoted}!$A$1:{Absolute(s.Print.Area.Row, s.Print.Area.Column)}", false));
            if (s.Print.RepeatRows is { } rows)
            {
                names.Add(("_xlnm.Print_Titles", i, $"{quoted}!${rows.First}:${rows.Last}", false));
            }
        }
        foreach (var (name, sheet, value, hidden) in names.OrderBy(n => n.Name, StringComparer.Ordinal).ThenBy(n => n.Sheet))
        {
            w.WriteStartElement("definedName");
            w.WriteAttributeString("name", name);
            w.WriteAttributeString("localSheetId", Num(sheet));
            if (hidden)
            {
                w.WriteAttributeString("hidden", "1");
            }
            w.WriteString(value);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static string Absolute(int row, int column) => $"${CellRef.Column(column)}${Num(row)}";

    private static void WriteDrawing(ZipArchive zip, DateTime stamp, int drawing, List<WorkbookChart> charts, int[] numbers)
    {
        var anchors = new List<XElement>();
        var rels = new List<(string, string, string)>();
        for (var i = 0; i < charts.Count; i++)
        {
            var doc = ChartXml.Of(charts[i]);
            RawPart(zip, $"xl/charts/chart{numbers[i]}.xml", stamp, doc.WriteTo);
            rels.Add(($"rId{i + 1}", Rel("chart"), $"../charts/chart{numbers[i]}.xml"));
            anchors.Add(ChartParts.Anchor(charts[i], i + 2, $"rId{i + 1}"));
        }
        RawPart(zip, $"xl/drawings/drawing{drawing}.xml", stamp, ChartParts.Drawing(anchors).WriteTo);
        Part(zip, $"xl/drawings/_rels/drawing{drawing}.xml.rels", stamp, w => Relationships(w, rels));
    }

    private static void Relationships(XmlWriter w, IEnumerable<(string Id, string Type, string Target)> rels)
    {
        w.WriteStartElement("Relationships", PackageRels);
        foreach (var (id, type, target) in rels)
        {
            w.WriteStartElement("Relationship");
            w.WriteAttributeString("Id", id);
            w.WriteAttributeString("Type", type);
            w.WriteAttributeString("Target", target);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void CoreProperties(XmlWriter w, DateTime stamp, string author)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        w.WriteStartElement("cp", "coreProperties", cp);
        w.WriteAttributeString("xmlns", "dc", null, dc);
        w.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        w.WriteAttributeString("xmlns", "xsi", null, xsi);
        w.WriteElementString("creator", dc, author);
        var time = stamp.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        foreach (var name in new[] { "created", "modified" })
        {
            w.WriteStartElement(name, dcterms);
            w.WriteAttributeString("type", xsi, "dcterms:W3CDTF");
            w.WriteString(time);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void ContentTypes(XmlWriter w, int sheets, List<(int Drawing, int[] Charts)> drawings)
    {
        const string office = "application/vnd.openxmlformats-officedocument";
        w.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
        Default("rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default("xml", "application/xml");
        Override("/xl/workbook.xml", $"{office}.spreadsheetml.sheet.main+xml");
        for (var i = 1; i <= sheets; i++)
        {
            Override($"/xl/worksheets/sheet{i}.xml", $"{office}.spreadsheetml.worksheet+xml");
        }
        foreach (var (drawing, charts) in drawings)
        {
            Override($"/xl/drawings/drawing{drawing}.xml", $"{office}.drawing+xml");
            foreach (var chart in charts)
            {
                Override($"/xl/charts/chart{chart}.xml", $"{office}.drawingml.chart+xml");
            }
        }
        Override("/xl/styles.xml", $"{office}.spreadsheetml.styles+xml");
        Override("/xl/sharedStrings.xml", $"{office}.spreadsheetml.sharedStrings+xml");
        Override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        w.WriteEndElement();

        void Default(string extension, string type)
        {
            w.WriteStartElement("Default");
            w.WriteAttributeString("Extension", extension);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }

        void Override(string part, string type)
        {
            w.WriteStartElement("Override");
            w.WriteAttributeString("PartName", part);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Every text cell's string once, in order of first use.</summary>
    private sealed class SharedStrings
    {
        private readonly FirstUse<string> _strings = new([]);
        private int _count;

        public int Of(string text)
        {
            _count++;
            return _strings.Of(text);
        }

        public void Write(XmlWriter w)
        {
            w.WriteStartElement("sst", Main);
            w.WriteAttributeString("count", Num(_count));
            w.WriteAttributeString("uniqueCount", Num(_strings.Items.Count));
            foreach (var s in _strings.Items)
            {
                w.WriteStartElement("si");
                w.WriteStartElement("t");
                if (s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || s.Contains('\n', StringComparison.Ordinal)))
                {
                    w.WriteAttributeString("xml", "space", null, "preserve");
                }
                w.WriteString(s);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
    }

    /// <summary>The styles the cells use, each once: fonts, fills and the cell formats combining them.</summary>
    private sealed class StyleTable
    {
        private readonly FirstUse<CellStyle> _styles = new([CellStyle.Default]);
        private readonly FirstUse<(bool Bold, double Size, bool Link)> _fonts = new([(false, CellStyle.DefaultFontSize, false)]);

        // The two fills every workbook starts with (no fill, the gray125 pattern), then the colours in order of first use.
        private readonly FirstUse<string> _fills = new(["none", "gray125"]);

        public int Of(CellStyle style) => _styles.Of(style);

        public void Write(XmlWriter w)
        {
            var xfs = _styles.Items.Select(s => (s, Font: _fonts.Of((s.Bold, s.FontSize, s.Link)), Fill: s.Fill is null ? 0 : _fills.Of(s.Fill))).ToList();
            w.WriteStartElement("styleSheet", Main);
            w.WriteStartElement("numFmts");
            w.WriteAttributeString("count", "1");
            w.WriteStartElement("numFmt");
            w.WriteAttributeString("numFmtId", DateTimeFormatId);
            w.WriteAttributeString("formatCode", DateTimeFormat);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("fonts");
            w.WriteAttributeString("count", Num(_fonts.Items.Count));
            foreach (var (bold, size, link) in _fonts.Items)
            {
                w.WriteStartElement("font");
                if (bold)
                {
                    w.WriteStartElement("b");
                    w.WriteEndElement();
                }
                if (link)
                {
                    w.WriteStartElement("u");
                    w.WriteEndElement();
                }
                Val(w, "sz", Num(size));
                w.WriteStartElement("color");
                w.WriteAttributeString("rgb", link ? LinkColor : "FF000000");
                w.WriteEndElement();
                Val(w, "name", "Calibri");
                Val(w, "family", "2");
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteStartElement("fills");
            w.WriteAttributeString("count", Num(_fills.Items.Count));
            for (var i = 0; i < _fills.Items.Count; i++)
            {
                w.WriteStartElement("fill");
                w.WriteStartElement("patternFill");
                w.WriteAttributeString("patternType", i switch { 0 => "none", 1 => "gray125", _ => "solid" });
                if (i > 1)
                {
                    w.WriteStartElement("fgColor");
                    w.WriteAttributeString("rgb", "FF" + _fills.Items[i]);
                    w.WriteEndElement();
                }
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteStartElement("borders");
            w.WriteAttributeString("count", "1");
            w.WriteStartElement("border");
            foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" })
            {
                w.WriteStartElement(side);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("cellStyleXfs");
            w.WriteAttributeString("count", "1");
            w.WriteStartElement("xf");
            w.WriteAttributeString("numFmtId", "0");
            w.WriteAttributeString("fontId", "0");
            w.WriteAttributeString("fillId", "0");
            w.WriteAttributeString("borderId", "0");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("cellXfs");
            w.WriteAttributeString("count", Num(xfs.Count));
            foreach (var (s, font, fill) in xfs)
            {
                w.WriteStartElement("xf");
                w.WriteAttributeString("numFmtId", s.DateTime ? DateTimeFormatId : "0");
                w.WriteAttributeString("fontId", Num(font));
                w.WriteAttributeString("fillId", Num(fill));
                w.WriteAttributeString("borderId", "0");
                w.WriteAttributeString("xfId", "0");
                if (s.QuotePrefix)
                {
                    w.WriteAttributeString("quotePrefix", "1");
                }
                if (s.DateTime)
                {
                    w.WriteAttributeString("applyNumberFormat", "1");
                }
                if (font != 0)
                {
                    w.WriteAttributeString("applyFont", "1");
                }
                if (fill != 0)
                {
                    w.WriteAttributeString("applyFill", "1");
                }
                if (s.Wrap || s.Top)
                {
                    w.WriteAttributeString("applyAlignment", "1");
                    w.WriteStartElement("alignment");
                    if (s.Top)
                    {
                        w.WriteAttributeString("vertical", "top");
                    }
                    if (s.Wrap)
                    {
                        w.WriteAttributeString("wrapText", "1");
                    }
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteStartElement("cellStyles");
            w.WriteAttributeString("count", "1");
            w.WriteStartElement("cellStyle");
            w.WriteAttributeString("name", "Normal");
            w.WriteAttributeString("xfId", "0");
            w.WriteAttributeString("builtinId", "0");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }

        private static void Val(XmlWriter w, string name, string value)
        {
            w.WriteStartElement(name);
            w.WriteAttributeString("val", value);
            w.WriteEndElement();
        }
    }

    /// <summary>Items numbered in order of first use (shared strings, cell formats, fonts, fills), each once.</summary>
    private sealed class FirstUse<T>
        where T : notnull
    {
        private readonly Dictionary<T, int> _index = [];

        public FirstUse(IEnumerable<T> first)
        {
            foreach (var item in first)
            {
                Of(item);
            }
        }

        public List<T> Items { get; } = [];

        public int Of(T item)
        {
            if (!_index.TryGetValue(item, out var i))
            {
                i = Items.Count;
                _index[item] = i;
                Items.Add(item);
            }
            return i;
        }
    }
}

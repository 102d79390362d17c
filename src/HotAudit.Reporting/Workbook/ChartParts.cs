using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HotAudit.Reporting.Workbook;

/// <summary>
/// Adds native charts to a saved workbook: ClosedXML 0.95.4 writes no charts, so each sheet's charts go in afterwards as
/// a drawing part with one chart part per chart (DocumentFormat.OpenXml).
/// </summary>
internal static class ChartParts
{
    private static readonly XNamespace Xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Adds the charts to the workbook in <paramref name="package"/> (read-write, seekable).</summary>
    public static void Add(Stream package, IReadOnlyList<WorkbookChart> charts)
    {
        if (charts.Count == 0)
        {
            return;
        }
        using var doc = SpreadsheetDocument.Open(package, isEditable: true);
        var book = doc.WorkbookPart!;
        foreach (var group in charts.GroupBy(c => c.Sheet, StringComparer.Ordinal))
        {
            var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == group.Key);
            AddTo((WorksheetPart)book.GetPartById(sheet.Id!), [.. group]);
        }
    }

    private static void AddTo(WorksheetPart worksheet, List<WorkbookChart> charts)
    {
        var drawing = worksheet.AddNewPart<DrawingsPart>();
        var anchors = new List<XElement>();
        for (var i = 0; i < charts.Count; i++)
        {
            var chart = drawing.AddNewPart<ChartPart>();
            Feed(chart, ChartXml.Of(charts[i]));
            anchors.Add(Anchor(charts[i], i + 2, drawing.GetIdOfPart(chart)));
        }
        Feed(drawing, new XDocument(new XElement(Xdr + "wsDr",
            new XAttribute(XNamespace.Xmlns + "xdr", Xdr), new XAttribute(XNamespace.Xmlns + "a", ChartXml.A), anchors)));
        var element = new Drawing { Id = worksheet.GetIdOfPart(drawing) };
        // CT_Worksheet is a sequence: drawing comes before these.
        var before = worksheet.Worksheet.ChildElements.FirstOrDefault(e =>
            e is LegacyDrawing or LegacyDrawingHeaderFooter or Picture or OleObjects or Controls or WebPublishItems or TableParts or WorksheetExtensionList);
        if (before is null)
        {
            worksheet.Worksheet.Append(element);
        }
        else
        {
            worksheet.Worksheet.InsertBefore(element, before);
        }
        worksheet.Worksheet.Save();
    }

    private static XElement Anchor(WorkbookChart chart, int id, string relationship)
    {
        var (col, row, cols, rows) = chart.Anchor;
        return new XElement(Xdr + "twoCellAnchor",
            Marker("from", col, row), Marker("to", col + cols, row + rows),
            new XElement(Xdr + "graphicFrame", new XAttribute("macro", ""),
                new XElement(Xdr + "nvGraphicFramePr",
                    new XElement(Xdr + "cNvPr", new XAttribute("id", id), new XAttribute("name", $"Chart {id - 1}")),
                    new XElement(Xdr + "cNvGraphicFramePr")),
                new XElement(Xdr + "xfrm",
                    new XElement(ChartXml.A + "off", new XAttribute("x", 0), new XAttribute("y", 0)),
                    new XElement(ChartXml.A + "ext", new XAttribute("cx", 0), new XAttribute("cy", 0))),
                new XElement(ChartXml.A + "graphic", new XElement(ChartXml.A + "graphicData",
                    new XAttribute("uri", ChartXml.C.NamespaceName),
                    new XElement(ChartXml.C + "chart", new XAttribute(XNamespace.Xmlns + "c", ChartXml.C),
                        new XAttribute(XNamespace.Xmlns + "r", R), new XAttribute(R + "id", relationship))))),
            new XElement(Xdr + "clientData"));
    }

    private static XElement Marker(string name, int col, int row) => new(Xdr + name,
        new XElement(Xdr + "col", col), new XElement(Xdr + "colOff", 0), new XElement(Xdr + "row", row), new XElement(Xdr + "rowOff", 0));

    private static void Feed(OpenXmlPart part, XDocument xml)
    {
        using var stream = new MemoryStream();
        xml.Save(stream, SaveOptions.DisableFormatting);
        stream.Position = 0;
        part.FeedData(stream);
    }
}

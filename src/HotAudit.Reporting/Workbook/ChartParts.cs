using System.Xml.Linq;

namespace HotAudit.Reporting.Workbook;

/// <summary>
/// The drawing of a sheet's native charts (ClosedXML 0.95.4, which wrote the workbook before, wrote no charts): one
/// two-cell anchor per chart, each pointing at its chart part by relationship id. <see cref="XlsxPackage"/> writes the parts.
/// </summary>
internal static class ChartParts
{
    private static readonly XNamespace Xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The drawing part holding these anchors.</summary>
    public static XDocument Drawing(IEnumerable<XElement> anchors) => new(new XElement(Xdr + "wsDr",
        new XAttribute(XNamespace.Xmlns + "xdr", Xdr), new XAttribute(XNamespace.Xmlns + "a", ChartXml.A), anchors));

    /// <summary>A chart's anchor: its cells, its drawing id and the relationship of its chart part.</summary>
    public static XElement Anchor(WorkbookChart chart, int id, string relationship)
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
}

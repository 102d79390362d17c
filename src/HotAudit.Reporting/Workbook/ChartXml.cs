using System.Globalization;
using System.Xml.Linq;

namespace HotAudit.Reporting.Workbook;

/// <summary>A <see cref="WorkbookChart"/> as DrawingML chart XML (c:chartSpace) referencing its cells, with caches.</summary>
internal static class ChartXml
{
    public static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const int CategoryAxis = 1;
    private const int ValueAxis = 2;

    public static XDocument Of(WorkbookChart chart)
    {
        var kind = chart.Line ? "lineChart" : "barChart";
        var plot = new XElement(C + kind,
            chart.Line ? null : new XElement(C + "barDir", Val("col")),
            new XElement(C + "grouping", Val(chart.Line ? "standard" : "clustered")),
            new XElement(C + "varyColors", Val("0")),
            chart.Series.Select((s, i) => Series(chart, s, i)),
            chart.Line ? new XElement(C + "marker", Val("1")) : new XElement(C + "gapWidth", Val("80")),
            new XElement(C + "axId", Val(CategoryAxis)), new XElement(C + "axId", Val(ValueAxis)));
        return new XDocument(new XElement(C + "chartSpace",
            new XAttribute(XNamespace.Xmlns + "c", C), new XAttribute(XNamespace.Xmlns + "a", A),
            new XElement(C + "roundedCorners", Val("0")),
            new XElement(C + "chart",
                Title(chart.Title),
                new XElement(C + "autoTitleDeleted", Val("0")),
                new XElement(C + "plotArea", new XElement(C + "layout"), plot, CategoryAxisElement(), ValueAxisElement()),
                chart.Series.Count > 1 ? new XElement(C + "legend", new XElement(C + "legendPos", Val("b")), new XElement(C + "overlay", Val("0"))) : null,
                new XElement(C + "plotVisOnly", Val("1")),
                new XElement(C + "dispBlanksAs", Val("gap")))));
    }

    private static XElement Series(WorkbookChart chart, ChartSeries s, int index)
    {
        var bars = !chart.Line;
        return new XElement(C + "ser",
            new XElement(C + "idx", Val(index)), new XElement(C + "order", Val(index)),
            new XElement(C + "tx", new XElement(C + "v", s.Name)),
            bars ? Fill("808080", line: true) : Line(s.Colors[0]),
            bars ? new XElement(C + "invertIfNegative", Val("0")) : new XElement(C + "marker", new XElement(C + "symbol", Val("circle")), new XElement(C + "size", Val(4))),
            bars ? s.Colors.Select((c, i) => new XElement(C + "dPt", new XElement(C + "idx", Val(i)), new XElement(C + "invertIfNegative", Val("0")),
                new XElement(C + "bubble3D", Val("0")), Fill(c.TrimStart('#'), line: true))) : null,
            new XElement(C + "cat", new XElement(C + "strRef", new XElement(C + "f", Ref(chart.Sheet, chart.Categories)),
                new XElement(C + "strCache", new XElement(C + "ptCount", Val(chart.Categories.Values.Count)),
                    chart.Categories.Values.Select((v, i) => new XElement(C + "pt", new XAttribute("idx", i), new XElement(C + "v", Cells.Sanitize(v))))))),
            new XElement(C + "val", new XElement(C + "numRef", new XElement(C + "f", Ref(chart.Sheet, s.Values)),
                new XElement(C + "numCache", new XElement(C + "formatCode", "General"), new XElement(C + "ptCount", Val(s.Values.Values.Count)),
                    s.Values.Values.Select((v, i) => v is { } d ? new XElement(C + "pt", new XAttribute("idx", i),
                        new XElement(C + "v", Math.Round(d, 4).ToString(CultureInfo.InvariantCulture))) : null)))),
            bars ? null : new XElement(C + "smooth", Val("0")));
    }

    private static XElement Title(string text) => new(C + "title",
        new XElement(C + "tx", new XElement(C + "rich", new XElement(A + "bodyPr"), new XElement(A + "p",
            new XElement(A + "pPr", new XElement(A + "defRPr", new XAttribute("sz", 1200), new XAttribute("b", 1))),
            new XElement(A + "r", new XElement(A + "t", Cells.Sanitize(text)))))),
        new XElement(C + "overlay", Val("0")));

    private static XElement CategoryAxisElement() => new(C + "catAx",
        new XElement(C + "axId", Val(CategoryAxis)), new XElement(C + "scaling", new XElement(C + "orientation", Val("minMax"))),
        new XElement(C + "delete", Val("0")), new XElement(C + "axPos", Val("b")),
        new XElement(C + "tickLblPos", Val("nextTo")), new XElement(C + "crossAx", Val(ValueAxis)), new XElement(C + "crosses", Val("autoZero")),
        new XElement(C + "auto", Val("1")), new XElement(C + "lblAlgn", Val("ctr")), new XElement(C + "lblOffset", Val(100)));

    private static XElement ValueAxisElement() => new(C + "valAx",
        new XElement(C + "axId", Val(ValueAxis)), new XElement(C + "scaling", new XElement(C + "orientation", Val("minMax"))),
        new XElement(C + "delete", Val("0")), new XElement(C + "axPos", Val("l")), new XElement(C + "majorGridlines"),
        new XElement(C + "numFmt", new XAttribute("formatCode", "General"), new XAttribute("sourceLinked", 1)),
        new XElement(C + "tickLblPos", Val("nextTo")), new XElement(C + "crossAx", Val(CategoryAxis)), new XElement(C + "crosses", Val("autoZero")),
        new XElement(C + "crossBetween", Val("between")));

    private static XElement Fill(string rgb, bool line) => new(C + "spPr",
        new XElement(A + "solidFill", new XElement(A + "srgbClr", Val(rgb))),
        line ? new XElement(A + "ln", new XElement(A + "solidFill", new XElement(A + "srgbClr", Val("808080")))) : null);

    private static XElement Line(string color) => new(C + "spPr",
        new XElement(A + "ln", new XAttribute("w", 22225), new XElement(A + "solidFill", new XElement(A + "srgbClr", Val(color.TrimStart('#'))))));

    private static string Ref<T>(string sheet, ChartRange<T> range)
    {
        var col = CellRef.Column(range.Column);
        return $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'!${col}${range.FirstRow}:${col}${range.LastRow}";
    }

    private static XAttribute Val(object value) => new("val", Convert.ToString(value, CultureInfo.InvariantCulture)!);
}

using System.Xml;
using System.Xml.Linq;

namespace HotAudit.Reporting.Tests.Support;

/// <summary>Parses report.html as XML (it is written XHTML-compatible), so tests can query its elements.</summary>
internal static class HtmlDocument
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }
}

using System.Net;
using System.Text;
using System.Xml;

namespace HotAudit.Reporting.Html;

/// <summary>
/// The only way report.html takes text from the inputs: characters XML 1.0 cannot carry become U+FFFD (the page stays
/// XHTML-parseable), then everything markup could read as markup is encoded.
/// </summary>
internal static class HtmlText
{
    /// <summary>Text safe between tags and inside a quoted attribute.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        return WebUtility.HtmlEncode(Sanitize(text));
    }

    private static string Sanitize(string text)
    {
        if (text.All(c => XmlConvert.IsXmlChar(c)))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                sb.Append(c).Append(text[++i]);
            }
            else
            {
                sb.Append('\uFFFD');
            }
        }
        return sb.ToString();
    }
}

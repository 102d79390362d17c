using System.Text;
using System.Xml;

namespace HotAudit.Reporting;

/// <summary>
/// Text from the inputs made fit for an XML 1.0 document (the workbook's cells, report.html, junit.xml): every
/// character XML cannot carry (control characters, a lone surrogate) becomes U+FFFD, a valid surrogate pair is kept.
/// </summary>
internal static class XmlText
{
    /// <summary>The text with U+FFFD for what XML cannot carry, cut to <paramref name="maxChars"/> characters.</summary>
    public static string Sanitize(string text, int maxChars = int.MaxValue)
    {
        if (text.Length <= maxChars && text.All(c => XmlConvert.IsXmlChar(c)))
        {
            return text;
        }
        var sb = new StringBuilder(Math.Min(text.Length, maxChars));
        for (var i = 0; i < text.Length && sb.Length < maxChars; i++)
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
        return sb.Length > maxChars ? sb.ToString(0, maxChars) : sb.ToString();
    }
}

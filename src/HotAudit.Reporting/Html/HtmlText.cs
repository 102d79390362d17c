using System.Net;

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
        return WebUtility.HtmlEncode(XmlText.Sanitize(text));
    }
}

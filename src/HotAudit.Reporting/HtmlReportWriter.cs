using System.Text;
using HotAudit.Core.Assessment;
using HotAudit.Reporting.Html;

namespace HotAudit.Reporting;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (inline style and SVG charts; no script, font, style sheet or image
/// from elsewhere) with the summary and tester code, clauses, findings and their evidence, anomalies, traceability and
/// data quality. The markup is XHTML-compatible and every value from the inputs is HTML-encoded.
/// </summary>
internal static class HtmlReportWriter
{
    /// <summary>Writes the page as UTF-8 to a stream (left open).</summary>
    /// <param name="result">The assessment.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="lang"><c>zh-CN</c> or <c>en</c>: which language shows first, or alone where only one fits.</param>
    public static void Write(AssessmentResult result, Stream stream, string lang = "zh-CN")
    {
        var bytes = Encoding.UTF8.GetBytes(Render(result, lang));
        stream.Write(bytes);
    }

    /// <summary>The page as text.</summary>
    public static string Render(AssessmentResult result, string lang = "zh-CN")
    {
        ArgumentNullException.ThrowIfNull(result);
        var ctx = new HtmlContext(result, lang);
        var p = new HtmlPage();
        p.Raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").Raw(ctx.Zh ? "zh-CN" : "en").Raw("\">\n<head>\n")
            .Raw("<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\" />\n")
            .Element("title", $"HotAudit — {result.Case.Id}")
            .Open("style").Raw(HtmlStyle.Css).Close("style").Raw("</head>\n").Open("body");
        SummarySection.Write(p, ctx);
        ContentsSection.Write(p, ctx);
        ChartsSection.Write(p, ctx);
        ClausesSection.Write(p, ctx);
        FindingsSection.Write(p, ctx);
        AnomaliesSection.Write(p, ctx);
        TraceabilitySection.Write(p, ctx);
        QualitySection.Write(p, ctx);
        p.Close("body").Raw("</html>\n");
        return p.ToString();
    }
}

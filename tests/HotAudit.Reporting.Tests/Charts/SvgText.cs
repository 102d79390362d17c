using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SkiaSharp;

namespace HotAudit.Reporting.Tests.Charts;

/// <summary>
/// One horizontal text element of a chart's SVG with the box its glyphs take: the font's ascent above the baseline and
/// its descent below, and from the first glyph's x to the last glyph's x plus half an em.
/// </summary>
internal sealed record SvgText(string Text, double Left, double Right, double Top, double Bottom, string? ClipPath)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Every text of <paramref name="svg"/> that is not rotated.</summary>
    public static IReadOnlyList<SvgText> All(string svg)
    {
        var doc = XDocument.Parse(svg);
        var texts = new List<SvgText>();
        foreach (var e in doc.Descendants(Svg + "text"))
        {
            var translate = Regex.Match((string?)e.Attribute("transform") ?? "", @"^translate\(([-\d.]+) ([-\d.]+)\)$");
            var xs = Numbers((string?)e.Attribute("x"));
            var ys = Numbers((string?)e.Attribute("y"));
            if (!translate.Success || xs.Count == 0 || ys.Count == 0)
            {
                continue;
            }
            var size = float.Parse((string)e.Attribute("font-size")!, CultureInfo.InvariantCulture);
            using var typeface = SKTypeface.FromFamilyName((string?)e.Attribute("font-family"));
            using var font = new SKFont(typeface, size);
            var (tx, ty) = (Number(translate.Groups[1].Value), Number(translate.Groups[2].Value));
            var baseline = ty + ys[0];
            var clip = e.Ancestors(Svg + "g").Select(g => (string?)g.Attribute("clip-path")).FirstOrDefault(c => c is not null);
            texts.Add(new(e.Value.Trim(), tx + xs[0], tx + xs[^1] + size / 2, baseline + font.Metrics.Ascent, baseline + font.Metrics.Descent,
                clip is null ? null : clip[5..^1]));
        }
        return texts;
    }

    /// <summary>The rectangle of a clip path: (left, top, right, bottom).</summary>
    public static (double Left, double Top, double Right, double Bottom) ClipRect(string svg, string id)
    {
        var rect = XDocument.Parse(svg).Descendants(Svg + "clipPath").Single(c => (string?)c.Attribute("id") == id).Element(Svg + "rect")!;
        double A(string name) => Number((string)rect.Attribute(name)!);
        return (A("x"), A("y"), A("x") + A("width"), A("y") + A("height"));
    }

    private static List<double> Numbers(string? list) =>
        [.. (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Number)];

    private static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text;

namespace HotAudit.Reporting.Html;

/// <summary>
/// Builds report.html as XHTML-compatible markup (every element closed, attributes quoted, no named entities), so the
/// page is well-formed XML as well as HTML. Text always goes through <see cref="HtmlText"/>; only this writer's own
/// tags and the charts' SVG are written raw.
/// </summary>
internal sealed class HtmlPage
{
    private readonly StringBuilder _sb = new();

    /// <summary>Opens an element; <paramref name="id"/> and <paramref name="cls"/> are the writer's own words, never input.</summary>
    public HtmlPage Open(string tag, string? id = null, string? cls = null)
    {
        _sb.Append('<').Append(tag);
        if (id is not null)
        {
            _sb.Append(" id=\"").Append(id).Append('"');
        }
        if (cls is not null)
        {
            _sb.Append(" class=\"").Append(cls).Append('"');
        }
        _sb.Append('>');
        return this;
    }

    public HtmlPage Close(string tag)
    {
        _sb.Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>A link to an anchor of this page (<paramref name="href"/> is the writer's own, never input).</summary>
    public HtmlPage Link(string href, string text)
    {
        _sb.Append("<a href=\"").Append(href).Append("\">");
        return Text(text).Close("a");
    }

    /// <summary>An element holding encoded text.</summary>
    public HtmlPage Element(string tag, string? text, string? cls = null) => Open(tag, cls: cls).Text(text).Close(tag);

    public HtmlPage Text(string? text)
    {
        _sb.Append(HtmlText.Encode(text));
        return this;
    }

    /// <summary>Markup made by this writer or by the chart renderer (well-formed SVG).</summary>
    public HtmlPage Raw(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    /// <summary>A table: a header row and one row per item, every cell encoded; <paramref name="classes"/> colours cells by column.</summary>
    public HtmlPage Table(string id, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, Func<int, object?, string?>? classes = null)
    {
        Open("table", id).Open("thead").Open("tr");
        foreach (var h in headers)
        {
            Element("th", h);
        }
        Close("tr").Close("thead").Open("tbody");
        foreach (var row in rows)
        {
            Open("tr");
            for (var i = 0; i < row.Count; i++)
            {
                Element("td", Format(row[i]), classes?.Invoke(i, row[i]));
            }
            Close("tr");
        }
        return Close("tbody").Close("table");
    }

    /// <summary>Label/value pairs as a definition list.</summary>
    public HtmlPage Pairs(string cls, IEnumerable<(string Label, object? Value)> pairs)
    {
        Open("dl", cls: cls);
        foreach (var (label, value) in pairs)
        {
            Element("dt", label).Element("dd", Format(value));
        }
        return Close("dl");
    }

    public override string ToString() => _sb.ToString();

    private static string? Format(object? value) => value switch
    {
        null => null,
        double d => Math.Round(d, 4).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

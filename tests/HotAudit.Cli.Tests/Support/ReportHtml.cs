using System.Text.RegularExpressions;

namespace HotAudit.Cli.Tests.Support;

/// <summary>The text a reader of report.html sees in its tables and lists, markup removed.</summary>
internal static partial class ReportHtml
{
    /// <summary>The cells of every table's columns whose heading starts with one of <paramref name="headings"/>.</summary>
    public static IEnumerable<string> ColumnCells(string html, params string[] headings)
    {
        foreach (Match table in Table().Matches(html))
        {
            var columns = Heading().Matches(table.Value).Select((m, i) => (Text: Text(m.Groups[1].Value), i))
                .Where(h => headings.Any(p => h.Text.StartsWith(p, StringComparison.Ordinal))).Select(h => h.i).ToHashSet();
            foreach (Match row in Row().Matches(table.Value))
            {
                var cells = Cell().Matches(row.Value).Select(m => Text(m.Groups[1].Value)).ToList();
                foreach (var i in columns.Where(i => i < cells.Count))
                {
                    yield return cells[i];
                }
            }
        }
    }

    /// <summary>The items of the list with id <paramref name="id"/>.</summary>
    public static IEnumerable<string> ListItems(string html, string id) =>
        Regex.Match(html, $"<ul id=\"{Regex.Escape(id)}\">.*?</ul>", RegexOptions.Singleline) is { Success: true } list
            ? Item().Matches(list.Value).Select(i => Text(i.Groups[1].Value)) : [];

    private static string Text(string markup) => System.Net.WebUtility.HtmlDecode(Tag().Replace(markup, ""));

    [GeneratedRegex("<table[^>]*>.*?</table>", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex("<th[^>]*>(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<tr[^>]*>(?:(?!<th).)*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<li[^>]*>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex Item();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}

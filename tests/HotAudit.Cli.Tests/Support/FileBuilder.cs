namespace HotAudit.Cli.Tests.Support;

/// <summary>The lines of one input file, in the order they are written (tests choose the order, not the builder).</summary>
internal sealed class FileBuilder
{
    private readonly List<FileLine> _lines = [];

    public IReadOnlyList<FileLine> Lines => _lines;

    /// <summary>Accepted rows.</summary>
    public FileBuilder Add(params ICaseRow[] rows) => Add((IEnumerable<ICaseRow>)rows);

    /// <summary>Accepted rows.</summary>
    public FileBuilder Add(IEnumerable<ICaseRow> rows)
    {
        foreach (var row in rows)
        {
            _lines.Add(new FileLine(row, null, null));
        }

        return this;
    }

    /// <summary>A row the tool must reject, naming <paramref name="field"/> (DATA-CONTRACT.md "Exactly which rows are rejected").</summary>
    public FileBuilder Reject(ICaseRow row, string field)
    {
        _lines.Add(new FileLine(row, null, field));
        return this;
    }

    /// <summary>Text written as it is; <paramref name="rejectedField"/> when the tool must reject it.</summary>
    public FileBuilder Raw(string text, string? rejectedField)
    {
        _lines.Add(new FileLine(null, text, rejectedField));
        return this;
    }

    /// <summary>A blank line (not a row): empty, or e.g. <c>,,,</c> in a CSV.</summary>
    public FileBuilder Blank(string text = "")
    {
        _lines.Add(new FileLine(null, text, null, IsBlank: true));
        return this;
    }
}

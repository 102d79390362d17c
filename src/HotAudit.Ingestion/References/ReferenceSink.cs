using System.Globalization;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Quality;
using HotAudit.Core.Time;

namespace HotAudit.Ingestion;

/// <summary>
/// Takes the rows of a reference file whole: every row is kept; a value that does not read as its column's type is a
/// data-quality issue, never a rejection.
/// </summary>
internal sealed class ReferenceSink(string name, Schema schema, TimeSpan offset, List<ReferenceRow> rows, IngestState state)
    : FileSink(name, state)
{
    public override void Row(RowBuffer row)
    {
        Tally.Rows++;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var extra in row.Extras)
        {
            values.TryAdd(extra.Key, extra.Value);
        }
        for (var slot = 0; slot < schema.Columns.Count; slot++)
        {
            if (row.Has(slot))
            {
                var column = schema.Columns[slot];
                values[column.Name] = row.Get(slot).ToString();
                Check(row.Line, column, row.Get(slot));
            }
        }
        rows.Add(new ReferenceRow(Name, row.Line, values));
    }

    public override void Unreadable(int line)
    {
        Tally.Rows++;
        Issue(line, "line", RunMessages.ReferenceRowMissing.Format(RunMessages.NotJsonObject.En));
    }

    public override void Rejected(int line, string reason)
    {
        Tally.Rows++;
        Issue(line, "line", RunMessages.ReferenceRowMissing.Format(reason));
    }

    private void Check(int line, Column column, ReadOnlySpan<char> value)
    {
        var problem = column.Type switch
        {
            ColumnType.Timestamp => Timestamps.TryParse(value, offset, out _, out var error) ? null : error,
            ColumnType.Bool => RowValidator.ReadBool(value) is null ? RejectionReasons.NotBoolean.Format(value.ToString()) : null,
            ColumnType.Integer => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                ? null : RunMessages.NotInteger.Format(value.ToString()),
            ColumnType.Enum when !IsInVocabulary(column, value) => RejectionReasons.NotOneOf.Format(value.ToString(), string.Join(", ", column.Vocabulary!)),
            _ => null,
        };
        if (problem is not null)
        {
            Issue(line, column.Name, RunMessages.ValueUnusable.Format(problem));
        }
    }

    private static bool IsInVocabulary(Column column, ReadOnlySpan<char> value)
    {
        foreach (var v in column.Vocabulary!)
        {
            if (value.Equals(v, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

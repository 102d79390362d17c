namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>RFC 4180 fields: quoted when they hold the delimiter, a quote or a line break.</summary>
internal static class CsvText
{
    public static string Field(string? value, char delimiter)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        return value.Contains(delimiter) || value.Contains('"') || value.Contains('\n') || value.Contains('\r')
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
    }

    public static string Line(IEnumerable<string?> fields, char delimiter) => string.Join(delimiter, fields.Select(f => Field(f, delimiter)));
}

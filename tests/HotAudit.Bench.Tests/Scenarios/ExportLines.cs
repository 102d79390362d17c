using System.Text;

namespace HotAudit.Bench.Tests.Scenarios;

/// <summary>Reading a written export's lines back in a test: a delimited line's fields (quotes honoured), and a row as field → value.</summary>
internal static class ExportLines
{
    /// <summary>The fields of one delimited line; a quoted field may hold the delimiter and doubled quotes.</summary>
    public static string[] Split(string line, char delimiter)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
                current.Append(line[++i]);
            else if (c == '"')
                quoted = !quoted;
            else if (c == delimiter && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
                current.Append(c);
        }
        fields.Add(current.ToString());
        return [.. fields];
    }

    /// <summary>A row as field → value, empty fields left out.</summary>
    public static Dictionary<string, string> Fields(string[] header, string[] values) =>
        header.Zip(values).Where(p => p.Second.Length > 0).ToDictionary(p => p.First, p => p.Second);
}

using System.Globalization;
using System.Text;

namespace HotAudit.Signing.Formats;

/// <summary>
/// JavaScript's <c>JSON.stringify</c> of an array of strings, byte for byte: only <c>"</c>, <c>\</c> and control
/// characters are escaped (short forms where JSON has them, else <c>\u00xx</c>); everything else is written as is.
/// CodePush hashes this text, so a general-purpose JSON writer (which escapes more) would give another hash.
/// </summary>
internal static class JsonStringify
{
    public static string Array(IEnumerable<string> items)
    {
        var json = new StringBuilder("[");
        var first = true;
        foreach (var item in items)
        {
            json.Append(first ? "\"" : ",\"");
            first = false;
            foreach (var c in item)
            {
                Append(json, c);
            }
            json.Append('"');
        }
        return json.Append(']').ToString();
    }

    private static void Append(StringBuilder json, char c)
    {
        switch (c)
        {
            case '"': json.Append("\\\""); break;
            case '\\': json.Append("\\\\"); break;
            case '\b': json.Append("\\b"); break;
            case '\f': json.Append("\\f"); break;
            case '\n': json.Append("\\n"); break;
            case '\r': json.Append("\\r"); break;
            case '\t': json.Append("\\t"); break;
            case < ' ': json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
            default: json.Append(c); break;
        }
    }
}

using System.Globalization;
using System.Text;

namespace HotAudit.Worker;

/// <summary>
/// Text from outside (inbox names, file names in messages) made safe for a log line or a console table: control and
/// format characters (line breaks, escape sequences, bidi overrides) written as <c>\uXXXX</c>, so it cannot fake lines.
/// </summary>
public static class LogText
{
    /// <summary>The text with every control and format character written as <c>\uXXXX</c>; empty for null.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(Unsafe))
        {
            return text ?? "";
        }
        var b = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            b.Append(Unsafe(c) ? $"\\u{(int)c:X4}" : c);
        }
        return b.ToString();
    }

    /// <summary>Like <see cref="Escape"/>, but keeps line breaks: for multi-line messages such as an error file's.</summary>
    public static string EscapeLines(string text) => string.Join('\n', text.Split('\n').Select(Escape));

    private static bool Unsafe(char c) => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}

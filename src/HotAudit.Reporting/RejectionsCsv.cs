using System.Text;
using HotAudit.Core.Quality;

namespace HotAudit.Reporting;

/// <summary>
/// <c>rejections.csv</c> beside the workbook: every rejected row (file, line, field, reason), since the workbook groups
/// them. RFC 4180 quoting; a value that a spreadsheet would read as a formula (= + - @ tab CR) gets a leading
/// apostrophe, so opening the file never runs input as a formula.
/// </summary>
internal static class RejectionsCsv
{
    public const string FileName = "rejections.csv";

    public static void Write(IReadOnlyList<Rejection> rejections, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine("file,line,field,reason");
        foreach (var r in rejections)
        {
            writer.WriteLine(string.Join(',', Field(r.File), r.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), Field(r.Field), Field(r.Reason)));
        }
    }

    /// <summary>A value made safe for a spreadsheet, then quoted when it holds a comma, quote or line break.</summary>
    internal static string Field(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}

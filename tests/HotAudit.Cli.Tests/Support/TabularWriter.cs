using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace HotAudit.Cli.Tests.Support;

/// <summary>Writes the lines of one file in a <see cref="FileFormat"/> and reports where each planted rejection landed.</summary>
internal static class TabularWriter
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    static TabularWriter() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static WrittenFile Write(
        string path, FileFormat format, IReadOnlyList<string> columns, IReadOnlyList<FileLine> lines, TimeSpan caseOffset)
    {
        var text = new List<string>();
        var firstDataLine = 1;
        if (format != FileFormat.JsonLines)
        {
            var headers = format == FileFormat.CsvGb18030Chinese ? columns.Select(ChineseHeaders.For) : columns;
            text.Add(string.Join(Delimiter(format), headers));
            firstDataLine = 2;
        }

        var name = Path.GetFileName(path);
        var rejections = new List<ExpectedRejection>();
        var rows = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            text.Add(line.Row is { } row ? Render(row, format, columns, caseOffset) : line.Raw ?? string.Empty);
            rows += line.IsBlank ? 0 : 1;
            if (line.RejectedField is { } field)
            {
                rejections.Add(new ExpectedRejection(name, firstDataLine + i, field));
            }
        }

        var newline = format == FileFormat.CsvBomCrlf ? "\r\n" : "\n";
        var bytes = Encode(string.Join(newline, text) + newline, format);
        File.WriteAllBytes(path, format == FileFormat.CsvGzip ? Gzip(bytes) : bytes);
        return new WrittenFile(name, rows, rejections);
    }

    private static string Delimiter(FileFormat format) => format == FileFormat.CsvSemicolon ? ";" : ",";

    private static string Render(ICaseRow row, FileFormat format, IReadOnlyList<string> columns, TimeSpan caseOffset)
    {
        if (format == FileFormat.JsonLines)
        {
            return RenderJson(row, columns);
        }

        var delimiter = Delimiter(format);
        var fields = columns.Select(c => c == "ts" ? row.RawTs ?? FormatTs(row.Timestamp, format, caseOffset) : row.Value(c));
        return string.Join(delimiter, fields.Select(f => Quote(f ?? string.Empty, delimiter)));
    }

    private static string RenderJson(ICaseRow row, IReadOnlyList<string> columns)
    {
        var obj = new JsonObject();
        foreach (var column in columns)
        {
            if (column == "ts")
            {
                obj["ts"] = row.RawTs is { } raw ? JsonValue.Create(raw) : JsonValue.Create(row.Timestamp?.ToUnixTimeMilliseconds());
                continue;
            }

            obj[column] = row.Value(column) switch
            {
                null => null,
                "true" => JsonValue.Create(true),
                "false" => JsonValue.Create(false),
                var v => JsonValue.Create(v),
            };
            if (obj[column] is null)
            {
                obj.Remove(column);
            }
        }

        return obj.ToJsonString();
    }

    private static string? FormatTs(DateTimeOffset? ts, FileFormat format, TimeSpan caseOffset)
    {
        if (ts is not { } value)
        {
            return null;
        }

        var local = value.ToOffset(caseOffset);
        var fraction = local.Millisecond != 0 || format == FileFormat.CsvSemicolon ? ".fff" : string.Empty;
        var clock = local.ToString("yyyy-MM-dd'T'HH:mm:ss" + fraction, CultureInfo.InvariantCulture);
        return format switch
        {
            FileFormat.CsvGb18030Chinese => clock.Replace('T', ' '),
            FileFormat.CsvSemicolon => clock + local.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", string.Empty),
            _ => clock + local.ToString("zzz", CultureInfo.InvariantCulture),
        };
    }

    private static string Quote(string value, string delimiter) =>
        value.Contains(delimiter) || value.Contains('"') || value.Contains('\n') || value.Contains('\r')
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;

    private static byte[] Encode(string text, FileFormat format) => format switch
    {
        FileFormat.CsvBomCrlf => [.. Encoding.UTF8.GetPreamble(), .. Utf8NoBom.GetBytes(text)],
        FileFormat.CsvGb18030Chinese => Encoding.GetEncoding("GB18030").GetBytes(text),
        _ => Utf8NoBom.GetBytes(text),
    };

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }
}

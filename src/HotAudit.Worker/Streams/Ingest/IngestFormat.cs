using System.Text;
using Microsoft.Net.Http.Headers;

namespace HotAudit.Worker.Streams.Ingest;

/// <summary>
/// What a posted body is, from its headers: JSON Lines or CSV with a header (<c>Content-Type</c>), its charset (UTF-8
/// unless said; GB18030 as files may be), and <c>Content-Encoding: gzip</c> or none.
/// </summary>
/// <param name="Extension">The file extension the body is read as: <c>.jsonl</c> or <c>.csv</c>.</param>
/// <param name="Charset">The body's encoding; null for UTF-8.</param>
/// <param name="Gzip">Whether the body is gzip-compressed.</param>
internal sealed record IngestFormat(string Extension, Encoding? Charset, bool Gzip)
{
    private static readonly string[] JsonLines = ["application/x-ndjson", "application/jsonl", "application/json-lines", "application/jsonlines"];
    private static readonly string[] Gb = ["gb18030", "gbk", "gb2312", "cp936"];

    /// <summary>The format of a request, or why it cannot be taken (answered 415).</summary>
    public static IngestFormat? Of(string? contentType, string? contentEncoding, out string? problem)
    {
        problem = null;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType.Value is not { } type)
        {
            problem = $"Content-Type '{contentType}' is not application/x-ndjson or text/csv";
            return null;
        }
        var extension = JsonLines.Contains(type, StringComparer.OrdinalIgnoreCase) ? ".jsonl"
            : type.Equals("text/csv", StringComparison.OrdinalIgnoreCase) ? ".csv" : null;
        if (extension is null)
        {
            problem = $"Content-Type '{type}' is not application/x-ndjson or text/csv";
            return null;
        }
        var charset = media.Charset.Value?.Trim('"');
        Encoding? encoding = null;
        if (charset is { Length: > 0 } && Gb.Contains(charset, StringComparer.OrdinalIgnoreCase))
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            encoding = Encoding.GetEncoding(54936);
        }
        else if (charset is { Length: > 0 } && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            problem = $"charset '{charset}' is not taken: send UTF-8 (the default) or GB18030";
            return null;
        }
        var gzip = contentEncoding?.Trim() switch
        {
            null or "" or "identity" => false,
            var e when e.Equals("gzip", StringComparison.OrdinalIgnoreCase) => true,
            _ => (bool?)null,
        };
        if (gzip is null)
        {
            problem = $"Content-Encoding '{contentEncoding}' is not taken: send gzip or none";
            return null;
        }
        return new IngestFormat(extension, encoding, gzip.Value);
    }
}

using System.IO.Compression;
using System.Text;

namespace HotAudit.Worker.Streams.Ingest;

/// <summary>
/// Saves a posted body as a file the file readers take: decompressed, within <c>Ingest:MaxBody</c> as sent and as
/// inflated, in UTF-8 with a byte order mark (so the readers take the declared UTF-8 as it is and report invalid bytes,
/// instead of guessing another encoding), or transcoded from GB18030 when the charset says so.
/// </summary>
internal static class IngestBody
{
    /// <exception cref="BodyTooLargeException">The body passed the limit.</exception>
    /// <exception cref="InvalidDataException">A gzip body is not valid gzip.</exception>
    public static async Task SaveAsync(Stream body, IngestFormat format, long maxBody, string path, CancellationToken ct)
    {
        Stream content = new LimitedReadStream(body, maxBody, "as sent");
        if (format.Gzip)
        {
            content = new LimitedReadStream(new GZipStream(content, CompressionMode.Decompress), maxBody, "once decompressed");
        }
        if (format.Charset is { } charset)
        {
            content = Encoding.CreateTranscodingStream(content, charset, Encoding.UTF8);
        }
        await using (content)
        {
            await using var file = new FileStream(path, PrivateFiles.CreateOptions);
            await file.WriteAsync(Encoding.UTF8.Preamble.ToArray(), ct);
            var start = new byte[3];
            var n = await content.ReadAtLeastAsync(start, 3, throwOnEndOfStream: false, ct);
            if (!start.AsSpan(0, n).SequenceEqual(Encoding.UTF8.Preamble))
            {
                await file.WriteAsync(start.AsMemory(0, n), ct);
            }
            await content.CopyToAsync(file, 1 << 16, ct);
        }
    }
}

using System.IO.Compression;
using System.Text;

namespace HotAudit.Worker.Streams.Ingest;

/// <summary>
/// Reads a posted body into memory as the file readers take it: decompressed, within <c>Ingest:MaxBody</c> as sent and
/// as inflated, in UTF-8 with a byte order mark (so the readers take the declared UTF-8 as it is and report invalid
/// bytes, instead of guessing another encoding), or transcoded from GB18030 when the charset says so.
/// </summary>
internal static class IngestBody
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <exception cref="BodyTooLargeException">The body passed the limit.</exception>
    /// <exception cref="InvalidDataException">A gzip body is not valid gzip.</exception>
    public static async Task<BodyBuffer> ReadAsync(Stream body, IngestFormat format, long maxBody, long? contentLength, CancellationToken ct)
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
        var buffer = new BodyBuffer(format.Gzip || contentLength is null ? 1 << 20 : contentLength.Value + Bom.Length);
        try
        {
            await using (content)
            {
                buffer.Write(Bom);
                await buffer.FillAsync(content, ct);
            }
            // A body that starts with its own byte order mark keeps that one.
            buffer.Start = buffer.Written[Bom.Length..].StartsWith(Bom) ? Bom.Length : 0;
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }
}

using System.IO.Compression;
using System.Text.Json;

namespace HotAudit.Ingestion;

/// <summary>
/// Reads the column names of a delimited or JSON Lines file (the header line, or the keys of the first object) to
/// explain why every row of it was rejected. Reads at most the first 64 KiB; xlsx files are not probed.
/// </summary>
internal static class HeaderProbe
{
    private const int SampleBytes = 1 << 16;

    public static IReadOnlyList<string> Names(string path)
    {
        var gzip = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var name = gzip ? path[..^3] : path;
        if (name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
        {
            return [];
        }
        var sample = Sample(path, gzip);
        var encoding = EncodingDetector.Detect(sample, sample.Length < SampleBytes);
        var text = encoding.Encoding.GetString(sample.AsSpan(encoding.BomLength));
        var line = text.Split('\n').Select(l => l.Trim('\r', ' ', '\t')).FirstOrDefault(l => l.Length > 0) ?? "";
        if (line.StartsWith('{'))
        {
            return JsonKeys(line);
        }
        var separator = DelimiterDetector.Detect(sample, encoding);
        return [.. line.Split(separator).Select(h => h.Trim().Trim('"').Trim())];
    }

    private static byte[] Sample(string path, bool gzip)
    {
        using var file = File.OpenRead(path);
        using Stream stream = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
        var buffer = new byte[SampleBytes];
        var read = 0;
        while (read < buffer.Length && stream.Read(buffer, read, buffer.Length - read) is var n and > 0)
        {
            read += n;
        }
        return buffer[..read];
    }

    private static IReadOnlyList<string> JsonKeys(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            return doc.RootElement.ValueKind == JsonValueKind.Object ? [.. doc.RootElement.EnumerateObject().Select(p => p.Name)] : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

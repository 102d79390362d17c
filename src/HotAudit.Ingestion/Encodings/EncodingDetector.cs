using System.Text;
using System.Text.Unicode;

namespace HotAudit.Ingestion;

/// <summary>
/// Detects the encoding of a text input as DATA-CONTRACT.md says: a UTF-8 BOM means UTF-8, a UTF-16 BOM UTF-16;
/// otherwise a sample that is valid UTF-8 means UTF-8, and anything else is GB18030.
/// </summary>
internal static class EncodingDetector
{
    /// <summary>Bytes sampled from the start of a file.</summary>
    public const int SampleSize = 1 << 20;

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    });

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

    /// <summary>Detects the encoding of <paramref name="sample"/>, the first bytes of a file (all of it when <paramref name="complete"/>).</summary>
    public static DetectedEncoding Detect(ReadOnlySpan<byte> sample, bool complete)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new("utf-8-bom", Utf8NoBom, 3);
        }
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new("utf-16le", new UnicodeEncoding(false, false), 2);
        }
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new("utf-16be", new UnicodeEncoding(true, false), 2);
        }
        return Utf8.IsValid(complete ? sample : WholeCharacters(sample)) ? new("utf-8", Utf8NoBom, 0) : new("gb18030", Gb18030.Value, 0);
    }

    /// <summary>The sample without a multi-byte character cut off at its end.</summary>
    internal static ReadOnlySpan<byte> WholeCharacters(ReadOnlySpan<byte> sample)
    {
        for (var back = 1; back <= Math.Min(4, sample.Length); back++)
        {
            var b = sample[^back];
            if (b < 0x80)
            {
                return sample;
            }
            if (b >= 0xC0)
            {
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return needed > back ? sample[..^back] : sample;
            }
        }
        return sample;
    }
}

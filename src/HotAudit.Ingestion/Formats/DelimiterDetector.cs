namespace HotAudit.Ingestion;

/// <summary>The delimiter of a delimited file: whichever of <c>,</c> <c>;</c> tab occurs most in the header line (a tie goes to <c>,</c>).</summary>
internal static class DelimiterDetector
{
    /// <summary>Detects the delimiter from the first bytes of a file.</summary>
    public static char Detect(ReadOnlySpan<byte> sample, DetectedEncoding encoding)
    {
        var head = sample[encoding.BomLength..];
        head = head[..Math.Min(head.Length, 1 << 16)];
        var header = FirstNonEmptyLine(encoding.Encoding.GetString(head));
        var commas = header.Count(',');
        var semicolons = header.Count(';');
        var tabs = header.Count('\t');
        if (semicolons > commas && semicolons >= tabs)
        {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    private static ReadOnlySpan<char> FirstNonEmptyLine(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                return line;
            }
        }
        return [];
    }
}

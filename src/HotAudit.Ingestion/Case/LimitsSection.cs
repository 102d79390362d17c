using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace HotAudit.Ingestion;

/// <summary>
/// The case file's <c>limits</c> section: <c>max_line_bytes</c>, <c>gzip_max_bytes</c>, <c>gzip_max_ratio</c>, each a
/// positive whole number; a key left out keeps its default (<see cref="ReadLimits.Default"/>).
/// </summary>
internal static class LimitsSection
{
    public static ReadLimits Read(YamlMappingNode? limits, string file)
    {
        var d = ReadLimits.Default;
        if (limits is null)
        {
            return d;
        }
        return new ReadLimits(
            (int)Number(limits, "max_line_bytes", d.MaxLineBytes, int.MaxValue - (1 << 20), file),
            Number(limits, "gzip_max_bytes", d.GzipMaxBytes, long.MaxValue, file),
            (int)Number(limits, "gzip_max_ratio", d.GzipMaxRatio, int.MaxValue, file));
    }

    private static long Number(YamlMappingNode limits, string key, long fallback, long max, string file)
    {
        var text = limits.Scalar(key, file);
        if (text is null)
        {
            return fallback;
        }
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && n <= max)
        {
            return n;
        }
        throw new CaseInputException($"{file}: limits.{key} '{text}' is not a positive whole number (at most {max})");
    }
}

using System.Globalization;

namespace HotAudit.Ingestion;

/// <summary>
/// What one input may cost to read, so a hostile or broken file ends in a named rejection instead of exhausting memory:
/// the longest line (a longer one is a rejected row, skipped without being held), and how far a <c>.gz</c> may inflate
/// (in total, and as a ratio once <see cref="GzipRatioFloor"/> bytes are out). Set by <c>limits:</c> in the case file;
/// the worker caps them with its own settings (<see cref="Within"/>).
/// </summary>
/// <param name="MaxLineBytes">Longest line in bytes (UTF-8 after transcoding for JSON Lines); default 1 MiB.</param>
/// <param name="GzipMaxBytes">Most bytes one <c>.gz</c> may inflate to; default 16 GiB.</param>
/// <param name="GzipMaxRatio">Most a <c>.gz</c> may inflate relative to the compressed bytes read; default 200.</param>
public sealed record ReadLimits(int MaxLineBytes, long GzipMaxBytes, int GzipMaxRatio)
{
    /// <summary>Inflated bytes below which the ratio is not judged (small files of repeated rows compress very well).</summary>
    public const long GzipRatioFloor = 16L * 1024 * 1024;

    /// <summary>The defaults: 1 MiB lines, 16 GiB and 200 times per <c>.gz</c>.</summary>
    public static ReadLimits Default { get; } = new(1024 * 1024, 16L * 1024 * 1024 * 1024, 200);

    /// <summary>These limits, none above <paramref name="caps"/>' (the lower of each pair).</summary>
    public ReadLimits Within(ReadLimits? caps) => caps is null ? this : new(
        Math.Min(MaxLineBytes, caps.MaxLineBytes), Math.Min(GzipMaxBytes, caps.GzipMaxBytes), Math.Min(GzipMaxRatio, caps.GzipMaxRatio));

    /// <summary>The reason of a row rejected for its length: "line longer than 1 MiB (limit MaxLineBytes)".</summary>
    public string LineTooLong => Core.Quality.RejectionReasons.LineTooLong.Format(Size(MaxLineBytes));

    /// <summary>A byte count as people read it: 1 MiB, 512 KiB, 1000 bytes.</summary>
    public static string Size(long bytes) => bytes switch
    {
        _ when bytes >= 1L << 30 && bytes % (1L << 30) == 0 => Invariant($"{bytes >> 30} GiB"),
        _ when bytes >= 1L << 20 && bytes % (1L << 20) == 0 => Invariant($"{bytes >> 20} MiB"),
        _ when bytes >= 1L << 10 && bytes % (1L << 10) == 0 => Invariant($"{bytes >> 10} KiB"),
        _ => Invariant($"{bytes} bytes"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

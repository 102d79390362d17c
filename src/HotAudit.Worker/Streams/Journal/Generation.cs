using System.Globalization;

namespace HotAudit.Worker.Streams.Journal;

/// <summary>
/// The segments written together: one file per partition (<c>t0</c> … <c>t7</c> for telemetry by device hash,
/// <c>ops</c> for the operation log), named <c>&lt;partition&gt;-&lt;generation&gt;.seg</c>. Every part of a batch is in one
/// generation, so a generation is removed whole by retention without leaving half a batch behind.
/// </summary>
internal sealed class Generation(string folder, long number)
{
    public long Number { get; } = number;

    /// <summary>Newest event instant (UTC ticks) in the generation; long.MinValue while empty.</summary>
    public long MaxTs { get; set; } = long.MinValue;

    /// <summary>Whole-record bytes per partition: what readers may read.</summary>
    public Dictionary<string, long> Lengths { get; } = new(StringComparer.Ordinal);

    /// <summary>The open files of the generation being written; empty for older ones.</summary>
    public Dictionary<string, SegmentFile> Open { get; } = new(StringComparer.Ordinal);

    public long Bytes => Lengths.Values.Sum();

    public string PathOf(string partition) => Path.Combine(folder, FileName(partition, Number));

    public static string FileName(string partition, long number) => string.Create(CultureInfo.InvariantCulture, $"{partition}-{number:D8}.seg");

    /// <summary>Reads a segment file name back (<c>t3-00000012.seg</c>).</summary>
    public static bool TryParse(string fileName, out string partition, out long number)
    {
        partition = "";
        number = 0;
        var dash = fileName.LastIndexOf('-');
        if (dash <= 0 || !fileName.EndsWith(".seg", StringComparison.Ordinal))
        {
            return false;
        }
        partition = fileName[..dash];
        return long.TryParse(fileName.AsSpan(dash + 1, fileName.Length - dash - 5), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    public void Close()
    {
        foreach (var file in Open.Values)
        {
            file.Dispose();
        }
        Open.Clear();
    }
}

namespace HotAudit.Worker;

/// <summary>What a <c>.zip</c> case may hold: total bytes extracted, number of entries, and expansion ratio of one entry.</summary>
internal sealed record ZipLimits(long MaxBytes, int MaxFiles, int MaxRatio)
{
    public static ZipLimits From(WorkerSettings s) => new(s.ZipMaxBytes, s.ZipMaxFiles, s.ZipMaxRatio);
}

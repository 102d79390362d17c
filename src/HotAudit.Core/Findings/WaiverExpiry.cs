namespace HotAudit.Core.Findings;

/// <summary>
/// When a waiver expires: an instant with its offset, or a bare date meaning the end of that day in the case's offset
/// (known only once the case is, hence resolved late).
/// </summary>
public sealed record WaiverExpiry
{
    private WaiverExpiry(DateTimeOffset? at, DateOnly? day)
    {
        At = at;
        Day = day;
    }

    /// <summary>The instant, when one was written.</summary>
    public DateTimeOffset? At { get; }

    /// <summary>The day, when a bare date was written.</summary>
    public DateOnly? Day { get; }

    /// <summary>Expires at an instant.</summary>
    public static WaiverExpiry Instant(DateTimeOffset at) => new(at, null);

    /// <summary>Expires at the end of a day (23:59:59 in the case's offset).</summary>
    public static WaiverExpiry EndOf(DateOnly day) => new(null, day);

    /// <summary>The last instant the waiver applies, a bare date read in <paramref name="caseOffset"/>.</summary>
    public DateTimeOffset Resolve(TimeSpan caseOffset) =>
        At ?? new DateTimeOffset(Day!.Value.ToDateTime(new TimeOnly(23, 59, 59)), caseOffset);
}

namespace HotAudit.Reporting.Workbook;

/// <summary>A wall-clock time in the case's offset, written as an Excel date-time.</summary>
internal readonly record struct LocalTime(DateTime Wall)
{
    /// <summary>UTC ticks shown in an offset.</summary>
    public static LocalTime Of(long utcTicks, TimeSpan offset) => new(new DateTime(utcTicks + offset.Ticks, DateTimeKind.Unspecified));

    /// <summary>Optional UTC ticks shown in an offset; null stays an empty cell.</summary>
    public static object? OfOptional(long? utcTicks, TimeSpan offset) => utcTicks is { } t ? Of(t, offset) : null;
}

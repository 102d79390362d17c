using Cronos;

namespace HotAudit.Worker;

/// <summary>Reads a schedule's cron expression (five or six fields) and time zone.</summary>
internal static class ScheduleParsing
{
    /// <summary>Null when the expression parses, else why not.</summary>
    public static string? TryCron(string text, out CronExpression? expression)
    {
        expression = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "it is empty";
        }
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        try
        {
            expression = CronExpression.Parse(text, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            return null;
        }
        catch (CronFormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>Null when the zone is known, else why not.</summary>
    public static string? TryZone(string id, out TimeZoneInfo? zone)
    {
        zone = null;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? "UTC" : id);
            return null;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return "is not a known time zone (use an IANA id such as Europe/Berlin)";
        }
    }
}

using System.Text.Json;
using HotAudit.Core.Assessment;
using HotAudit.Core.Time;

namespace HotAudit.Reporting.Json;

/// <summary>The <c>case</c> object: id, scenario, period, time zone, standard label and the app under test.</summary>
internal static class JsonCaseSection
{
    public static void Write(Utf8JsonWriter w, CaseInfo c)
    {
        w.WriteStartObject("case");
        w.WriteString("id", c.Id);
        w.WriteString("scenario", Names.Of(c.Scenario));
        w.WriteStartObject("period");
        w.StringOrNull("from", c.HasPeriod ? Timestamps.Format(c.PeriodFrom, c.Offset) : null);
        w.StringOrNull("until", c.HasPeriod ? Timestamps.Format(c.PeriodUntil, c.Offset) : null);
        w.WriteBoolean("from_data", c.PeriodFromData);
        w.WriteEndObject();
        w.WriteString("tz", Names.Of(c.Offset));
        w.WriteString("standard", c.StandardLabel);
        if (c.App is { } app)
        {
            w.WriteStartObject("app");
            w.StringOrNull("name", app.Name);
            w.StringOrNull("version", app.Version);
            w.StringOrNull("developer", app.Developer);
            w.StringOrNull("hash", app.Hash);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}

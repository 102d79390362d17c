using System.Globalization;
using System.Text.Json;
using HotAudit.Core.Monitoring;

namespace HotAudit.Reporting.Json;

/// <summary>The <c>anomalies</c> section: every vector the monitor scored, flagged first, with features and deviations.</summary>
internal static class JsonAnomalySection
{
    public static void Write(Utf8JsonWriter w, IReadOnlyList<ScoredVector> vectors)
    {
        w.WriteStartArray("anomalies");
        foreach (var v in vectors)
        {
            w.WriteStartObject();
            w.WriteString("app_id", v.AppId);
            w.WriteString("app_version", v.AppVersion);
            w.WriteString("day", v.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteNumber("score", Math.Round(v.Score, 3));
            w.WriteNumber("model_score", Math.Round(v.ModelScore, 3));
            w.WriteNumber("spike_score", Math.Round(v.SpikeScore, 3));
            w.WriteBoolean("flagged", v.Flagged);
            w.WriteString("explanation", v.Explanation);
            w.WriteStartObject("features");
            foreach (var f in v.Features)
            {
                w.WriteStartObject(f.Name);
                if (f.Value is { } value)
                {
                    w.WriteNumber("value", Math.Round(value, 4));
                }
                else
                {
                    w.WriteNull("value");
                }
                w.WriteNumber("deviation", Math.Round(f.Deviation, 3));
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}

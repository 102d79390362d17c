using System.Globalization;
using System.Text.Json;
using HotAudit.Core.Monitoring;

namespace HotAudit.Reporting.Json;

/// <summary>The <c>anomalies</c> section: every vector the monitor scored, flagged first, with each feature's value, surprise (deviation, −log10 p), p-value and usual range.</summary>
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
                Number(w, "p_value", f.PValue is { } p ? double.Parse(p.ToString("G3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null);
                Number(w, "usual_low", f.UsualLow is { } low ? Math.Round(low, 4) : null);
                Number(w, "usual_high", f.UsualHigh is { } high ? Math.Round(high, 4) : null);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}

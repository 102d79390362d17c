using System.Text.Encodings.Web;
using System.Text.Json;

namespace HotAudit.Reporting.Json;

/// <summary>How findings.json is written: indented, '\n' line ends on every platform, non-ASCII kept readable.</summary>
internal static class JsonOutput
{
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        // Relaxed escaping keeps Chinese text readable; the file is never embedded in HTML, so '<' and '&' need no escaping.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a string, or null when there is none.</summary>
    public static void StringOrNull(this Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>Writes an array of strings.</summary>
    public static void Strings(this Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }
        w.WriteEndArray();
    }

    /// <summary>Writes {zh, en}.</summary>
    public static void Localized(this Utf8JsonWriter w, string name, Core.Rules.LocalizedText text)
    {
        w.WriteStartObject(name);
        w.WriteString("zh", text.Zh);
        w.WriteString("en", text.En);
        w.WriteEndObject();
    }

    /// <summary>Writes a map sorted by key (ordinal), so the bytes do not depend on dictionary order.</summary>
    public static void SortedMap(this Utf8JsonWriter w, string name, IReadOnlyDictionary<string, string> map)
    {
        w.WriteStartObject(name);
        foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteString(key, value);
        }
        w.WriteEndObject();
    }
}

using System.Text.Json;

namespace HotAudit.Core.Engine.Lookups;

/// <summary>Reads device attributes written as <c>key=value;key=value</c> or as a JSON object.</summary>
internal static class AttributeText
{
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var t = text.Trim();
        if (t.StartsWith('{'))
        {
            try
            {
                using var doc = JsonDocument.Parse(t);
                return doc.RootElement.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null)
                    .GroupBy(p => p.Name, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First().Value.ValueKind == JsonValueKind.String ? g.First().Value.GetString()! : g.First().Value.GetRawText(), StringComparer.Ordinal);
            }
            catch (JsonException)
            {
                return new Dictionary<string, string>();
            }
        }
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in t.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                map.TryAdd(pair[..eq].Trim(), pair[(eq + 1)..].Trim());
            }
        }
        return map;
    }
}

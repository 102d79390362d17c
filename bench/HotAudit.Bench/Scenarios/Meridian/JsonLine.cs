using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>One JSON object on one line, with absent values left out (as the collectors write them).</summary>
internal sealed class JsonLine
{
    private readonly StringBuilder _text = new("{");

    public JsonLine String(string key, string? value) => value is null ? this : Raw(key, "\"" + JsonEncodedText.Encode(value).Value + "\"");

    public JsonLine Number(string key, long value) => Raw(key, value.ToString(CultureInfo.InvariantCulture));

    public JsonLine Bool(string key, bool? value) => value is null ? this : Raw(key, value.Value ? "true" : "false");

    /// <summary>A value that is already JSON (a nested object).</summary>
    public JsonLine Raw(string key, string json)
    {
        if (_text.Length > 1)
        {
            _text.Append(',');
        }
        _text.Append('"').Append(key).Append("\":").Append(json);
        return this;
    }

    public override string ToString() => _text.ToString() + "}";
}

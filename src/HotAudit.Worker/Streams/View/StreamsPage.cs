using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace HotAudit.Worker.Streams.View;

/// <summary>
/// The streams page, in Chinese and English: each stream with its counts and its newest findings; a small script
/// (served from <c>/streams.js</c>, no inline code) replaces a stream's section with each evaluation's summary as it
/// arrives over server-sent events, so the page never reloads. Everything from the data is set as text, never as HTML.
/// </summary>
internal static class StreamsPage
{
    public const string Script = """
        "use strict";
        const cells = ["severity", "rule_id", "subject", "count", "change"];
        function render(s) {
          const section = document.getElementById("stream-" + s.name);
          if (!section) return;
          section.querySelector(".counts").textContent =
            `批次 / batches ${s.batches}, 行 / rows ${s.rows}, 最新事件 / newest event ${s.newest_event ?? "-"}, 结论 / overall ${s.overall ?? "-"}, 评估于 / evaluated ${s.evaluated_at ?? "-"}`;
          const body = section.querySelector("tbody");
          body.replaceChildren();
          for (const f of s.findings ?? []) {
            const row = document.createElement("tr");
            for (const c of cells) {
              const td = document.createElement("td");
              td.textContent = f[c] ?? "";
              row.appendChild(td);
            }
            body.appendChild(row);
          }
        }
        const source = new EventSource("/api/v1/streams/events");
        source.addEventListener("stream", e => render(JSON.parse(e.data)));
        """;

    public static string Render(JsonArray streams)
    {
        var sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\" /><title>HotAudit 实时流 / live streams</title>")
            .Append("<style>body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:1.5em}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:3px 8px}th{background:#D9E1F2}</style>")
            .Append("<script src=\"/streams.js\" defer></script></head><body><h1>HotAudit 实时流 / live streams</h1>\n");
        foreach (var s in streams.OfType<JsonObject>())
        {
            var name = (string)s["name"]!;
            sb.Append("<section id=\"stream-").Append(E(name)).Append("\"><h2>").Append(E(name)).Append("</h2><p class=\"counts\">")
                .Append(E($"批次 / batches {s["batches"]}, 行 / rows {s["rows"]}, 最新事件 / newest event {s["newest_event"]?.ToString() ?? "-"}, 结论 / overall {s["overall"]?.ToString() ?? "-"}, 评估于 / evaluated {s["evaluated_at"]?.ToString() ?? "-"}"))
                .Append("</p><table><thead><tr><th>严重性 / severity</th><th>规则 / rule</th><th>对象 / subject</th><th>次数 / count</th><th>变化 / change</th></tr></thead><tbody>");
            foreach (var f in (s["findings"] as JsonArray ?? []).OfType<JsonObject>())
            {
                sb.Append("<tr>");
                foreach (var c in new[] { "severity", "rule_id", "subject", "count", "change" })
                {
                    sb.Append("<td>").Append(E(f[c]?.ToString())).Append("</td>");
                }
                sb.Append("</tr>");
            }
            sb.Append("</tbody></table></section>\n");
        }
        return sb.Append("</body></html>\n").ToString();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}

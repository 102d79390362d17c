using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace HotAudit.Worker.Tests.Streams;

/// <summary>A finding new since the previous evaluation is posted to the webhook, retried until taken, kept across a restart.</summary>
public sealed class StreamAlertsTests : IDisposable
{
    private const string Rows =
        "ts,event_id,app_id,app_version,device_id,event,transport,tls_version\n" +
        "2026-06-01 08:00:00,e1,com.a,5.2.0,d1,update_check,https,1.3\n" +
        "2026-06-02 09:00:00,e2,com.a,5.2.0,d2,update_check,http,\n";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly string root = Directory.CreateTempSubdirectory("hotaudit-live-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private Task<LiveWorker> StartAsync(string webhook) => LiveWorker.StartAsync(root, new Dictionary<string, string?>
    {
        ["Streams:0:Interval"] = "00:00:00.500",
        ["Alerts:Webhook"] = webhook,
    });

    private static async Task PostAsync(LiveWorker worker)
    {
        using var http = worker.Client();
        var content = new StringContent(Rows, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv");
        using var response = await http.PostAsync("/api/v1/streams/acme/telemetry", content);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
    }

    private static async Task WaitUntilAsync(Func<bool> done, string what)
    {
        var until = DateTime.UtcNow + Patience;
        while (!done())
        {
            DateTime.UtcNow.Should().BeBefore(until, what);
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Alert_WebhookFailingFirst_RetriedUntilTakenWithTheFindingsFields()
    {
        using var webhook = new WebhookReceiver(failFirst: 2);
        await using var worker = await StartAsync(webhook.Url);

        await PostAsync(worker);
        await WaitUntilAsync(() => webhook.Received.Any(a => a.GetProperty("rule_id").GetString() == "HU-TLS-01"), "the alert should arrive");

        var alert = webhook.Received.First(a => a.GetProperty("rule_id").GetString() == "HU-TLS-01");
        using var http = worker.Client();
        var findings = JsonDocument.Parse(await http.GetStringAsync("/api/v1/streams/acme/findings")).RootElement;
        var finding = findings.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule_id").GetString() == "HU-TLS-01");
        webhook.Refused.Should().Be(2);
        alert.GetProperty("finding_id").GetString().Should().Be(finding.GetProperty("id").GetString());
        JsonElement.DeepEquals(alert.GetProperty("subject"), finding.GetProperty("subject")).Should().BeTrue(alert.GetProperty("subject").GetRawText());
        alert.GetProperty("count").GetInt64().Should().Be(1);
        alert.GetProperty("severity").GetString().Should().Be("high");
        alert.GetProperty("clauses")[0].GetString().Should().Be("HU 6 d");
        alert.GetProperty("evidence").GetProperty("device_id").GetString().Should().Be("d2");
        alert.GetProperty("run").GetProperty("findings").GetString().Should().Be($"{worker.Url}/api/v1/streams/acme/findings");
        Directory.GetFiles(Path.Combine(root, "state", "outbox")).Should().BeEmpty();
    }

    [Fact]
    public async Task Alert_WebhookDownUntilARestart_SentAfterTheRestart()
    {
        using (var down = new WebhookReceiver(failFirst: int.MaxValue))
        {
            await using var worker = await StartAsync(down.Url);
            await PostAsync(worker);
            await WaitUntilAsync(() => down.Refused > 0, "the worker should try the webhook");
        }
        var outbox = Directory.GetFiles(Path.Combine(root, "state", "outbox"), "*.json");

        using var up = new WebhookReceiver();
        await using var restarted = await StartAsync(up.Url);
        await WaitUntilAsync(() => up.Received.Count >= outbox.Length, "the kept alerts should be sent");

        outbox.Should().NotBeEmpty();
        up.Received.Select(a => a.GetProperty("rule_id").GetString()).Should().Contain("HU-TLS-01");
    }
}

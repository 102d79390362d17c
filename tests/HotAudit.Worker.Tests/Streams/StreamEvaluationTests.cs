using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace HotAudit.Worker.Tests.Streams;

/// <summary>A stream assessed every interval: its findings served, its page updated over server-sent events.</summary>
public sealed class StreamEvaluationTests : IAsyncLifetime
{
    private const string Header = "ts,event_id,app_id,app_version,device_id,event,transport,tls_version\n";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly string root = Directory.CreateTempSubdirectory("hotaudit-live-").FullName;
    private LiveWorker worker = null!;

    public async Task InitializeAsync() => worker = await LiveWorker.StartAsync(root, new Dictionary<string, string?> { ["Streams:0:Interval"] = "00:00:00.500" });

    public async Task DisposeAsync()
    {
        await worker.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }

    private static async Task PostAsync(HttpClient http, string rows)
    {
        var content = new StringContent(Header + rows, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv");
        using var response = await http.PostAsync("/api/v1/streams/acme/telemetry", content);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> FindingsWhenAsync(HttpClient http, Func<JsonElement, bool> ready)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            using var response = await http.GetAsync("/api/v1/streams/acme/findings");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                if (ready(json))
                {
                    return json;
                }
            }
            DateTime.UtcNow.Should().BeBefore(until, "the stream should have been evaluated");
            await Task.Delay(200);
        }
    }

    private static IEnumerable<string> Rules(JsonElement findings) => findings.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule_id").GetString()!);

    [Fact]
    public async Task Evaluation_NewRowsWithAViolation_FindingsServedAsNewAndPushedToThePage()
    {
        using var http = worker.Client();
        using var before = await http.GetAsync("/api/v1/streams/acme/findings");
        await PostAsync(http, "2026-06-01 08:00:00,e1,com.a,5.2.0,d1,update_check,https,1.3\n");
        var first = await FindingsWhenAsync(http, _ => true);
        using var watcher = worker.Client();
        using var events = await watcher.GetStreamAsync("/api/v1/streams/events");
        using var reader = new StreamReader(events);
        (await reader.ReadLineAsync()).Should().Be(": watching");

        await PostAsync(http, "2026-06-02 09:00:00,e2,com.a,5.2.0,d2,update_check,http,\n");
        var second = await FindingsWhenAsync(http, f => Rules(f).Contains("HU-TLS-01"));
        var pushed = await NextEventAsync(reader);
        var page = await http.GetStringAsync("/streams");
        var index = await http.GetStringAsync("/");

        before.StatusCode.Should().Be(HttpStatusCode.NotFound);
        Rules(first).Should().NotContain("HU-TLS-01");
        second.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule_id").GetString() == "HU-TLS-01")
            .GetProperty("change").GetString().Should().Be("new");
        pushed.GetProperty("name").GetString().Should().Be("acme");
        pushed.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule_id").GetString()).Should().Contain("HU-TLS-01");
        index.Should().Contain("<a href=\"/streams\">");
        page.Should().Contain("id=\"stream-acme\"").And.Contain("HU-TLS-01").And.Contain("<script src=\"/streams.js\"");
    }

    [Fact]
    public async Task Evaluation_StreamMappingMapsAContractValueToAnother_MappedOnceAsInAFile()
    {
        // Given: a mapping for an SDK that labels its transports the wrong way round (a value map from one contract
        // value to another, which changes a row again when applied twice)
        await worker.DisposeAsync();
        var mapping = Path.Combine(root, "swapped-transport.yaml");
        await File.WriteAllTextAsync(mapping, "name: swapped-transport\ntelemetry:\n  values:\n    transport:\n      http: https\n      https: http\n");
        worker = await LiveWorker.StartAsync(root, new Dictionary<string, string?> { ["Streams:0:Interval"] = "00:00:00.500", ["Streams:0:Mapping"] = mapping });
        using var http = worker.Client();

        // When: an update check the SDK logged as https, that is over plain HTTP
        await PostAsync(http, "2026-06-02 09:00:00,e2,com.a,5.2.0,d2,update_check,https,\n");
        var findings = await FindingsWhenAsync(http, _ => true);

        // Then
        Rules(findings).Should().Contain("HU-TLS-01", "the row is http once mapped, as the same row in a file of the case would be");
    }

    private static async Task<JsonElement> NextEventAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var line = await reader.ReadLineAsync(timeout.Token);
            if (line?.StartsWith("data: ", StringComparison.Ordinal) == true)
            {
                var json = JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
                if (json.TryGetProperty("findings", out var f) && f.EnumerateArray().Any(x => x.GetProperty("rule_id").GetString() == "HU-TLS-01"))
                {
                    return json;
                }
            }
        }
    }
}

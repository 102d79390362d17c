using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace HotAudit.Worker.Tests.Streams;

/// <summary>The ingest API of a worker in this process: rows read as files are, answered after the journal, keys honoured.</summary>
public sealed class IngestApiTests : IAsyncLifetime
{
    private const string Csv =
        "ts,event_id,app_id,app_version,device_id,event,transport\n" +
        "2026-06-01 08:00:00,e1,com.a,5.2.0,d1,update_check,https\n" +
        "2026-06-01 08:01:00,e2,com.a,5.2.0,d1,teleport,https\n" +
        "2026-06-01 08:02:00,e1,com.a,5.2.0,d1,update_check,https\n";

    private readonly string root = Directory.CreateTempSubdirectory("hotaudit-live-").FullName;
    private LiveWorker worker = null!;

    public async Task InitializeAsync() => worker = await LiveWorker.StartAsync(root, new Dictionary<string, string?> { ["Ingest:MaxBody"] = "4096" });

    public async Task DisposeAsync()
    {
        await worker.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }

    private static HttpContent Body(string text, string contentType, Encoding? encoding = null, bool gzip = false)
    {
        var bytes = (encoding ?? Encoding.UTF8).GetBytes(text);
        if (gzip)
        {
            var packed = new MemoryStream();
            using (var z = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
            {
                z.Write(bytes);
            }
            bytes = packed.ToArray();
        }
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (gzip)
        {
            content.Headers.ContentEncoding.Add("gzip");
        }
        return content;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> PostAsync(HttpClient http, string path, HttpContent body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        using var response = await http.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task PostTelemetry_CsvWithABadRowAndARepeat_AnswersAcceptedRejectedAndDuplicates()
    {
        using var http = worker.Client();

        var (status, json) = await PostAsync(http, "/api/v1/streams/acme/telemetry", Body(Csv, "text/csv"), "key-1");
        var (again, replay) = await PostAsync(http, "/api/v1/streams/ACME/telemetry", Body(Csv, "text/csv"), "key-1");

        status.Should().Be(HttpStatusCode.Accepted);
        json.GetProperty("batch").GetInt64().Should().Be(1);
        json.GetProperty("accepted").GetInt32().Should().Be(2);
        json.GetProperty("duplicates").GetInt32().Should().Be(1);
        json.GetProperty("rejected").EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("reason").GetString()))
            .Should().ContainSingle().Which.Should().Be((3, "event: unknown event 'teleport'"));
        again.Should().Be(HttpStatusCode.Accepted);
        replay.GetRawText().Should().Be(json.GetRawText());
    }

    [Fact]
    public async Task PostOperations_GzipJsonLinesInGb18030WithChineseHeaders_Accepted()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding(54936);
        const string Rows = "{\"时间\":\"2026-06-01 08:00:00\",\"操作人员\":\"张三\",\"操作\":\"patch_upload\",\"应用ID\":\"com.a\",\"更新内容\":\"修复崩溃\"}\n";
        using var http = worker.Client();

        var (status, json) = await PostAsync(http, "/api/v1/streams/acme/operations", Body(Rows, "application/x-ndjson; charset=GB18030", gb, gzip: true));

        status.Should().Be(HttpStatusCode.Accepted);
        json.GetProperty("accepted").GetInt32().Should().Be(1, json.GetRawText());
    }

    [Fact]
    public async Task Post_WithoutTokenUnknownStreamWrongTypeOrTooLarge_RefusedWithAReason()
    {
        using var anonymous = worker.Client(token: null);
        using var http = worker.Client();

        var (noToken, _) = await PostAsync(anonymous, "/api/v1/streams/acme/telemetry", Body(Csv, "text/csv"));
        var (unknown, unknownWhy) = await PostAsync(http, "/api/v1/streams/other/telemetry", Body(Csv, "text/csv"));
        var (type, typeWhy) = await PostAsync(http, "/api/v1/streams/acme/telemetry", Body(Csv, "application/json"));
        var (charset, charsetWhy) = await PostAsync(http, "/api/v1/streams/acme/telemetry", Body(Csv, "text/csv; charset=latin1"));
        var (large, largeWhy) = await PostAsync(http, "/api/v1/streams/acme/telemetry", Body(string.Concat(Enumerable.Repeat(Csv, 40)), "text/csv"));
        var (inflated, inflatedWhy) = await PostAsync(http, "/api/v1/streams/acme/telemetry", Body(Csv + new string(' ', 8000), "text/csv", gzip: true));

        noToken.Should().Be(HttpStatusCode.Unauthorized);
        unknown.Should().Be(HttpStatusCode.NotFound);
        unknownWhy.GetProperty("error").GetString().Should().Contain("no stream 'other'");
        type.Should().Be(HttpStatusCode.UnsupportedMediaType);
        typeWhy.GetProperty("error").GetString().Should().Contain("application/x-ndjson or text/csv");
        charset.Should().Be(HttpStatusCode.UnsupportedMediaType);
        charsetWhy.GetProperty("error").GetString().Should().Contain("latin1");
        large.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        largeWhy.GetProperty("error").GetString().Should().Contain("4 KiB");
        inflated.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        inflatedWhy.GetProperty("error").GetString().Should().Contain("once decompressed");
    }

    [Fact]
    public async Task Post_SameKeyAfterARestart_AnsweredAsBeforeAndCountedOnce()
    {
        using (var http = worker.Client())
        {
            await PostAsync(http, "/api/v1/streams/acme/telemetry", Body(Csv, "text/csv"), "key-r");
        }
        await worker.DisposeAsync();
        worker = await LiveWorker.StartAsync(root);
        using var again = worker.Client();

        var (status, json) = await PostAsync(again, "/api/v1/streams/acme/telemetry", Body(Csv, "text/csv"), "key-r");
        var (_, fresh) = await PostAsync(again, "/api/v1/streams/acme/telemetry", Body(Csv, "text/csv"));

        status.Should().Be(HttpStatusCode.Accepted);
        json.GetProperty("batch").GetInt64().Should().Be(1);
        fresh.GetProperty("batch").GetInt64().Should().Be(2);
        fresh.GetProperty("duplicates").GetInt32().Should().Be(2, "both rows of the first batch are in the journal");
    }

    [Fact]
    public async Task PostTelemetry_StreamWithTheCodePushMapping_RowsMappedAsInFiles()
    {
        await worker.DisposeAsync();
        worker = await LiveWorker.StartAsync(root, new Dictionary<string, string?> { ["Streams:0:Mapping"] = "codepush" });
        const string Rows =
            "{\"timestamp\":\"2026-06-01 08:00:00\",\"deploymentKey\":\"k1\",\"appVersion\":\"5.2.0\",\"clientUniqueId\":\"d1\",\"label\":\"v3\",\"status\":\"DeploymentSucceeded\",\"appState\":\"background\"}\n" +
            "{\"timestamp\":\"2026-06-01 08:01:00\",\"deploymentKey\":\"k1\",\"appVersion\":\"5.2.0\",\"clientUniqueId\":\"d1\",\"label\":\"v3\",\"status\":\"Installed\"}\n";
        using var http = worker.Client();

        var (status, json) = await PostAsync(http, "/api/v1/streams/acme/telemetry", Body(Rows, "application/x-ndjson"));

        status.Should().Be(HttpStatusCode.Accepted);
        json.GetProperty("accepted").GetInt32().Should().Be(1, json.GetRawText());
        json.GetProperty("rejected")[0].GetProperty("reason").GetString().Should().Be("event: unknown event 'Installed'");
    }
}

using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using HotAudit.Testing;
using HotAudit.Worker.Tests;
using Xunit;

namespace HotAudit.Cli.Tests.Worker;

/// <summary>
/// The live path end to end, with the real worker as a child process: the conformance case's rows posted in batches,
/// the worker killed (SIGKILL) while a batch is in flight (twice) and started again, those batches sent again with their keys; the
/// stream's findings then equal <c>hotaudit assess</c> on the case's files, and the webhook got every finding.
/// </summary>
public sealed class StreamEndToEndTests : IDisposable
{
    private const string Token = "e2e-ingest-token";
    private const int RowsPerBatch = 3000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(240);
    private readonly WorkerFolders folders = new();
    private readonly string url = $"http://127.0.0.1:{FreePort()}";

    public void Dispose()
    {
        if (Directory.Exists(folders.Root))
        {
            Directory.Delete(folders.Root, recursive: true);
        }
    }

    private static string Case => Path.Combine(RepoPaths.Conformance, "case-5", "internal-case");

    [Fact]
    public async Task Stream_KilledMidwayAndResent_FindingsEqualAssessOnTheFilesAndEveryFindingAlerted()
    {
        // Given: the case's reference files as the stream's reference, its event logs as batches, a webhook
        var reference = CopyReference();
        var batches = Batches().ToList();
        using var webhook = new WebhookReceiver(failFirst: 3);
        var expected = await ExpectedFindingsAsync();
        var worker = StartWorker(reference, webhook.Url);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(100) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        await WaitUpAsync(http, worker);
        var answers = new Dictionary<int, string>();

        // When: half the batches acknowledged, then a kill while the next is half sent, a restart, a second kill while
        // batches are being written, a restart, and every batch not known to be acknowledged sent again with its key
        var half = batches.Count / 2;
        for (var i = 0; i < half; i++)
        {
            answers[i] = await PostAsync(http, batches[i], i);
        }
        var halfSent = new HalfSentContent(batches[half]);
        using var abandon = new CancellationTokenSource();
        var inFlight = http.PostAsync($"/api/v1/streams/conformance/{batches[half].Kind}", halfSent, abandon.Token);
        await halfSent.Started.Task.WaitAsync(Patience);
        worker.Kill();
        await abandon.CancelAsync();
        var lost = await Record.ExceptionAsync(() => inFlight);
        worker.Dispose();
        worker = StartWorker(reference, webhook.Url);
        await WaitUpAsync(http, worker);
        var replayed = await PostAsync(http, batches[0], 0);
        // A second kill while three whole batches are being written, answered or not: all three are sent again with their keys.
        var racing = Enumerable.Range(half, 3).Select(i => Record.ExceptionAsync(() => PostAsync(http, batches[i], i))).ToList();
        await Task.Delay(60);
        worker.Kill();
        await Task.WhenAll(racing);
        worker.Dispose();
        worker = StartWorker(reference, webhook.Url);
        await WaitUpAsync(http, worker);
        for (var i = half; i < batches.Count; i++)
        {
            answers[i] = await PostAsync(http, batches[i], i);
        }
        var (findings, ids) = await StreamFindingsWhenAsync(http, expected, worker);
        await WaitUntilAsync(() => ids.All(id => webhook.Received.Any(a => a.GetProperty("finding_id").GetString() == id)), worker);
        await worker.TerminateAsync(TimeSpan.FromSeconds(5));
        worker.Dispose();

        // Then
        lost.Should().NotBeNull("the worker was killed while the batch was half sent, so it was never answered");
        replayed.Should().Be(answers[0], "a batch sent again with its key is answered as the first time");
        findings.Should().BeEquivalentTo(expected);
        webhook.Refused.Should().Be(3);
        worker.Output.Should().NotContain("fail:");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private WorkerProcess StartWorker(string reference, string webhook) => WorkerProcess.StartWith(new Dictionary<string, string>
    {
        ["HOTAUDIT__WEB__URL"] = url,
        ["HOTAUDIT__STREAMS__0__NAME"] = "conformance",
        ["HOTAUDIT__STREAMS__0__REFERENCE"] = reference,
        ["HOTAUDIT__STREAMS__0__LASTDAYS"] = "400",
        ["HOTAUDIT__STREAMS__0__INTERVAL"] = "00:00:01",
        ["HOTAUDIT__INGEST__TOKEN"] = Token,
        ["HOTAUDIT__ALERTS__WEBHOOK"] = webhook,
    }, folders.Root, "--inbox", folders.Inbox);

    private string CopyReference()
    {
        var target = Path.Combine(folders.Root, "reference");
        foreach (var file in Directory.EnumerateFiles(Case, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Case, file);
            if (relative.StartsWith("telemetry", StringComparison.Ordinal) || relative.StartsWith("operations", StringComparison.Ordinal))
            {
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
        return target;
    }

    /// <summary>
    /// The event logs in batches of up to <see cref="RowsPerBatch"/> lines: CSV with its header, JSON Lines as they are,
    /// the gzip file compressed again, the operation log (GB18030 with Chinese headers) sent in GB18030 as its charset.
    /// </summary>
    private static IEnumerable<Batch> Batches()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding(54936);
        foreach (var (file, kind) in new[] { ("operations.csv", "operations"), ("telemetry-2026w1.csv", "telemetry"), ("telemetry-2026w2.jsonl", "telemetry"), ("telemetry-2026w3.csv.gz", "telemetry") })
        {
            var path = Path.Combine(Case, file);
            using var raw = File.OpenRead(path);
            using var content = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : (Stream)raw;
            var encoding = kind == "operations" ? gb18030 : Encoding.UTF8;
            var lines = new StreamReader(content, encoding).ReadToEnd().Split('\n').Where(l => l.Trim().Length > 0).ToList();
            var csv = !file.Contains(".jsonl", StringComparison.Ordinal);
            var header = csv ? lines[0] + "\n" : "";
            var rows = csv ? lines.Skip(1).ToList() : lines;
            for (var at = 0; at < rows.Count; at += RowsPerBatch)
            {
                var body = header + string.Join("\n", rows.Skip(at).Take(RowsPerBatch)) + "\n";
                var type = (csv ? "text/csv" : "application/x-ndjson") + (kind == "operations" ? "; charset=gb18030" : "");
                yield return new Batch(kind, type, file.EndsWith(".gz", StringComparison.Ordinal), encoding.GetBytes(body));
            }
        }
    }

    private static async Task<string> PostAsync(HttpClient http, Batch batch, int index)
    {
        var bytes = batch.Body;
        if (batch.Gzip)
        {
            using var packed = new MemoryStream();
            using (var z = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
            {
                z.Write(bytes);
            }
            bytes = packed.ToArray();
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/streams/conformance/{batch.Kind}") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(batch.ContentType);
        if (batch.Gzip)
        {
            request.Content.Headers.ContentEncoding.Add("gzip");
        }
        request.Headers.Add("Idempotency-Key", $"batch-{index}");
        using var response = await http.SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, answer);
        return answer;
    }

    /// <summary><c>hotaudit assess</c> on the case's files: each finding's id with what must match.</summary>
    private async Task<Dictionary<string, string>> ExpectedFindingsAsync()
    {
        var outDir = Path.Combine(folders.Root, "assess-out");
        var exit = await global::HotAudit.Cli.Program.Main(["assess", Case, "--out", outDir, "--format", "json"]);
        exit.Should().BeOneOf(0, 1);
        return Comparable(await File.ReadAllTextAsync(Path.Combine(outDir, "findings.json")));
    }

    /// <summary>
    /// Each finding by rule and subject, with its severity and count. HU-LOG-01's subject is the operation log's file,
    /// which for a stream is its own (<c>operations-stream.jsonl</c>): the file name is left out of the comparison.
    /// </summary>
    private static Dictionary<string, string> Comparable(string findingsJson) =>
        JsonDocument.Parse(findingsJson).RootElement.GetProperty("findings").EnumerateArray().ToDictionary(
            f => $"{f.GetProperty("rule_id").GetString()} {string.Join(",", f.GetProperty("subject").EnumerateObject().Where(p => p.Name != "file").Select(p => $"{p.Name}={p.Value}"))}",
            f => $"{f.GetProperty("severity").GetString()} count={f.GetProperty("count").GetInt64()}");

    private static IReadOnlyList<string> Ids(string findingsJson) =>
        [.. JsonDocument.Parse(findingsJson).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!)];

    private static async Task<(Dictionary<string, string> Findings, IReadOnlyList<string> Ids)> StreamFindingsWhenAsync(
        HttpClient http, Dictionary<string, string> expected, WorkerProcess worker)
    {
        Dictionary<string, string> latest = [];
        IReadOnlyList<string> ids = [];
        var until = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < until)
        {
            using var response = await http.GetAsync("/api/v1/streams/conformance/findings");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var json = await response.Content.ReadAsStringAsync();
                (latest, ids) = (Comparable(json), Ids(json));
                if (latest.Count == expected.Count && latest.All(l => expected.GetValueOrDefault(l.Key) == l.Value))
                {
                    return (latest, ids);
                }
            }
            await Task.Delay(500);
        }
        var diff = expected.Keys.Union(latest.Keys).Where(k => expected.GetValueOrDefault(k) != latest.GetValueOrDefault(k))
            .Select(k => $"{k}: assess {expected.GetValueOrDefault(k) ?? "-"}, stream {latest.GetValueOrDefault(k) ?? "-"}");
        throw new Xunit.Sdk.XunitException($"the stream's findings did not converge:\n{string.Join("\n", diff)}\nworker output:\n{worker.Output}");
    }

    private static async Task WaitUpAsync(HttpClient http, WorkerProcess worker)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("/api/v1/streams");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < until)
            {
            }
            DateTime.UtcNow.Should().BeBefore(until, $"the worker should serve; its output:\n{worker.Output}");
            await Task.Delay(200);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> done, WorkerProcess worker)
    {
        var until = DateTime.UtcNow + Patience;
        while (!done())
        {
            DateTime.UtcNow.Should().BeBefore(until, $"the webhook should get every finding; worker output:\n{worker.Output}");
            await Task.Delay(200);
        }
    }

    private sealed record Batch(string Kind, string ContentType, bool Gzip, byte[] Body);

    /// <summary>A batch's body of which only the first half is sent, then nothing more: the worker cannot answer it.</summary>
    private sealed class HalfSentContent : HttpContent
    {
        private readonly byte[] body;

        public HalfSentContent(Batch batch)
        {
            body = batch.Body;
            Headers.ContentType = MediaTypeHeaderValue.Parse(batch.ContentType);
            Headers.ContentLength = body.Length;
        }

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(body.AsMemory(0, body.Length / 2), cancellationToken);
            await stream.FlushAsync(cancellationToken);
            Started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = body.Length;
            return true;
        }
    }
}

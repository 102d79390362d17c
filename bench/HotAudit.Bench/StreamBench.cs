using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace HotAudit.Bench;

/// <summary>
/// <c>stream [--events N] [--senders 4] [--batch 5000] [--interval 00:00:10] [--rounds 1]</c>: the live path under load. A
/// generated case's reference files become a stream's reference; the worker runs as a child process; its telemetry rows
/// are posted as CSV and JSON Lines batches by concurrent senders (each batch's acknowledgement timed), while the worker
/// assesses the stream every interval. Each round after the first sends the case again as other devices (device and
/// event ids prefixed <c>r2</c>, <c>r3</c> ...: new rows, not duplicates), so the sending lasts long enough for
/// evaluations to run during it. Then one batch with a new violation (an update check over plain HTTP from an app version no
/// row had) is posted, and the time until its alert reaches the bench's webhook is measured.
/// Prints events/s, p50/p99 acknowledgement latency, the worker's peak resident set and the alert latency.
/// </summary>
internal static class StreamBench
{
    private const string Token = "bench-token";
    private static int evaluations;

    public static int Run(string[] args)
    {
        var events = long.Parse(Option(args, "--events") ?? "2000000", CultureInfo.InvariantCulture);
        var senders = int.Parse(Option(args, "--senders") ?? "4", CultureInfo.InvariantCulture);
        var batchRows = int.Parse(Option(args, "--batch") ?? "5000", CultureInfo.InvariantCulture);
        var interval = TimeSpan.Parse(Option(args, "--interval") ?? "00:00:10", CultureInfo.InvariantCulture);
        var rounds = int.Parse(Option(args, "--rounds") ?? "1", CultureInfo.InvariantCulture);
        var root = Path.Combine(Path.GetTempPath(), "hotaudit-bench-stream");
        var caseDir = Path.Combine(Path.GetTempPath(), $"hotaudit-bench-stream-case-{events}");
        if (!Directory.Exists(caseDir))
        {
            Generator.Write(caseDir, events, 7);
        }
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
        var reference = Reference(caseDir, Path.Combine(root, "reference"));
        Console.WriteLine($"worker log: {Path.Combine(root, "worker.log")}");
        var (header, rows) = Telemetry(caseDir, "*.csv");
        var (_, lines) = Telemetry(caseDir, "*.jsonl", header: false);
        var batches = Enumerable.Range(1, rounds).SelectMany(round => Batches(header, rows, lines, batchRows, round)).ToList();
        var count = (rows.Count + lines.Count) * (long)rounds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count:N0} telemetry rows (CSV and JSON Lines) in {batches.Count} batches of {batchRows}; {senders} senders; interval {interval}; load average {LoadAverage()}"));
        using var alerts = new AlertReceiver();
        var url = $"http://127.0.0.1:{FreePort()}";
        using var worker = StartWorker(root, reference, url, alerts.Url, interval);
        try
        {
            return Measure(worker, url, caseDir, batches, count, Violation(caseDir, rows[0].Split(',')[Array.IndexOf(header.Split(','), "app_id")]), senders, alerts, interval);
        }
        finally
        {
            if (!worker.HasExited)
            {
                worker.Kill(entireProcessTree: true);
                worker.WaitForExit();
            }
        }
    }

    private static int Measure(Process worker, string url, string caseDir, List<Batch> batches, long rows, string violation, int senders, AlertReceiver alerts, TimeSpan interval)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = senders * 2 }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        WaitUp(http);
        Post(http, "operations", new Batch("text/csv", File.ReadAllBytes(Path.Combine(caseDir, "operations.csv"))));
        var latencies = new double[batches.Count];
        var next = -1;
        var evaluationsBefore = Volatile.Read(ref evaluations);
        var wall = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, senders).Select(_ => Task.Run(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < batches.Count)
            {
                var sw = Stopwatch.StartNew();
                Post(http, "telemetry", batches[i]);
                latencies[i] = sw.Elapsed.TotalMilliseconds;
            }
        })).ToArray();
        Task.WaitAll(tasks);
        wall.Stop();
        var evaluationsDuring = Volatile.Read(ref evaluations) - evaluationsBefore;
        var acked = Stopwatch.StartNew();
        Post(http, "telemetry", new Batch("text/csv", Encoding.UTF8.GetBytes(violation)));
        var alerted = alerts.WaitFor("9.9.9", TimeSpan.FromMinutes(5));
        var alertSeconds = alerted ? acked.Elapsed.TotalSeconds : double.NaN;
        var peakMiB = Runner.VmHwmKb(worker.Id) / 1024.0;
        Array.Sort(latencies);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"ingest: {rows:N0} events in {wall.Elapsed.TotalSeconds:F2} s = {rows / wall.Elapsed.TotalSeconds:N0} events/s"));
        Console.WriteLine(string.Create(inv, $"evaluations started while sending: {evaluationsDuring}"));
        Console.WriteLine(string.Create(inv, $"acknowledgement latency: p50 {Percentile(latencies, 0.50):F0} ms, p99 {Percentile(latencies, 0.99):F0} ms, max {latencies[^1]:F0} ms"));
        Console.WriteLine(string.Create(inv, $"worker peak RSS (VmHWM): {peakMiB:F0} MiB"));
        Console.WriteLine(alerted
            ? string.Create(inv, $"alert latency after the violation's acknowledgement: {alertSeconds:F1} s (interval {interval.TotalSeconds:F0} s, target <= {2 * interval.TotalSeconds:F0} s)")
            : "alert latency: no alert within 5 minutes");
        Console.WriteLine(string.Create(inv, $"alerts received: {alerts.Count}; load average {LoadAverage()}"));
        return alerted ? 0 : 1;
    }

    /// <summary>The case's rows as batches; from round 2 on, as other devices (ids prefixed with the round).</summary>
    private static IEnumerable<Batch> Batches(string header, List<string> rows, List<string> lines, int batchRows, int round)
    {
        var columns = header.Split(',');
        var (eventId, device) = (Array.IndexOf(columns, "event_id"), Array.IndexOf(columns, "device_id"));
        var prefix = $"r{round}";
        string Csv(string row)
        {
            if (round == 1)
            {
                return row;
            }
            var fields = row.Split(',');
            fields[eventId] = prefix + fields[eventId];
            fields[device] = prefix + fields[device];
            return string.Join(',', fields);
        }
        string Json(string line) => round == 1 ? line
            : line.Replace("\"event_id\":\"", $"\"event_id\":\"{prefix}", StringComparison.Ordinal).Replace("\"device_id\":\"", $"\"device_id\":\"{prefix}", StringComparison.Ordinal);
        return rows.Chunk(batchRows).Select(c => new Batch("text/csv", Encoding.UTF8.GetBytes(header + "\n" + string.Join("\n", c.Select(Csv)) + "\n")))
            .Concat(lines.Chunk(batchRows).Select(c => new Batch("application/x-ndjson", Encoding.UTF8.GetBytes(string.Join("\n", c.Select(Json)) + "\n"))));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static void Post(HttpClient http, string kind, Batch batch)
    {
        using var content = new ByteArrayContent(batch.Body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(batch.ContentType);
        using var response = http.PostAsync($"/api/v1/streams/bench/{kind}", content).GetAwaiter().GetResult();
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"{kind} batch answered {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
        }
    }

    /// <summary>One update check over plain HTTP, an hour before the end of the case's period, from an app version no row had.</summary>
    private static string Violation(string caseDir, string app)
    {
        var until = File.ReadLines(Path.Combine(caseDir, "hotaudit.case.yaml")).Select(l => l.Trim()).First(l => l.StartsWith("until:", StringComparison.Ordinal));
        var ts = DateTimeOffset.Parse(until["until:".Length..].Trim(), CultureInfo.InvariantCulture).AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return $"ts,event_id,app_id,app_version,device_id,event,transport\n{ts},bench-violation-1,{app},9.9.9,bench-device,update_check,http\n";
    }

    private static (string Header, List<string> Rows) Telemetry(string caseDir, string pattern, bool header = true)
    {
        var rows = new List<string>();
        string? first = null;
        foreach (var file in Directory.GetFiles(caseDir, "telemetry" + pattern).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(file, Encoding.UTF8);
            first ??= header ? reader.ReadLine() : "";
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0)
                {
                    rows.Add(line);
                }
            }
        }
        return (first ?? throw new InvalidOperationException($"no telemetry{pattern} in {caseDir}"), rows);
    }

    private static string Reference(string caseDir, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(caseDir).Where(f => !Path.GetFileName(f).StartsWith("telemetry", StringComparison.Ordinal)
            && !Path.GetFileName(f).StartsWith("operations", StringComparison.Ordinal) && !Path.GetFileName(f).EndsWith(".json", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
        return target;
    }

    private static Process StartWorker(string root, string reference, string url, string webhook, TimeSpan interval)
    {
        var start = BuiltCli.Start(["worker", "--inbox", Path.Combine(root, "inbox")]);
        (start.RedirectStandardOutput, start.RedirectStandardError, start.WorkingDirectory) = (true, true, root);
        start.Environment["HOTAUDIT__WEB__URL"] = url;
        start.Environment["HOTAUDIT__WORKER__FORMATS"] = "json";
        start.Environment["HOTAUDIT__STREAMS__0__NAME"] = "bench";
        start.Environment["HOTAUDIT__STREAMS__0__REFERENCE"] = reference;
        start.Environment["HOTAUDIT__STREAMS__0__INTERVAL"] = interval.ToString("c", CultureInfo.InvariantCulture);
        start.Environment["HOTAUDIT__INGEST__TOKEN"] = Token;
        start.Environment["HOTAUDIT__ALERTS__WEBHOOK"] = webhook;
        var process = Process.Start(start)!;
        var log = TextWriter.Synchronized(new StreamWriter(Path.Combine(root, "worker.log")) { AutoFlush = true });
        process.OutputDataReceived += (_, e) =>
        {
            log.WriteLine(e.Data);
            if (e.Data?.Contains("Stream bench: assessing", StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref evaluations);
            }
        };
        process.ErrorDataReceived += (_, e) => log.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void WaitUp(HttpClient http)
    {
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            try
            {
                using var r = http.GetAsync("/api/v1/streams").GetAwaiter().GetResult();
                if (r.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < until)
            {
            }
            Thread.Sleep(200);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private sealed record Batch(string ContentType, byte[] Body);

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace HotAudit.Bench;

/// <summary>
/// <c>cluster DIR --redis HOST:PORT [--workers 1,2,3] [--partitions 64]</c>: the local run, then the same case through a
/// cluster of 1, 2, 3... worker processes on this machine: wall time and overhead against the local run, bytes moved per
/// event from readers to partitions, partition outcome bytes, the cost of one partition, and each worker's peak memory.
/// With <c>--kill</c>, each cluster of 2 or more workers runs the case a second time, on fresh workers, and one worker that
/// does not coordinate the run is SIGKILLed once half the chunks are read (<c>--kill-after 0.5</c>: it then holds
/// partitions' rows that are lost with it), or at a fraction of the undisturbed run's time (<c>--kill-at 0.3</c>, which on a
/// loaded machine may fall before any work): that run's wall time, its ratio to the
/// undisturbed one and the coordinator's count of recomputations are printed beside. <c>--repeat N</c> runs the
/// whole sequence (local, then each cluster, each killed run) N times, interleaved, since the machine is shared. Beside
/// each wall time: CPU seconds (the local run's process; the cluster's workers during the run plus its client), and
/// whether findings.json (created_at removed) equals the local run's. A run starts once the workers are idle after
/// joining (their start-up's background recompilation done; <c>--no-settle</c>: at once). With
/// <c>HOTAUDIT_BENCH_LOGS=DIR</c>, each cluster run's worker logs are kept in DIR.
/// </summary>
internal static partial class ClusterBench
{
    public static int Run(string[] args)
    {
        var caseDir = args[0];
        var redis = Value(args, "--redis") ?? "127.0.0.1:6379";
        var workers = (Value(args, "--workers") ?? "1,2,3").Split(',').Select(int.Parse).ToArray();
        var partitions = Value(args, "--partitions") ?? "64";
        var kill = args.Contains("--kill");
        var killAt = Value(args, "--kill-at") is { } at ? double.Parse(at, CultureInfo.InvariantCulture) : -double.Parse(Value(args, "--kill-after") ?? "0.5", CultureInfo.InvariantCulture);
        var repeat = int.Parse(Value(args, "--repeat") ?? "1", CultureInfo.InvariantCulture);
        Settle = !args.Contains("--no-settle");
        for (var round = 1; round <= repeat; round++)
        {
            if (repeat > 1)
            {
                Console.WriteLine($"round {round} of {repeat}, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            }
            Round(caseDir, redis, workers, partitions, kill, killAt);
        }
        return 0;
    }

    private static void Round(string caseDir, string redis, int[] workers, string partitions, bool kill, double killAt)
    {
        var local = Runner.Run(caseDir, []);
        var localFindings = Findings();
        Console.WriteLine($"local: {local}");
        Console.WriteLine("workers  wall s  overhead  CPU s  bytes/event  outcome MiB  partition ms (median/max)  events/partition  peak MiB per worker  findings");
        foreach (var n in workers)
        {
            var (m, logs, peaks, cpu) = ClusterRun(caseDir, redis, n, partitions);
            var traffic = Traffic().Matches(logs).LastOrDefault();
            var parts = PartitionLine().Matches(logs).Select(x => (Events: long.Parse(x.Groups[1].Value, CultureInfo.InvariantCulture),
                Ms: long.Parse(x.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
            var ms = parts.Select(p => p.Ms).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n,7}  {m.Seconds,6:F2}  {m.Seconds / local.Seconds,8:F2}  {cpu,5:F1}  {traffic?.Groups[1].Value ?? "?",11}  {(traffic is null ? 0 : long.Parse(traffic.Groups[2].Value, CultureInfo.InvariantCulture) / 1048576.0),11:F1}  {(ms.Count == 0 ? 0 : ms[ms.Count / 2]),12}/{(ms.Count == 0 ? 0 : ms[^1]),-12}  {(parts.Count == 0 ? 0 : parts.Average(p => p.Events)),16:N0}  {string.Join(" ", peaks),19}  {Same(localFindings)}"));
            if (Settle)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    the workers were idle {SettleTimes[^1]:F1} s after the cluster formed; the run started then"));
            }
            if (m.ExitCode is not (0 or 1))
            {
                Console.WriteLine($"  exit {m.ExitCode}: {m.Stderr}");
            }
            foreach (var line in m.Stderr.Split('\n').Where(l => l.Contains("timing", StringComparison.Ordinal)))
            {
                Console.WriteLine("    coordinator " + line.Replace("hotaudit: ", "", StringComparison.Ordinal));
            }
            if (kill && n >= 2)
            {
                KilledRun(caseDir, redis, n, partitions, m.Seconds, killAt, localFindings);
            }
        }
    }

    /// <summary>The last run's findings.json without its created_at line.</summary>
    private static string Findings() =>
        string.Join('\n', File.ReadLines(Path.Combine(Runner.OutDir, "findings.json")).Where(l => !l.TrimStart().StartsWith("\"created_at\"", StringComparison.Ordinal)));

    private static string Same(string local) => Findings() == local ? "= local" : "DIFFERENT";

    /// <summary>
    /// Starts <paramref name="n"/> workers, runs the case through them (<paramref name="arm"/>, if given, is armed once the
    /// cluster formed and disposed after the run), and stops them: the run, the workers' logs and their peak MiB.
    /// </summary>
    private static (Measurement Run, string Logs, List<long> PeaksMiB, double CpuSeconds) ClusterRun(
        string caseDir, string redis, int n, string partitions, Func<List<(Process Process, System.Text.StringBuilder Log)>, IDisposable>? arm = null)
    {
        var id = "bench-" + Guid.NewGuid().ToString("N")[..8];
        var procs = Enumerable.Range(0, n).Select(_ => Worker(redis, id)).ToList();
        try
        {
            WaitForSilos(procs, n);
            if (Settle)
            {
                SettleTimes.Add(WaitForIdle(procs));
            }
            // The workers' CPU from the moment they formed the cluster (their start-up is not the run's); a killed worker's
            // CPU until its death is not counted.
            var before = procs.Select(p => CpuSeconds(p.Process.Id)).ToList();
            Measurement m;
            using (arm?.Invoke(procs))
            {
                m = Runner.Run(caseDir, ["--cluster", redis, "--cluster-id", id, "--partitions", partitions]);
            }
            var cpu = m.CpuSeconds + procs.Select((p, i) => p.Process.HasExited ? 0 : CpuSeconds(p.Process.Id) - before[i]).Sum();
            Thread.Sleep(500);
            var logs = string.Join('\n', procs.Select(p => { lock (p.Log) { return p.Log.ToString(); } }));
            if (Environment.GetEnvironmentVariable("HOTAUDIT_BENCH_LOGS") is { Length: > 0 } keep)
            {
                // The workers' logs of each run, for a look at placement and phases afterwards.
                Directory.CreateDirectory(keep);
                File.WriteAllText(Path.Combine(keep, $"{DateTime.UtcNow:HHmmss}-{id}.log"), logs + "\n--- client stderr ---\n" + m.Stderr);
            }
            var peaks = procs.Select(p => p.Process.HasExited ? 0 : Runner.VmHwmKb(p.Process.Id) / 1024).ToList();
            return (m, logs, peaks, cpu);
        }
        finally
        {
            Stop(procs);
        }
    }

    /// <summary>
    /// The same run on fresh workers, one worker that does not coordinate SIGKILLed at <paramref name="fraction"/> of
    /// <paramref name="undisturbed"/> or, when <paramref name="fraction"/> is negative, once that share of the chunks is read.
    /// </summary>
    private static void KilledRun(string caseDir, string redis, int n, string partitions, double undisturbed, double fraction, string localFindings)
    {
        var killed = "none";
        var clock = Stopwatch.StartNew();
        var at = TimeSpan.Zero;
        var when = fraction >= 0 ? $"at {undisturbed * fraction:F1} s" : $"once {-fraction:P0} of the chunks were read";
        var (m, logs, _, cpu) = ClusterRun(caseDir, redis, n, partitions, procs =>
        {
            clock.Restart();
            Timer? timer = null;
            timer = new Timer(_ =>
            {
                if (killed != "none" || (fraction < 0 && ChunksRead(procs) < -fraction))
                {
                    return;
                }
                var victim = procs.FirstOrDefault(p => { lock (p.Log) { return !p.Log.ToString().Contains(": coordinating on", StringComparison.Ordinal); } });
                if (victim.Process is { } process)
                {
                    at = clock.Elapsed;
                    killed = $"pid {process.Id}";
                    process.Kill(entireProcessTree: true);
                }
                timer?.Change(Timeout.Infinite, Timeout.Infinite);
            }, null, fraction >= 0 ? TimeSpan.FromSeconds(undisturbed * fraction) : TimeSpan.FromMilliseconds(100), fraction >= 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(100));
            return timer;
        });
        var recomputed = Finished().Matches(logs).LastOrDefault()?.Groups[1].Value ?? "?";
        var reads = ReadAgain().Matches(logs).Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{n,7}  {m.Seconds,6:F2}  killed a worker ({killed}) {when}, at {at.TotalSeconds:F1} s: {m.Seconds / undisturbed:F2} x the undisturbed run (target <= 2), CPU {cpu:F1} s (survivors and client), exit {m.ExitCode}, {recomputed} recomputation(s), {reads} chunk(s) read again for partitions that lost them; findings {Same(localFindings)}"));
    }

    /// <summary>The share of the run's chunks read so far, from the coordinator's log (0 before its reading starts).</summary>
    private static double ChunksRead(List<(Process Process, System.Text.StringBuilder Log)> procs)
    {
        var logs = string.Join('\n', procs.Select(p => { lock (p.Log) { return p.Log.ToString(); } }));
        var total = Reading().Match(logs) is { Success: true } r ? int.Parse(r.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return total == 0 ? 0 : ChunkRead().Matches(logs).Count / (double)total;
    }

    private static void Stop(List<(Process Process, System.Text.StringBuilder Log)> procs)
    {
        foreach (var p in procs)
        {
            if (!p.Process.HasExited)
            {
                p.Process.Kill(entireProcessTree: true);
            }
            p.Process.WaitForExit();
        }
    }

    private static (Process Process, System.Text.StringBuilder Log) Worker(string redis, string id)
    {
        var start = BuiltCli.Start(["worker", "--cluster", redis, "--cluster-id", id,
            "--silo-port", FreePort().ToString(CultureInfo.InvariantCulture), "--gateway-port", FreePort().ToString(CultureInfo.InvariantCulture)]);
        (start.RedirectStandardOutput, start.RedirectStandardError, start.WorkingDirectory) = (true, true, Path.GetTempPath());
        // The coordinator's phase timings come back to the client with the run's messages.
        start.Environment["HOTAUDIT_TIMINGS"] = "1";
        var process = Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, log);
    }

    /// <summary>
    /// Whether a run starts once the workers are idle (default) rather than as soon as the cluster formed: a cluster's
    /// workers are started before the runs they serve, and in the seconds after joining they still recompile their
    /// start-up code (tiered compilation's background thread), which is not a run's cost. <c>--no-settle</c> measures the
    /// run from the moment the cluster formed, as before.
    /// </summary>
    private static bool Settle { get; set; } = true;

    private static List<double> SettleTimes { get; } = [];

    /// <summary>Waits until the workers used less than 5 % of a core over the last half second (at most 60 s: a worker warms up after joining, see the worker's Cluster:WarmUp; its log line is awaited first, at most 20 s); the seconds waited.</summary>
    private static double WaitForIdle(List<(Process Process, System.Text.StringBuilder Log)> procs)
    {
        var clock = Stopwatch.StartNew();
        // A worker that warms up (Cluster:WarmUp) starts it a few seconds after joining and logs its end: wait for that line
        // (at most 20 s: an older build has no warm-up), then for idleness.
        while (clock.Elapsed < TimeSpan.FromSeconds(20) && !procs.All(p => { lock (p.Log) { return p.Log.ToString().Contains("warm-up: ", StringComparison.Ordinal); } }))
        {
            Thread.Sleep(250);
        }
        var last = procs.Sum(p => CpuSeconds(p.Process.Id));
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(500);
            var now = procs.Sum(p => CpuSeconds(p.Process.Id));
            if (now - last < 0.025)
            {
                break;
            }
            last = now;
        }
        return clock.Elapsed.TotalSeconds;
    }

    private static void WaitForSilos(List<(Process Process, System.Text.StringBuilder Log)> procs, int n)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until)
        {
            if (procs.All(p => { lock (p.Log) { return p.Log.ToString().Contains($": {n} active silo", StringComparison.Ordinal) || p.Log.ToString().Contains($"; {n} active silo", StringComparison.Ordinal); } }))
            {
                return;
            }
            Thread.Sleep(250);
        }
        throw new TimeoutException("the cluster did not form:\n" + string.Join('\n', procs.Select(p => p.Log.ToString())));
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    /// <summary>User + system CPU seconds of a live process (utime + stime of /proc/PID/stat); 0 once it is gone.</summary>
    private static double CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static string? Value(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    [GeneratedRegex(@"bytes moved from readers to partitions \(([\d.]+) bytes/event\); partition outcomes (\d+) bytes")]
    private static partial Regex Traffic();

    [GeneratedRegex(@": reading — chunks \d+/(\d+)")]
    private static partial Regex Reading();

    [GeneratedRegex(@": chunk \d+ \(file \d+, bytes")]
    private static partial Regex ChunkRead();

    [GeneratedRegex(@"chunk \d+ read again for \d+ partition")]
    private static partial Regex ReadAgain();

    [GeneratedRegex(@"finished with exit code \d+, (\d+) recomputation")]
    private static partial Regex Finished();

    [GeneratedRegex(@"evaluated on \S+: (\d+) events in (\d+) ms")]
    private static partial Regex PartitionLine();
}

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
/// does not coordinate the run is SIGKILLed at 30 % (<c>--kill-at 0.3</c>) of the undisturbed run's time: that run's wall time, its ratio to the
/// undisturbed one and the coordinator's count of recomputations are printed beside.
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
        var killAt = double.Parse(Value(args, "--kill-at") ?? "0.3", CultureInfo.InvariantCulture);
        var local = Runner.Run(caseDir, []);
        Console.WriteLine($"local: {local}");
        Console.WriteLine("workers  wall s  overhead  bytes/event  outcome MiB  partition ms (median/max)  events/partition  peak MiB per worker");
        foreach (var n in workers)
        {
            var (m, logs, peaks) = ClusterRun(caseDir, redis, n, partitions);
            var traffic = Traffic().Matches(logs).LastOrDefault();
            var parts = PartitionLine().Matches(logs).Select(x => (Events: long.Parse(x.Groups[1].Value, CultureInfo.InvariantCulture),
                Ms: long.Parse(x.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
            var ms = parts.Select(p => p.Ms).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n,7}  {m.Seconds,6:F2}  {m.Seconds / local.Seconds,8:F2}  {traffic?.Groups[1].Value ?? "?",11}  {(traffic is null ? 0 : long.Parse(traffic.Groups[2].Value, CultureInfo.InvariantCulture) / 1048576.0),11:F1}  {(ms.Count == 0 ? 0 : ms[ms.Count / 2]),12}/{(ms.Count == 0 ? 0 : ms[^1]),-12}  {(parts.Count == 0 ? 0 : parts.Average(p => p.Events)),16:N0}  {string.Join(" ", peaks)}"));
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
                KilledRun(caseDir, redis, n, partitions, m.Seconds, killAt);
            }
        }
        return 0;
    }

    /// <summary>
    /// Starts <paramref name="n"/> workers, runs the case through them (<paramref name="arm"/>, if given, is armed once the
    /// cluster formed and disposed after the run), and stops them: the run, the workers' logs and their peak MiB.
    /// </summary>
    private static (Measurement Run, string Logs, List<long> PeaksMiB) ClusterRun(
        string caseDir, string redis, int n, string partitions, Func<List<(Process Process, System.Text.StringBuilder Log)>, IDisposable>? arm = null)
    {
        var id = "bench-" + Guid.NewGuid().ToString("N")[..8];
        var procs = Enumerable.Range(0, n).Select(_ => Worker(redis, id)).ToList();
        try
        {
            WaitForSilos(procs, n);
            Measurement m;
            using (arm?.Invoke(procs))
            {
                m = Runner.Run(caseDir, ["--cluster", redis, "--cluster-id", id, "--partitions", partitions]);
            }
            Thread.Sleep(500);
            var logs = string.Join('\n', procs.Select(p => { lock (p.Log) { return p.Log.ToString(); } }));
            var peaks = procs.Select(p => p.Process.HasExited ? 0 : Runner.VmHwmKb(p.Process.Id) / 1024).ToList();
            return (m, logs, peaks);
        }
        finally
        {
            Stop(procs);
        }
    }

    /// <summary>The same run on fresh workers, one worker that does not coordinate SIGKILLed at <paramref name="fraction"/> of <paramref name="undisturbed"/>.</summary>
    private static void KilledRun(string caseDir, string redis, int n, string partitions, double undisturbed, double fraction)
    {
        var at = TimeSpan.FromSeconds(undisturbed * fraction);
        var killed = "none";
        var (m, logs, _) = ClusterRun(caseDir, redis, n, partitions, procs => new Timer(_ =>
        {
            var victim = procs.FirstOrDefault(p => { lock (p.Log) { return !p.Log.ToString().Contains(": coordinating on", StringComparison.Ordinal); } });
            if (victim.Process is { } process)
            {
                killed = $"pid {process.Id}";
                process.Kill(entireProcessTree: true);
            }
        }, null, at, Timeout.InfiniteTimeSpan));
        var recomputed = Finished().Matches(logs).LastOrDefault()?.Groups[1].Value ?? "?";
        var reads = ReadAgain().Matches(logs).Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{n,7}  {m.Seconds,6:F2}  killed a worker ({killed}) at {at.TotalSeconds:F1} s: {m.Seconds / undisturbed:F2} x the undisturbed run (target <= 2), exit {m.ExitCode}, {recomputed} recomputation(s), {reads} chunk(s) read again for partitions that lost them"));
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
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var a in new[] { BuiltCli.Dll, "worker", "--cluster", redis, "--cluster-id", id,
            "--silo-port", FreePort().ToString(CultureInfo.InvariantCulture), "--gateway-port", FreePort().ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(a);
        }
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

    private static string? Value(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    [GeneratedRegex(@"bytes moved from readers to partitions \(([\d.]+) bytes/event\); partition outcomes (\d+) bytes")]
    private static partial Regex Traffic();

    [GeneratedRegex(@"chunk \d+ read again for \d+ partition")]
    private static partial Regex ReadAgain();

    [GeneratedRegex(@"finished with exit code \d+, (\d+) recomputation")]
    private static partial Regex Finished();

    [GeneratedRegex(@"evaluated on \S+: (\d+) events in (\d+) ms")]
    private static partial Regex PartitionLine();
}

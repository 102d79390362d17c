using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace HotAudit.Bench;

/// <summary>Runs <c>hotaudit assess</c> (every pack, the monitor, json and xlsx) as a child process, sampling its peak resident set from /proc.</summary>
internal static class Runner
{
    /// <summary>
    /// The runs' out folder, one per bench process: two benches on one machine (a shared machine's other sessions) wrote and
    /// deleted each other's findings.json in a shared folder, and a comparison then read the other case's findings.
    /// </summary>
    public static string OutDir { get; } = Path.Combine(Path.GetTempPath(), $"hotaudit-bench-out-{Environment.ProcessId}");

    /// <summary>One run, printed.</summary>
    public static int Report(string caseDir, string[] extra)
    {
        var m = Run(caseDir, extra);
        Console.WriteLine($"exit {m.ExitCode}; {m.Stderr}");
        Console.WriteLine(m.ToString());
        return m.ExitCode is 0 or 1 ? 0 : m.ExitCode;
    }

    /// <summary>Assesses the case; <c>HOTAUDIT_TIMINGS=1</c> makes the child print its phase timings to stderr.</summary>
    public static Measurement Run(string caseDir, string[] extra, bool timings = false)
    {
        var start = BuiltCli.Start(new[] { "assess", caseDir, "--out", OutDir, "--format", "json,xlsx", "--fail-on", "none" }.Concat(extra));
        (start.RedirectStandardError, start.RedirectStandardOutput) = (true, true);
        if (timings)
        {
            start.Environment["HOTAUDIT_TIMINGS"] = "1";
        }
        var findingsFile = Path.Combine(OutDir, "findings.json");
        // A previous findings.json would become this run's baseline: each run starts from an empty output folder.
        if (Directory.Exists(OutDir))
        {
            Directory.Delete(OutDir, recursive: true);
        }
        var cpuBefore = ChildrenCpuSeconds();
        var sw = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        var stderr = child.StandardError.ReadToEndAsync();
        _ = child.StandardOutput.ReadToEndAsync();
        long peakKb = 0;
        while (!child.WaitForExit(20))
        {
            peakKb = Math.Max(peakKb, VmHwmKb(child.Id));
        }
        sw.Stop();
        child.WaitForExit();
        var cpu = ChildrenCpuSeconds() - cpuBefore;
        using var findings = JsonDocument.Parse(File.ReadAllBytes(findingsFile));
        var rows = findings.RootElement.GetProperty("data_quality").GetProperty("rows_read").GetInt64();
        return new Measurement(child.ExitCode, rows, sw.Elapsed.TotalSeconds, peakKb, stderr.Result.Trim(), cpu);
    }

    /// <summary>
    /// User + system CPU seconds of this process's waited-for children (cutime + cstime of /proc/self/stat): the
    /// difference around one child is that child's CPU time, whatever else the machine runs.
    /// </summary>
    internal static double ChildrenCpuSeconds()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields from the third (state): cutime and cstime are the 16th and 17th of the line.
        return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>The peak resident set (VmHWM) of a live process, in KiB; 0 once it is gone.</summary>
    internal static long VmHwmKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}

using System.Diagnostics;
using System.Text.Json;

namespace HotAudit.Bench;

/// <summary>Runs <c>hotaudit assess</c> as a child process, sampling its peak resident set from /proc.</summary>
internal static class Runner
{
    public static int Run(string caseDir, string[] extra)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "hotaudit.dll");
        var outDir = Path.Combine(Path.GetTempPath(), "hotaudit-bench-out");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { cli, "assess", caseDir, "--out", outDir, "--format", "json,xlsx", "--fail-on", "none" }.Concat(extra))
        {
            start.ArgumentList.Add(a);
        }
        var sw = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        var stderr = child.StandardError.ReadToEndAsync();
        long peakKb = 0;
        while (!child.WaitForExit(50))
        {
            peakKb = Math.Max(peakKb, VmHwmKb(child.Id));
        }
        sw.Stop();
        using var findings = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "findings.json")));
        var rows = findings.RootElement.GetProperty("data_quality").GetProperty("rows_read").GetInt64();
        Console.WriteLine($"exit {child.ExitCode}; {stderr.Result.Trim()}");
        Console.WriteLine($"rows read: {rows:N0}; wall time: {sw.Elapsed.TotalSeconds:F2} s; rate: {rows / sw.Elapsed.TotalSeconds:N0} rows/s; peak RSS: {peakKb / 1024.0:F0} MiB");
        return child.ExitCode is 0 or 1 ? 0 : child.ExitCode;
    }

    private static long VmHwmKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}

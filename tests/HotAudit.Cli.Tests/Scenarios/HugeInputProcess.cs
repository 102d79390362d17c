using System.Diagnostics;
using HotAudit.Testing;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>
/// Runs the real <c>hotaudit assess</c> under a 1 GiB GC heap limit (<c>DOTNET_GCHeapHardLimit</c>), sampling its peak
/// resident set (VmHWM) until it exits.
/// </summary>
internal static class HugeInputProcess
{
    public const long OneGiB = 1L << 30;

    public static async Task<(int Exit, long PeakRss, string Output)> AssessAsync(string caseDir, string outDir)
    {
        var start = HotauditProcess.StartInfo(caseDir, ["assess", caseDir, "--out", outDir, "--format", "json"],
            new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x40000000" });
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakRss(process.Id));
            await Task.Delay(20);
        }
        await process.WaitForExitAsync();
        return (process.ExitCode, peak, await stdout + await stderr);
    }

    /// <summary>Writes <paramref name="head"/>, <paramref name="bytes"/> times <paramref name="fill"/>, then <paramref name="tail"/>.</summary>
    public static void WriteLong(Stream target, string head, long bytes, byte fill, string tail)
    {
        target.Write(System.Text.Encoding.UTF8.GetBytes(head));
        var block = new byte[1 << 20];
        Array.Fill(block, fill);
        for (long left = bytes; left > 0; left -= block.Length)
        {
            target.Write(block, 0, (int)Math.Min(block.Length, left));
        }
        target.Write(System.Text.Encoding.UTF8.GetBytes(tail));
    }

    private static long PeakRss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}

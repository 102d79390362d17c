using System.Diagnostics;

namespace HotAudit.Testing;

/// <summary>How the end-to-end tests start and stop the real <c>hotaudit</c> (the built hotaudit.dll beside them), output captured.</summary>
internal static class HotauditProcess
{
    /// <summary>A start of <c>dotnet hotaudit.dll ARGS</c> in <paramref name="workingDirectory"/> with <paramref name="environment"/> added.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "hotaudit.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        return start;
    }

    /// <summary>Sends SIGTERM (what systemd and Ctrl+C send).</summary>
    public static async Task TerminateAsync(Process process)
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>Waits for the process to exit on its own; false when it still runs after <paramref name="limit"/>.</summary>
    public static async Task<bool> WaitForExitAsync(Process process, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

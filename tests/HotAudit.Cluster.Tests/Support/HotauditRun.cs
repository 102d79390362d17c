using System.Diagnostics;

namespace HotAudit.Cluster.Tests.Support;

/// <summary>One run of the real <c>hotaudit</c> to its end (a command expected to exit by itself), its exit code and output.</summary>
public sealed record HotauditRun(int ExitCode, string StandardOutput, string StandardError)
{
    public static async Task<HotauditRun> ExecuteAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = HotauditProcess.StartInfo(Path.GetTempPath(), args, environment);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"hotaudit {string.Join(' ', args)} did not exit within 60 s:\n{await stdout}\n{await stderr}");
        }
        return new HotauditRun(process.ExitCode, await stdout, await stderr);
    }
}

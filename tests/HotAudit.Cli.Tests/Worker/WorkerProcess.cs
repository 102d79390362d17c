using System.Diagnostics;
using System.Text;

namespace HotAudit.Cli.Tests.Worker;

/// <summary>The real <c>hotaudit worker</c> as a child process (<c>dotnet hotaudit.dll worker --inbox ...</c>), its output collected.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private WorkerProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public int ExitCode => process.ExitCode;

    /// <summary>Starts the worker in <paramref name="workingDirectory"/>, polling every 200 ms and writing findings.json only.</summary>
    public static WorkerProcess Start(string workingDirectory, params string[] args) => StartWith(new Dictionary<string, string>(), workingDirectory, args);

    /// <summary>Starts the worker with extra environment variables (applied after the defaults, so they can override them).</summary>
    public static WorkerProcess StartWith(IReadOnlyDictionary<string, string> environment, string workingDirectory, params string[] args)
    {
        var start = HotauditProcess.StartInfo(workingDirectory, ["worker", .. args], new Dictionary<string, string>
        {
            ["HOTAUDIT__WORKER__POLLINTERVAL"] = "00:00:00.200",
            ["HOTAUDIT__WORKER__FORMATS"] = "json",
        });
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        return new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>SIGKILL: the process dies at once, wherever it is.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>SIGTERM, as systemd stops a service; returns how long the process took to exit.</summary>
    public async Task<TimeSpan> TerminateAsync(TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        await HotauditProcess.TerminateAsync(process);
        using var timeout = new CancellationTokenSource(limit + TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(timeout.Token);
        return watch.Elapsed;
    }

    public Task<bool> WaitForExitAsync(TimeSpan limit) => HotauditProcess.WaitForExitAsync(process, limit);

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}

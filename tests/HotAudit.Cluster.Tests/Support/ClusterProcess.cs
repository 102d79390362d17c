using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace HotAudit.Cluster.Tests.Support;

/// <summary>
/// One real <c>hotaudit worker --cluster ...</c> process (<c>dotnet hotaudit.dll</c> built beside the tests), with its own
/// silo and gateway ports and working folder, its standard output and error captured for diagnostics.
/// </summary>
public sealed class ClusterProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();

    private ClusterProcess(Process process, int index, int siloPort, int gatewayPort, string workingDirectory, IReadOnlyList<string> arguments)
    {
        this.process = process;
        Index = index;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
        WorkingDirectory = workingDirectory;
        Arguments = arguments;
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Its position in <see cref="ClusterProcesses.Processes"/>.</summary>
    public int Index { get; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    /// <summary>A temporary folder of its own (deleted with the cluster), its working directory.</summary>
    public string WorkingDirectory { get; }

    /// <summary>The arguments after <c>hotaudit</c>.</summary>
    public IReadOnlyList<string> Arguments { get; }

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    public string StandardOutput => Read(stdout);

    public string StandardError => Read(stderr);

    /// <summary>Starts <c>dotnet hotaudit.dll worker --cluster REDIS --cluster-id ID --silo-port P --gateway-port G</c> plus <paramref name="extraArgs"/>.</summary>
    public static ClusterProcess Start(
        int index, string redis, string clusterId, string workingDirectory, IEnumerable<string> extraArgs, IReadOnlyDictionary<string, string> environment)
    {
        var siloPort = FreePorts.Next();
        var gatewayPort = FreePorts.Next();
        Directory.CreateDirectory(workingDirectory);
        string[] arguments =
        [
            "worker", "--cluster", redis, "--cluster-id", clusterId,
            "--silo-port", siloPort.ToString(CultureInfo.InvariantCulture),
            "--gateway-port", gatewayPort.ToString(CultureInfo.InvariantCulture),
            .. extraArgs,
        ];
        var start = HotauditProcess.StartInfo(workingDirectory, arguments, environment);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        return new ClusterProcess(process, index, siloPort, gatewayPort, workingDirectory, arguments);
    }

    /// <summary>Waits until the standard output holds <paramref name="text"/> (a log line); false when it does not within <paramref name="limit"/>.</summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!StandardOutput.Contains(text, StringComparison.Ordinal))
        {
            if (watch.Elapsed > limit)
            {
                return false;
            }
            await Task.Delay(50);
        }
        return true;
    }

    /// <summary>SIGKILL: the worker dies at once, wherever it is, without leaving the cluster.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
    }

    /// <summary>SIGSTOP: the worker hangs with its connections open, as a machine that froze or fell off the network.</summary>
    public async Task FreezeAsync()
    {
        using var stop = Process.Start("kill", ["-STOP", process.Id.ToString(CultureInfo.InvariantCulture)]);
        await stop.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as systemd stops a service: the silo leaves the cluster on its way out. Returns how long the exit took.</summary>
    public async Task<TimeSpan> TerminateAsync(TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        await HotauditProcess.TerminateAsync(process);
        if (!await WaitForExitAsync(limit))
        {
            throw new TimeoutException($"worker {Index} did not exit within {limit} of SIGTERM\n{Describe()}");
        }
        return watch.Elapsed;
    }

    /// <summary>Waits for the process to exit on its own; false when it is still running after <paramref name="limit"/>.</summary>
    public Task<bool> WaitForExitAsync(TimeSpan limit) => HotauditProcess.WaitForExitAsync(process, limit);

    /// <summary>The exit code; only once <see cref="HasExited"/>.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>What a failing test prints about this worker: its arguments, state and output.</summary>
    public string Describe()
    {
        var state = process.HasExited ? $"exited with {process.ExitCode}" : $"running as pid {process.Id}";
        return $"--- worker {Index} ({state}): hotaudit {string.Join(' ', Arguments)}\n"
            + $"stdout:\n{Tail(StandardOutput)}\nstderr:\n{Tail(StandardError)}";
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
    }

    private static string Tail(string text, int lines = 40)
    {
        var all = text.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }

    private static void Append(StringBuilder to, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (to)
        {
            to.AppendLine(line);
        }
    }

    private static string Read(StringBuilder from)
    {
        lock (from)
        {
            return from.ToString();
        }
    }
}

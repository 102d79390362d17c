using System.Diagnostics;
using HotAudit.Cluster.Hosting;
using Orleans;
using Orleans.Runtime;

namespace HotAudit.Cluster.Tests.Support;

/// <summary>
/// A cluster of real worker processes for end-to-end tests: started with <see cref="StartAsync"/> (ready once the
/// membership reports every one of them active), watched through an Orleans client (<see cref="Client"/>), killed one by
/// one with <see cref="KillAsync"/>; disposing kills them all and deletes their folders. Give each test its own cluster
/// id (<see cref="NewClusterId"/>) so that tests never see each other's silos in the shared Redis.
/// </summary>
public sealed class ClusterProcesses : IAsyncDisposable
{
    /// <summary>How long a cluster may take to form, and a client to connect, by default.</summary>
    public static readonly TimeSpan DefaultReadiness = TimeSpan.FromSeconds(90);

    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan AskAtMost = TimeSpan.FromSeconds(5);
    private readonly List<ClusterProcess> processes = [];
    private readonly IReadOnlyList<string> extraArgs;
    private readonly IReadOnlyDictionary<string, string> environment;
    private ClusterConnection? connection;

    private ClusterProcesses(string redis, string clusterId, IReadOnlyList<string> extraArgs, IReadOnlyDictionary<string, string> environment)
    {
        Redis = redis;
        ClusterId = clusterId;
        this.extraArgs = extraArgs;
        this.environment = environment;
    }

    /// <summary>The Redis <c>HOST:PORT</c> holding the membership.</summary>
    public string Redis { get; }

    /// <summary>This cluster's id, unique to the test.</summary>
    public string ClusterId { get; }

    /// <summary>The root of the workers' working folders (deleted on dispose); a test may keep its cases here too.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "cluster-" + Guid.NewGuid().ToString("N"));

    /// <summary>The workers, in start order (a killed one stays in the list, exited).</summary>
    public IReadOnlyList<ClusterProcess> Processes => processes;

    /// <summary>A client connected to the cluster (connected during <see cref="StartAsync"/>).</summary>
    public IClusterClient Client => (connection ?? throw new InvalidOperationException("not connected")).Client;

    /// <summary>What a client of this cluster connects with (<c>hotaudit assess --cluster</c> takes the same).</summary>
    public ClusterSettings ClientSettings => new() { Redis = Redis, ClusterId = ClusterId };

    /// <summary>A cluster id no other test uses: <c>PREFIX-xxxxxxxx</c>.</summary>
    public static string NewClusterId(string prefix = "test") => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// Starts <paramref name="count"/> workers (<c>hotaudit worker --cluster REDIS --cluster-id ID --silo-port P --gateway-port G</c>
    /// plus <paramref name="extraArgs"/>, e.g. <c>--inbox DIR</c>, and environment variables), connects a client and waits
    /// until the cluster reports <paramref name="count"/> active silos.
    /// </summary>
    /// <exception cref="TimeoutException">Not ready within <paramref name="readiness"/>; the message holds every worker's output.</exception>
    public static async Task<ClusterProcesses> StartAsync(
        int count,
        string redis,
        string clusterId,
        IReadOnlyList<string>? extraArgs = null,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? readiness = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var cluster = new ClusterProcesses(redis, clusterId, extraArgs ?? [], environment ?? new Dictionary<string, string>());
        try
        {
            var limit = readiness ?? DefaultReadiness;
            for (var i = 0; i < count; i++)
            {
                cluster.StartOne();
            }
            await cluster.ConnectAsync(limit);
            await cluster.WaitForActiveSilosAsync(count, limit);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts one more worker and waits until the cluster reports it active too.</summary>
    public async Task<ClusterProcess> AddAsync(TimeSpan? readiness = null)
    {
        var alive = processes.Count(p => !p.HasExited);
        var added = StartOne();
        await WaitForActiveSilosAsync(alive + 1, readiness ?? DefaultReadiness);
        return added;
    }

    /// <summary>SIGKILL of worker <paramref name="index"/>: it leaves the cluster without a goodbye, as a crashed machine would.</summary>
    public Task KillAsync(int index) => processes[index].KillAsync();

    /// <summary>SIGSTOP of worker <paramref name="index"/>: it stops answering without closing its connections (a hung machine).</summary>
    public Task FreezeAsync(int index) => processes[index].FreezeAsync();

    /// <summary>SIGTERM of worker <paramref name="index"/>: it stops as under systemd, leaving the cluster in good order; returns how long it took.</summary>
    public Task<TimeSpan> TerminateAsync(int index) => processes[index].TerminateAsync(TimeSpan.FromSeconds(30));

    /// <summary>The silos the cluster's membership holds as active now.</summary>
    public async Task<IReadOnlyList<SiloAddress>> ActiveSilosAsync()
    {
        using var ask = new CancellationTokenSource(AskAtMost);
        return await ClusterStatus.ActiveSilosAsync(Client, ask.Token);
    }

    /// <summary>
    /// Polls the membership until it reports exactly <paramref name="expected"/> active silos; returns how long that took.
    /// A failed poll (the client's gateway just died) is retried.
    /// </summary>
    /// <exception cref="TimeoutException">Not within <paramref name="limit"/>; the message holds the last answer and every worker's output.</exception>
    public async Task<TimeSpan> WaitForActiveSilosAsync(int expected, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        var last = "no answer yet";
        while (watch.Elapsed < limit)
        {
            ThrowIfFewerRunning(expected);
            try
            {
                var active = await ActiveSilosAsync();
                if (active.Count == expected)
                {
                    return watch.Elapsed;
                }
                last = $"{active.Count} active: {string.Join(", ", active)}";
            }
            catch (Exception e) when (e is OrleansException or TimeoutException or OperationCanceledException or SiloUnavailableException)
            {
                last = $"{e.GetType().Name}: {e.Message}";
            }
            await Task.Delay(PollEvery);
        }
        throw new TimeoutException($"cluster {ClusterId} did not report {expected} active silo(s) within {limit} (last: {last})\n{Diagnostics()}");
    }

    /// <summary>Every worker's arguments, state and output tail: what a failing test should print.</summary>
    public string Diagnostics() => string.Join('\n', processes.Select(p => p.Describe()));

    /// <summary>Disconnects the client, kills every worker, deletes the working folders.</summary>
    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
            connection = null;
        }
        foreach (var process in processes)
        {
            process.Dispose();
        }
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was written.
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test that already has its verdict.
        }
    }

    private ClusterProcess StartOne()
    {
        var index = processes.Count;
        var process = ClusterProcess.Start(index, Redis, ClusterId, Path.Combine(Root, $"worker-{index}"), extraArgs, environment);
        processes.Add(process);
        return process;
    }

    private async Task ConnectAsync(TimeSpan limit)
    {
        // Short attempts, so that workers that all died (a port taken, a bad argument) fail the start at once.
        var watch = Stopwatch.StartNew();
        while (true)
        {
            ThrowIfFewerRunning(1);
            try
            {
                connection = await ClusterClientConnector.ConnectAsync(ClientSettings, AskAtMost);
                return;
            }
            catch (ClusterUnavailableException e) when (watch.Elapsed >= limit)
            {
                throw new TimeoutException($"{e.Message}\n{Diagnostics()}", e);
            }
            catch (ClusterUnavailableException)
            {
                // No gateway registered yet: the workers are still starting.
            }
        }
    }

    private void ThrowIfFewerRunning(int expected)
    {
        var running = processes.Count(p => !p.HasExited);
        if (running < expected)
        {
            throw new InvalidOperationException($"only {running} worker(s) of cluster {ClusterId} still run, {expected} expected\n{Diagnostics()}");
        }
    }
}

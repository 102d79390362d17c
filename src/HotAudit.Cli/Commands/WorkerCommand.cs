using System.CommandLine;
using HotAudit.Worker;
using HotAudit.Cluster.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HotAudit.Cli.Commands;

/// <summary><c>hotaudit worker</c>: the hosted worker in the foreground, until SIGTERM or Ctrl+C.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var shared = new WorkerOptions();
        var cluster = new WorkerClusterOptions();
        var jsonLogs = new Option<bool>("--json-logs") { Description = "Log JSON lines to the console (Worker:JsonLogs)." };
        var command = new Command("worker", "Watch an inbox, run schedules and keep a run history; with --cluster, also join a cluster of workers as an Orleans silo (settings: sections Worker and Cluster of appsettings.json, HOTAUDIT__WORKER__..., HOTAUDIT__CLUSTER__..., options).");
        foreach (var option in shared.All)
        {
            command.Options.Add(option);
        }
        foreach (var option in cluster.All)
        {
            command.Options.Add(option);
        }
        command.Options.Add(jsonLogs);
        command.SetAction(async (parse, ct) =>
        {
            var overrides = shared.Overrides(parse);
            overrides["Worker:JsonLogs"] = parse.GetValue(jsonLogs) ? "true" : null;
            foreach (var (key, value) in cluster.Overrides(parse))
            {
                overrides[key] = value;
            }
            return await RunAsync(overrides, parse.GetValue(shared.Config), ct);
        });
        return command;
    }

    /// <summary>
    /// A service that failed stopped the host (its error is logged): exit non-zero, so a supervisor (systemd's
    /// <c>Restart=on-failure</c>) starts the worker again instead of taking the stop for a clean one.
    /// </summary>
    private static async Task<int> HostFailure(IReadOnlyList<BackgroundService> services)
    {
        var failed = services.Select(s => s.ExecuteTask).FirstOrDefault(t => t is { IsFaulted: true });
        if (failed is null)
        {
            return Program.Ok;
        }
        await Console.Error.WriteLineAsync($"hotaudit: worker: stopped by a failure: {Worker.LogText.Escape(failed.Exception?.InnerException?.Message)}");
        return Program.InternalError;
    }

    private static async Task<int> RunAsync(Dictionary<string, string?> overrides, string? configFile, CancellationToken ct)
    {
        try
        {
            using var host = WorkerHost.Build(overrides, configFile);
            var cluster = WorkerHost.ClusterOf(host);
            // Asked before running: a host that stops disposes its services.
            var services = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
            try
            {
                await host.RunAsync(ct);
            }
            catch (Exception e) when (cluster is not null && ClusterErrors.DescribeRedis(e, cluster) is { } problem)
            {
                await Console.Error.WriteLineAsync($"hotaudit: worker: cannot start: {problem}");
                return Program.BadInput;
            }
            return await HostFailure(services);
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
            {
                await Console.Error.WriteLineAsync($"hotaudit: worker: {failure}");
            }
            return Program.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException or InvalidDataException)
        {
            await Console.Error.WriteLineAsync($"hotaudit: worker: cannot start: {e.Message}");
            return Program.BadInput;
        }
    }
}

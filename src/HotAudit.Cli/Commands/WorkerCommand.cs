using System.CommandLine;
using HotAudit.Cli.Worker;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HotAudit.Cli.Commands;

/// <summary><c>hotaudit worker</c>: the hosted worker in the foreground, until SIGTERM or Ctrl+C.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var shared = new WorkerOptions();
        var jsonLogs = new Option<bool>("--json-logs") { Description = "Log JSON lines to the console (Worker:JsonLogs)." };
        var command = new Command("worker", "Watch an inbox, run schedules and keep a run history (settings: section Worker of appsettings.json, HOTAUDIT__WORKER__..., options).");
        foreach (var option in shared.All)
        {
            command.Options.Add(option);
        }
        command.Options.Add(jsonLogs);
        command.SetAction(async (parse, ct) =>
        {
            var overrides = shared.Overrides(parse);
            overrides["Worker:JsonLogs"] = parse.GetValue(jsonLogs) ? "true" : null;
            return await RunAsync(overrides, parse.GetValue(shared.Config), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(Dictionary<string, string?> overrides, string? configFile, CancellationToken ct)
    {
        try
        {
            using var host = WorkerHost.Build(overrides, configFile);
            await host.RunAsync(ct);
            return Program.Ok;
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

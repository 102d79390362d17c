using System.CommandLine;
using System.Globalization;
using HotAudit.Worker;
using HotAudit.History;
using Microsoft.Extensions.Configuration;

namespace HotAudit.Cli.Commands;

/// <summary><c>hotaudit history [CASE]</c>: the worker's recorded runs, newest first.</summary>
internal static class HistoryCommand
{
    public static Command Create()
    {
        var shared = new WorkerOptions();
        var caseName = new Argument<string?>("CASE") { Description = "Only the runs of this case (inbox folder name or schedule name).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("history", "List the worker's recorded runs (the same settings as hotaudit worker find the history).") { caseName };
        foreach (var option in shared.All.Where(o => o != shared.Reports))
        {
            command.Options.Add(option);
        }
        command.SetAction(async (parse, ct) =>
        {
            var settings = new WorkerSettings();
            WorkerConfiguration.Build(shared.Overrides(parse), parse.GetValue(shared.Config)).GetSection(WorkerSettings.Section).Bind(settings);
            if (settings.State is null && settings.Inbox is null && RunHistories.IsSqlite(settings.History))
            {
                await Console.Error.WriteLineAsync("hotaudit: history: Worker:State or Worker:Inbox is required to find the SQLite history (--state or --inbox)");
                return Program.BadInput;
            }
            if (RunHistories.Problem(settings.History) is { } problem)
            {
                await Console.Error.WriteLineAsync($"hotaudit: history: Worker:History {problem}");
                return Program.BadInput;
            }
            return await ListAsync(settings, parse.GetValue(caseName), ct);
        });
        return command;
    }

    private static async Task<int> ListAsync(WorkerSettings settings, string? caseName, CancellationToken ct)
    {
        var state = settings.State ?? WorkerPaths.From(settings).State;
        if (RunHistories.IsSqlite(settings.History) && !File.Exists(Path.Combine(state, RunHistories.SqliteFile)))
        {
            await Console.Error.WriteLineAsync($"hotaudit: history: {Path.Combine(state, RunHistories.SqliteFile)}: no history there (the worker has not run with this state folder)");
            return Program.BadInput;
        }
        var history = RunHistories.Open(settings.History, state);
        await history.EnsureCreatedAsync(ct);
        var runs = await history.ListAsync(caseName, ct);
        Console.WriteLine(HistoryTable.Header);
        foreach (var run in runs)
        {
            Console.WriteLine(HistoryTable.Row(run));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs.Count} run(s)"));
        return Program.Ok;
    }
}

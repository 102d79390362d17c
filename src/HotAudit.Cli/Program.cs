using System.CommandLine;
using HotAudit.Anomalies;
using HotAudit.Assessment;
using HotAudit.Cli.Commands;
using HotAudit.Signing;

namespace HotAudit.Cli;

/// <summary>The <c>hotaudit</c> executable: parses the command line and runs a command, returning its exit code.</summary>
public static class Program
{
    /// <summary>Exit code 0: done, nothing at or above --fail-on.</summary>
    public const int Ok = HotAudit.Assessment.ExitCodes.Ok;

    /// <summary>Exit code 1: findings at or above --fail-on (or a failed check).</summary>
    public const int Findings = HotAudit.Assessment.ExitCodes.Findings;

    /// <summary>Exit code 2: usage error or unreadable input.</summary>
    public const int BadInput = HotAudit.Assessment.ExitCodes.BadInput;

    /// <summary>Exit code 3: internal error.</summary>
    public const int InternalError = HotAudit.Assessment.ExitCodes.InternalError;

    /// <summary>Runs the command line.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args is ["worker", ..])
        {
            WorkerRuntime.Apply();
        }
        // The composition root of a command-line run: the one clock, signature verifier and monitor factory.
        var services = new AssessServices(TimeProvider.System, new PatchSignatureVerifier(), kept => new AnomalyMonitor(kept));
        var root = new RootCommand("HotAudit: assess hot-update frameworks and their operators against TAF-HU and T/TAF 084.4 from exported logs.")
        {
            AssessCommand.Create(services),
            RulesCommand.Create(services),
            VerifyCommand.Create(),
            TraceCommand.Create(),
            WorkerCommand.Create(),
            HistoryCommand.Create(),
            SamplesCommand.Create(),
        };
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await System.Console.Error.WriteLineAsync($"hotaudit: {error.Message}");
            }
            await System.Console.Error.WriteLineAsync("Run 'hotaudit --help' for usage.");
            return BadInput;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await System.Console.Error.WriteLineAsync($"hotaudit: internal error: {e}");
            return InternalError;
        }
    }
}

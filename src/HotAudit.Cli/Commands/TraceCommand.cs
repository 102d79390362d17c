using System.CommandLine;
using HotAudit.Assessment.Tracing;

namespace HotAudit.Cli.Commands;

/// <summary>
/// <c>hotaudit trace CASE_DIR --patch ID | --device ID</c>: the chain for a regulator (clause 7.2 i), upload → review →
/// approval → publish → devices, with every missing link marked.
/// </summary>
internal static class TraceCommand
{
    public static Command Create()
    {
        var caseDir = new Argument<string>("CASE_DIR") { Description = "The case folder." };
        var patch = new Option<string?>("--patch") { Description = "Trace one patch: its steps, active window, devices and gaps." };
        var device = new Option<string?>("--device") { Description = "Trace one device (under every app): its patch events, each patch back to its publish and approver." };
        var command = new Command("trace", "Trace a patch or a device back to who released it (clause 7.2 i). Exit 0 when the chain is complete, 1 when a link is missing.")
        {
            caseDir, patch, device,
        };
        command.SetAction(parse =>
        {
            var (p, d) = (parse.GetValue(patch), parse.GetValue(device));
            if ((p is null) == (d is null))
            {
                System.Console.Error.WriteLine("hotaudit: trace needs exactly one of --patch ID and --device ID");
                return Program.BadInput;
            }
            return new TraceRunner(System.Console.Out, System.Console.Error).Run(parse.GetValue(caseDir)!, p, d);
        });
        return command;
    }
}

using System.Diagnostics;
using System.Globalization;

namespace HotAudit.Bench;

/// <summary>
/// Timed harness: <c>generate DIR [events] [seed]</c> writes a case with the <c>hotaudit samples</c> generator;
/// <c>run DIR</c> assesses it in a child process and prints wall time, events per second and the child's peak resident
/// memory (VmHWM); <c>quality</c> scores the anomaly monitor on generated cases.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "generate")
        {
            var events = args.Length > 2 ? long.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000;
            var seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 7;
            var sw = Stopwatch.StartNew();
            // The hotaudit samples generator (about 290 events per device over 90 days) replaces the former synthetic one.
            var devices = (int)Math.Max(1, events / 290);
            var (written, _) = HotAudit.Cli.Samples.SampleCase.Write(new HotAudit.Cli.Samples.SampleOptions(args[1], devices, 90, seed, ["burst", "silent", "failure", "http"], false));
            Console.WriteLine($"generated {written:N0} telemetry rows ({devices:N0} devices) in {sw.Elapsed.TotalSeconds:F1}s into {args[1]}");
            return 0;
        }
        if (args.Length >= 2 && args[0] == "run")
        {
            return Runner.Run(args[1], args.Skip(2).ToArray());
        }
        if (args.Length >= 1 && args[0] == "quality")
        {
            return Quality.Run(args[1..]);
        }
        Console.Error.WriteLine("usage: HotAudit.Bench generate DIR [events] [seed] | run DIR [extra assess options] | quality [seeds] [devices] [days]");
        return 2;
    }
}

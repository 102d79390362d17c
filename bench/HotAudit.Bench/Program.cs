using System.Globalization;

namespace HotAudit.Bench;

/// <summary>
/// Timed harness. <c>generate DIR [events] [seed] [devices] [days]</c> writes a case with the <c>hotaudit samples</c>
/// generator; <c>run DIR</c> assesses it in a child process (wall time, events per second, peak resident memory);
/// <c>peer DIR|--events N</c> assesses a case and runs the DuckDB peer for HU-SIL-01, HU-TLS-01 and HU-FRQ-03 over the
/// same files, checks both agree and prints the ratio; <c>scaling [events...]</c> runs 1M, 2M and 5M;
/// <c>quality</c> scores the anomaly monitor on generated cases; <c>cluster DIR</c> times the case through 1, 2, 3 local workers;
/// <c>scenario FAMILY DIR [--seed S]</c> writes one scenario family's case and <c>DIR.truth.json</c>;
/// <c>stream [--events N]</c> measures the worker's live path (<see cref="StreamBench"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        static long Arg(string[] a, int i, long fallback) => a.Length > i ? long.Parse(a[i], CultureInfo.InvariantCulture) : fallback;
        switch (args.FirstOrDefault())
        {
            case "generate" when args.Length >= 2:
                var g = Options.Positional(args).ToArray();
                Generator.Write(g[1], Arg(g, 2, 1_000_000), (int)Arg(g, 3, 7), g.Length > 4 ? (int)Arg(g, 4, 0) : null, (int)Arg(g, 5, 200), Mix.FromArgs(args).Single());
                return 0;
            case "run" when args.Length >= 2:
                return Runner.Report(args[1], args.Skip(2).ToArray());
            case "peer" or "compare" when args.Length >= 2:
                return Peer.Run(Cases.Resolve(args[1..]), Options.Repeats(args), args.Contains("--timings"));
            case "scaling":
                return Scaling.Run(Options.Positional(args[1..]).Select(a => long.Parse(a, CultureInfo.InvariantCulture)).ToArray(), Options.Repeats(args),
                    Mix.FromArgs(args), Cases.Devices(args), args.Contains("--timings"));
            case "quality":
                return Quality.Run(args[1..]);
            case "cluster" when args.Length >= 2:
                return ClusterBench.Run(args[1..]);
            case "ingest" when args.Length >= 2:
                return IngestRate.Run(args[1..]);
            case "csvparse" when args.Length >= 2:
                return CsvParsers.Run(args[1..]);
            case "scenario":
                return Scenarios.ScenarioCommand.Run(args[1..]);
            case "stream":
                return StreamBench.Run(args[1..]);
            default:
                Console.Error.WriteLine("usage: HotAudit.Bench generate DIR [events] [seed] [devices] [days] [--mix csv|jsonl|gzip] | run DIR [assess options]"
                    + " | peer DIR...|--events N [--mix csv,jsonl,gzip] [--devices D] [--repeat K] [--timings]"
                    + " | scaling [events...] [--mix csv,jsonl,gzip] [--devices D] [--repeat K] [--timings] | quality [seeds] [family...] | cluster DIR [--redis HOST:PORT] [--workers 1,2,3] [--partitions P] [--kill [--kill-at F]] | scenario FAMILY DIR [--seed S] | csvparse FILE [--repeat K] | ingest FILE [--repeat K]"
                    + " | stream [--events N] [--senders 4] [--batch 5000] [--interval 00:00:10]");
                return 2;
        }
    }
}

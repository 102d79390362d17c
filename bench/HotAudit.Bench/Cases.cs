using System.Globalization;

namespace HotAudit.Bench;

/// <summary>Finds or generates the case a timed subcommand runs on.</summary>
internal static class Cases
{
    /// <summary>
    /// Every <c>DIR</c> given, or <c>--events N</c>: a generated case cached under the temp folder (seed 7) for each
    /// <c>--mix</c> (default csv), from <c>--devices D</c> devices (default N / 25).
    /// </summary>
    public static IReadOnlyList<string> Resolve(string[] args)
    {
        var i = Array.IndexOf(args, "--events");
        if (i < 0)
        {
            return [.. Options.Positional(args)];
        }
        var events = long.Parse(args[i + 1], CultureInfo.InvariantCulture);
        return [.. Mix.FromArgs(args).Select(m => ForEvents(events, m, Devices(args)))];
    }

    /// <summary><c>--devices D</c>, or null (events / 25).</summary>
    public static int? Devices(string[] args)
    {
        var i = Array.IndexOf(args, "--devices");
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The cached case of <paramref name="events"/> (the default one: <c>hotaudit-bench-N</c>, as before mixes).</summary>
    public static string ForEvents(long events, Mix? mix = null, int? devices = null)
    {
        mix ??= Mix.CsvAndJsonl;
        var name = $"hotaudit-bench-{events}" + (mix.IsDefault ? "" : $"-{mix.Name}") + (devices is { } d ? $"-d{d}" : "");
        var dir = Path.Combine(Path.GetTempPath(), name);
        if (!File.Exists(Path.Combine(dir, "hotaudit.case.yaml")))
        {
            Generator.Write(dir, events, 7, devices, mix: mix);
        }
        return dir;
    }
}

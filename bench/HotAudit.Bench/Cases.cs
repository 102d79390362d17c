using System.Globalization;

namespace HotAudit.Bench;

/// <summary>Finds or generates the case a timed subcommand runs on.</summary>
internal static class Cases
{
    /// <summary><c>DIR</c> as given, or <c>--events N</c>: a generated case cached under the temp folder (seed 7).</summary>
    public static string Resolve(string[] args)
    {
        var i = Array.IndexOf(args, "--events");
        return i >= 0 ? ForEvents(long.Parse(args[i + 1], CultureInfo.InvariantCulture)) : args[0];
    }

    public static string ForEvents(long events)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"hotaudit-bench-{events}");
        if (!File.Exists(Path.Combine(dir, "hotaudit.case.yaml")))
        {
            Generator.Write(dir, events, 7);
        }
        return dir;
    }
}

using System.Globalization;

namespace HotAudit.Bench;

/// <summary>Options shared by the timed subcommands.</summary>
internal static class Options
{
    /// <summary><c>--repeat K</c>: how many times each timing is taken (the spread is printed); default 3.</summary>
    public static int Repeats(string[] args)
    {
        var i = Array.IndexOf(args, "--repeat");
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : 3;
    }

    /// <summary>Options that take no value.</summary>
    private static readonly string[] Flags = ["--timings"];

    /// <summary>The arguments that are neither an option nor an option's value.</summary>
    public static IEnumerable<string> Positional(string[] args) =>
        args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal)
            && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal) || Flags.Contains(args[i - 1])));
}

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
}

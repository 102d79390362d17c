namespace HotAudit.Core.Targeting;

/// <summary>Version literals (digits and dots) compared part by part as numbers; a missing part counts as 0.</summary>
internal static class VersionOrder
{
    /// <summary>Whether the text reads as a version: digits separated by single dots.</summary>
    public static bool IsVersion(string text) =>
        text.Length > 0 && text.Split('.').All(p => p.Length > 0 && p.All(char.IsAsciiDigit));

    /// <summary>Compares two versions part by part.</summary>
    public static int Compare(string a, string b)
    {
        var x = a.Split('.');
        var y = b.Split('.');
        for (var i = 0; i < Math.Max(x.Length, y.Length); i++)
        {
            var c = Part(x, i).CompareTo(Part(y, i));
            if (c != 0)
            {
                return c;
            }
        }
        return 0;
    }

    private static System.Numerics.BigInteger Part(string[] parts, int i) =>
        i < parts.Length ? System.Numerics.BigInteger.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture) : 0;
}

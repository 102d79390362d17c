namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>Names for apps, people and patch notes; drawn without repeats from one case's random stream.</summary>
internal sealed class FleetNames(Random rng)
{
    private static readonly string[] Products =
    [
        "mall", "wallet", "news", "rides", "clinic", "classroom", "chat", "weather", "bank", "fitness", "maps", "music",
        "video", "food", "travel", "hr", "crm", "meter", "stocks", "reader", "camera", "notes", "parking", "tickets",
        "energy", "insure", "pharmacy", "freight", "school", "citizen",
    ];

    private static readonly string[] Vendors = ["acme", "lantern", "harbor", "peak", "jade", "orbit", "kite", "delta"];

    private static readonly string[] Surnames =
    [
        "li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu", "gao",
        "lin", "he", "guo", "ma", "luo",
    ];

    private static readonly string[] Given =
    [
        "wei", "fang", "na", "min", "jing", "lei", "yang", "jie", "tao", "ping", "hui", "qiang", "yan", "bo", "xin",
        "hao", "yu", "lan", "chao", "rui",
    ];

    private static readonly string[] Notes =
    [
        "fix crash on order page", "fix login token refresh", "adjust banner layout", "fix payment callback timeout",
        "update copy for holiday campaign", "fix null pointer in feed", "fix image cache leak", "patch webview cookie bug",
        "fix map tile loading", "fix push badge count", "hotfix price rounding", "fix dark mode colours",
    ];

    private readonly HashSet<string> _used = [];

    public string Product() => Unused(() => Products[rng.Next(Products.Length)]);

    public string Vendor() => Vendors[rng.Next(Vendors.Length)];

    /// <summary>A person's account, e.g. <c>zhou.lei</c>; a digit is added when the pair is taken.</summary>
    public string Person()
    {
        var name = $"{Surnames[rng.Next(Surnames.Length)]}.{Given[rng.Next(Given.Length)]}";
        return _used.Add(name) ? name : Unused(() => name + rng.Next(2, 10).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static string Note(int patch) => Notes[patch % Notes.Length];

    private string Unused(Func<string> draw)
    {
        for (var i = 0; i < 1000; i++)
        {
            var name = draw();
            if (_used.Add(name))
                return name;
        }
        throw new InvalidOperationException("name pool exhausted");
    }
}

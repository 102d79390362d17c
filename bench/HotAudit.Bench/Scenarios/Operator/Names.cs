namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>Name pools for apps and operator accounts, drawn without repetition.</summary>
internal sealed class Names(Random rng)
{
    private static readonly string[] Products =
    [
        "mall", "news", "pay", "video", "maps", "music", "bank", "travel", "health", "edu", "food", "reader", "weather",
        "chat", "games", "taxi", "ticket", "fitness", "stock", "photo", "insure", "rent", "jobs", "drive",
    ];

    private static readonly string[] Companies = ["yunfan", "hailan", "qingshan", "jinqiao", "baixing", "lianyun"];

    private static readonly string[] Surnames =
    [
        "wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu", "gao",
        "lin", "he", "guo", "ma", "luo",
    ];

    private static readonly string[] Given =
    [
        "wei", "fang", "na", "min", "jing", "lei", "jun", "yan", "tao", "ming", "hui", "qiang", "xin", "yu", "hao",
        "jie", "ting", "bo", "kai", "lu",
    ];

    private readonly HashSet<string> _used = [];
    private readonly string _company = Companies[rng.Next(Companies.Length)];
    private readonly List<string> _products = [.. Products];

    /// <summary>A new app id such as <c>com.hailan.pay</c>.</summary>
    public string App()
    {
        var i = rng.Next(_products.Count);
        var name = _products[i];
        _products.RemoveAt(i);
        return $"com.{_company}.{name}";
    }

    /// <summary>A new operator account such as <c>zhou.ting</c> (a number is added when the name is taken).</summary>
    public string Person(string prefix = "")
    {
        var name = $"{prefix}{Surnames[rng.Next(Surnames.Length)]}.{Given[rng.Next(Given.Length)]}";
        var candidate = name;
        for (var n = 2; !_used.Add(candidate); n++)
            candidate = $"{name}{n}";
        return candidate;
    }
}

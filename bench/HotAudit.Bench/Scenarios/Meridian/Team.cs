namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// The people of one customer's team with accounts on the Meridian console (developers, the lead who approves, the
/// release manager, the product manager, QA, the CI bot), and the platform's own staff who act on every app (the
/// security reviewers, the administrator).
/// </summary>
internal sealed record Team(IReadOnlyList<string> Developers, string Lead, string ReleaseManager, string ProductManager, string Qa, string Ci)
{
    /// <summary>Meridian's security reviewers: every customer patch is reviewed by one of them.</summary>
    public static readonly IReadOnlyList<string> Security = ["mer-sec.anita", "mer-sec.rahul", "mer-sec.divya"];

    /// <summary>Meridian's platform administrator (registrations, keys, permissions, reviews, exports).</summary>
    public const string Admin = "mer-admin.kiran";

    /// <summary>Meridian's site-reliability engineers, who join an app's incident when called.</summary>
    public static readonly IReadOnlyList<string> Sre = ["mer-sre.farhan", "mer-sre.lakshmi", "mer-sre.joseph", "mer-sre.pooja", "mer-sre.naveen"];

    private static readonly string[] Names =
    [
        "priya", "arjun", "meera", "vikram", "sana", "rohit", "kavya", "aditya", "nisha", "imran", "deepa", "suresh",
        "ananya", "karthik", "fatima", "manoj", "isha", "gaurav", "rekha", "tarun", "zoya", "harish", "lata", "omkar",
    ];

    /// <summary>Everyone of the team, for the roster.</summary>
    public IEnumerable<(string Operator, string Role, string Permissions)> Members =>
        Developers.Select(d => (d, "developer", "upload"))
            .Append((Lead, "lead", "approve;rollback"))
            .Append((ReleaseManager, "release_manager", "publish;rollback"))
            .Append((ProductManager, "product", "publish"))
            .Append((Qa, "qa", "upload"))
            .Append((Ci, "ci", "upload;publish"));

    /// <summary>A team for <paramref name="app"/>: two to four developers and one of each other role, with distinct names.</summary>
    public static Team For(AppProfile app, Random rng)
    {
        var names = Names.OrderBy(_ => rng.Next()).ToList();
        var developers = names.Take(2 + rng.Next(3)).Select(n => $"{app.Short}.{n}").ToList();
        var rest = names.Skip(developers.Count).Select(n => $"{app.Short}.{n}").ToList();
        return new Team(developers, rest[0], rest[1], rest[2], rest[3], $"{app.Short}-ci-bot");
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HotAudit.Samples;

/// <summary>
/// The apps, their versions and the patch release cadence: every patch goes upload → security review → approval
/// request → approve → publish over a working day, every 5–9 days per app version, plus the injected publishes.
/// </summary>
internal sealed class ReleasePlan
{
    public static readonly string[] Apps = ["com.acme.shop", "com.acme.news", "com.acme.pay"];
    public static readonly string[] Versions = ["5.1.0", "5.2.0"];
    private readonly Random _rng;
    private readonly SampleOptions _options;
    private readonly Dictionary<(string, string), int> _patchVersions = [];
    private readonly Dictionary<(string, string), PatchRelease[]> _byVersion = [];

    public ReleasePlan(SampleOptions options, Random rng)
    {
        _options = options;
        _rng = rng;
        ReleaseDay = options.Days / 3;
    }

    /// <summary>The local day the second app version ships.</summary>
    public int ReleaseDay { get; }

    public List<PatchRelease> Releases { get; } = [];

    /// <summary>The earliest instant (UTC ticks) of any operation written.</summary>
    public long FirstOperationTicks { get; private set; } = long.MaxValue;

    public List<string> Operations { get; } = ["ts,op_id,operator,role,action,app_id,app_version,patch_id,patch_version,patch_hash,content,approval_id,result,distribution,signature,signature_alg,key_id"];

    public void Build(IReadOnlyList<Injection> injections)
    {
        var planned = new List<(string App, string Version, int Day, double Hour, bool Approved)>();
        foreach (var app in Apps)
        {
            Operations.Add(Row(Ticks(0, 9), "admin.zhao", "admin", "app_register", app, "", "", "", "", ""));
            foreach (var version in Versions)
            {
                var first = version == Versions[0] ? 0 : ReleaseDay;
                Operations.Add(Row(Ticks(first, 9.5), "admin.zhao", "admin", "version_register", app, version, "", "", "", ""));
                for (var day = first + 1 + _rng.Next(4); day < _options.Days; day += 5 + _rng.Next(5))
                {
                    planned.Add((app, version, day, 10 + (_rng.NextDouble() * 6), true));
                }
            }
        }
        // A usage review every 60 days from day 30 keeps every stretch under HU-GOV-06's 90 days.
        for (var day = 30; day < _options.Days; day += 60)
        {
            Operations.Add(Row(Ticks(day, 15), "admin.zhao", "admin", "usage_review", "", "", "", "", "", "quarterly usage review"));
        }
        foreach (var i in injections)
        {
            var hours = i.Kind == "burst" ? Enumerable.Range(0, 8).Select(h => 9 + h + (_rng.NextDouble() * 0.5)).ToArray() : [8.5];
            planned.AddRange(hours.Select(h => (i.AppId, i.AppVersion, i.Day, h, i.Kind != "unapproved")));
        }
        // Patch versions rise in publishing order, so the injections do not also break HU-DST-04.
        foreach (var p in planned.OrderBy(p => p.Day).ThenBy(p => p.Hour))
        {
            Publish(p.App, p.Version, p.Day, p.Hour, p.Approved);
        }
        Releases.Sort((a, b) => a.PublishedTicks.CompareTo(b.PublishedTicks));
        foreach (var g in Releases.GroupBy(r => (r.AppId, r.AppVersion)))
        {
            _byVersion[g.Key] = [.. g];
        }
    }

    /// <summary>The active patch of an app version at an instant: the latest published at or before it.</summary>
    public PatchRelease? ActiveAt(string app, string version, long ticks) =>
        _byVersion.TryGetValue((app, version), out var list) ? list.LastOrDefault(r => r.PublishedTicks <= ticks) : null;

    private void Publish(string app, string version, int day, double hour, bool approved)
    {
        var n = _patchVersions[(app, version)] = _patchVersions.GetValueOrDefault((app, version)) + 1;
        var patch = $"{app.Split('.')[^1]}-{version}-p{n:D3}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(patch)));
        var ticket = $"APR-{patch}";
        var content = $"fix {_rng.Next(100, 999)} in checkout";
        var pv = n.ToString(CultureInfo.InvariantCulture);
        Operations.Add(Row(Ticks(day, hour - 3), "li.wei", "developer", "patch_upload", app, version, patch, pv, hash, content));
        Operations.Add(Row(Ticks(day, hour - 2.5), "zhang.min", "security", "security_review", app, version, patch, pv, hash, "", result: "pass"));
        Operations.Add(Row(Ticks(day, hour - 2), "li.wei", "developer", "approval_request", app, version, patch, pv, hash, "", ticket));
        if (approved)
        {
            Operations.Add(Row(Ticks(day, hour - 1), "wang.fang", "approver", "approve", app, version, patch, pv, hash, "", ticket, "approved"));
        }
        var publishTicks = Ticks(day, hour);
        Operations.Add(Row(publishTicks, "chen.jie", "release", "publish", app, version, patch, pv, hash, content, ticket, "", "full", "c2lnbmF0dXJl", "RSA-SHA256", "k1"));
        Releases.Add(new PatchRelease(app, version, patch, n, publishTicks, hash, approved));
    }

    /// <summary>UTC ticks of a local day and fractional hour.</summary>
    public static long Ticks(int day, double hour) =>
        new DateTimeOffset(SampleOptions.Start.AddDays(day).ToDateTime(TimeOnly.MinValue), SampleOptions.Offset).UtcTicks + (long)(hour * TimeSpan.TicksPerHour);

    private string Row(long ticks, string op, string role, string action, string app, string version, string patch, string pv, string hash,
        string content, string approval = "", string result = "", string distribution = "", string signature = "", string alg = "", string key = "")
    {
        FirstOperationTicks = Math.Min(FirstOperationTicks, ticks);
        return string.Join(',', Local(ticks), $"op-{Operations.Count:D6}", op, role, action, app, version, patch, pv, hash, content, approval, result, distribution, signature, alg, key);
    }

    public static string Local(long ticks) =>
        new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(SampleOptions.Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}

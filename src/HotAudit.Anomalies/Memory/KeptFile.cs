using System.IO.Compression;
using System.Text.Json;
using HotAudit.Anomalies.Features;

namespace HotAudit.Anomalies.Memory;

/// <summary>
/// One app's kept days as a zip holding <c>vectors.json</c>: format number, the feature names in vector order, and per
/// (app version, day) the values (null = left out) and their device bases. A file of another format is refused rather
/// than misread; one kept by a HotAudit with other features is read by name: a feature it did not have is left out of its
/// days (null), one this monitor no longer has is dropped, so an upgrade keeps the history.
/// </summary>
internal static class KeptFile
{
    public const int Format = 1;
    private const string Entry = "vectors.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Write(string appId, IReadOnlyList<DailyVector> days, Stream stream)
    {
        var names = FeatureCatalog.All.Select(f => f.Name).ToArray();
        var kept = days.Select(d => new KeptDay(d.AppVersion, d.Day, d.Values.Select(v => v is { } x && double.IsFinite(x) ? v : null).ToArray(), d.Bases, d.Registered)).ToArray();
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using var entry = zip.CreateEntry(Entry).Open();
        JsonSerializer.Serialize(entry, new KeptApp(Format, appId, names, kept), Json);
    }

    public static IReadOnlyList<DailyVector> Read(Stream stream)
    {
        KeptApp? app;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            using var entry = (zip.GetEntry(Entry) ?? throw new InvalidDataException($"no {Entry} in the zip")).Open();
            app = JsonSerializer.Deserialize<KeptApp>(entry, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{Entry} is not valid: {e.Message}", e);
        }
        Check(app);
        var names = FeatureCatalog.All.Select(f => f.Name).ToList();
        var from = names.Select(n => Array.IndexOf(app!.Features, n)).ToArray();
        return app!.Days.Select(d => new DailyVector(app.App, d.Version, d.Day,
            from.Select(k => k < 0 ? null : d.Values[k]).ToArray(), from.Select(k => k < 0 ? 0 : d.Bases[k]).ToArray()) { Registered = d.Registered }).ToList();
    }

    private static void Check(KeptApp? app)
    {
        if (app is null || app.Format != Format)
        {
            throw new InvalidDataException($"format {app?.Format} is not {Format}");
        }
        if (string.IsNullOrEmpty(app.App) || app.Features is null || app.Features.Distinct().Count() != app.Features.Length || app.Days is null)
        {
            throw new InvalidDataException("it names no app, or no feature list, or a feature twice");
        }
        if (app.Days.Any(d => d is null || d.Version is null || d.Values?.Length != app.Features.Length || d.Bases?.Length != app.Features.Length))
        {
            throw new InvalidDataException("a day has no version or not one value and base per feature");
        }
    }

    private sealed record KeptApp(int Format, string App, string[] Features, KeptDay[] Days);

    /// <summary>A kept day; <paramref name="Registered"/> is absent (false) in files written before it was kept.</summary>
    private sealed record KeptDay(string Version, DateOnly Day, double?[] Values, int[] Bases, bool Registered = false);
}

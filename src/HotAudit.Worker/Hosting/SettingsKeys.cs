using System.Collections;
using System.Reflection;
using HotAudit.Ingestion;
using Microsoft.Extensions.Configuration;

namespace HotAudit.Worker;

/// <summary>
/// A mistyped setting is an error, not a silent default: every key under the worker's own sections (<c>Worker</c>,
/// <c>Web</c>, <c>Cluster</c>, <c>Ingest</c>, <c>Alerts</c>; schedules and streams item by item) must be a property of its settings class, else the message names it
/// with the closest known key (<c>Worker:Schedule</c> → <c>Schedules</c>).
/// </summary>
internal static class SettingsKeys
{
    private static readonly (string Section, Type Type)[] Sections =
    [
        (WorkerSettings.Section, typeof(WorkerSettings)), (Web.WebSettings.Section, typeof(Web.WebSettings)),
        (HotAudit.Cluster.Hosting.ClusterSettings.Section, typeof(HotAudit.Cluster.Hosting.ClusterSettings)),
        (Streams.IngestSettings.Section, typeof(Streams.IngestSettings)), (Alerts.AlertSettings.Section, typeof(Alerts.AlertSettings)),
    ];

    /// <summary>The top-level list of live streams, checked item by item.</summary>
    private const string StreamsSection = nameof(Streams.LiveSettings.Streams);

    public static IReadOnlyList<string> Unknown(IConfiguration configuration)
    {
        var problems = new List<string>();
        foreach (var (section, type) in Sections)
        {
            Check(configuration.GetSection(section), type, problems);
        }
        foreach (var stream in configuration.GetSection(StreamsSection).GetChildren())
        {
            Check(stream, typeof(Streams.StreamSettings), problems);
        }
        return problems;
    }

    private static void Check(IConfigurationSection section, Type type, List<string> problems)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();
        foreach (var child in section.GetChildren())
        {
            var property = properties.FirstOrDefault(p => p.Name.Equals(child.Key, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                var near = ClosestNames.Of(child.Key, properties.Select(p => p.Name));
                problems.Add($"unknown setting '{child.Path}'" + (near.Count > 0 ? $" (did you mean {section.Path}:{near[0]}?)" : "")
                    + $"; {section.Path} has: {string.Join(", ", properties.Select(p => p.Name))}");
            }
            else if (ItemType(property.PropertyType) is { } item)
            {
                foreach (var element in child.GetChildren())
                {
                    Check(element, item, problems);
                }
            }
        }
    }

    /// <summary>The element type of a list of settings objects (e.g. <c>Schedules</c>), else null.</summary>
    private static Type? ItemType(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType
        && type.GetGenericArguments()[0] is { IsClass: true } item && item != typeof(string) ? item : null;
}

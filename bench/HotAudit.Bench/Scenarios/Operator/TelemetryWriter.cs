using System.Globalization;

namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// Spreads the events over the four files at random (so a device's events sit in several files and formats), in a
/// shuffled order as a pipeline delivers them, and writes a few events twice into a second file with the same id.
/// </summary>
internal static class TelemetryWriter
{
    /// <summary>About one event in this many is delivered twice.</summary>
    private const int DuplicateEvery = 2500;

    /// <summary>Writes the files; returns the rows written (duplicates included) and the duplicates.</summary>
    public static (int Rows, int Duplicates) Write(string dir, IReadOnlyList<SimEvent> events, TelemetryColumns columns, int seed, Random rng)
    {
        var order = Enumerable.Range(0, events.Count).ToArray();
        rng.Shuffle(order);
        var files = TelemetryFile.Open(dir);
        var duplicates = 0;
        try
        {
            foreach (var i in order)
            {
                var e = events[i];
                var id = string.Create(CultureInfo.InvariantCulture, $"ev-{seed}-{i:x6}");
                var values = columns.Values(e);
                var file = rng.Next(files.Length);
                files[file].Write(e.Local, id, values);
                if (rng.Next(DuplicateEvery) != 0)
                    continue;
                files[(file + 1 + rng.Next(files.Length - 1)) % files.Length].Write(e.Local, id, values);
                duplicates++;
            }
        }
        finally
        {
            foreach (var file in files)
                file.Dispose();
        }
        return (events.Count + duplicates, duplicates);
    }
}

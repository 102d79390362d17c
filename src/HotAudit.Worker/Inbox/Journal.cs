using System.Text.Json;
using System.Text.Json.Serialization;

namespace HotAudit.Worker;

/// <summary>
/// The worker's journal: one small JSON file per inbox entry in progress, in <c>state/journal/</c>, each replaced
/// atomically (temporary file, flush to disk, rename) so a crash leaves either the old stage or the new one. The files
/// are the worker's own (mode 0600).
/// </summary>
internal sealed class Journal(string directory)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    public IReadOnlyList<JournalEntry> All()
    {
        Directory.CreateDirectory(directory);
        return [.. Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal)
            .Select(f => JsonSerializer.Deserialize<JournalEntry>(File.ReadAllBytes(f), Json)!)];
    }

    public bool Contains(string entryName) => File.Exists(PathOf(entryName));

    public void Write(JournalEntry entry)
    {
        Directory.CreateDirectory(directory);
        var path = PathOf(entry.Entry.Name);
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, PrivateFiles.CreateOptions))
        {
            JsonSerializer.Serialize(stream, entry, Json);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }

    public void Remove(string entryName) => File.Delete(PathOf(entryName));

    /// <summary>The entry's own name when it is a safe file name, else a hash of it: any name the inbox holds can be journaled.</summary>
    private string PathOf(string entryName) =>
        Path.Combine(directory, (CaseNames.Problem(entryName) is null ? entryName : "~" + CaseNames.Hash(entryName)) + ".json");
}

using System.Globalization;

namespace HotAudit.Worker;

/// <summary>The last completed occurrence of each schedule, one small file each in state/schedules/, replaced atomically.</summary>
internal sealed class ScheduleStateStore(string directory)
{
    public DateTimeOffset? Read(string schedule)
    {
        var path = PathOf(schedule);
        return File.Exists(path) ? DateTimeOffset.Parse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture) : null;
    }

    public void Write(string schedule, DateTimeOffset occurrence)
    {
        Directory.CreateDirectory(directory);
        var path = PathOf(schedule);
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(occurrence.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }

    private string PathOf(string schedule) => Path.Combine(directory, schedule + ".last");
}

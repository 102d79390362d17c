using System.Globalization;

namespace HotAudit.Worker;

/// <summary>Moves an inbox entry to processed/ or failed/, idempotently: a move already done is not an error.</summary>
internal static class InputMover
{
    public const string ErrorSuffix = ".error.txt";

    /// <summary>
    /// A destination for the entry in <paramref name="folder"/> that is not taken yet; an entry whose name cannot be a
    /// case goes under a short safe stand-in (<see cref="CaseNames.SafeStem"/>), so even a 250-character name can move.
    /// </summary>
    public static string DestinationFor(string folder, InboxEntry entry, string runKey, DateTimeOffset now)
    {
        var extension = entry.Kind == InboxEntryKind.Zip ? ".zip" : "";
        var named = CaseNames.Problem(entry.Case) is null ? entry.Name : CaseNames.SafeStem(entry.Case) + extension;
        var plain = Path.Combine(folder, named);
        if (!Exists(plain))
        {
            return plain;
        }
        var stem = entry.Kind == InboxEntryKind.Zip ? named[..^extension.Length] : named;
        var suffix = string.Create(CultureInfo.InvariantCulture, $"-{now:yyyyMMdd'T'HHmmss}-{runKey[..8]}");
        return Path.Combine(folder, stem + suffix + extension);
    }

    /// <summary>Moves the entry; true when it moved now, false when it had moved before.</summary>
    public static bool Move(string inbox, InboxEntry entry, string destination)
    {
        var source = Path.Combine(inbox, entry.Name);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        if (entry.Kind == InboxEntryKind.Folder && Directory.Exists(source))
        {
            Directory.Move(source, destination);
            return true;
        }
        if (entry.Kind == InboxEntryKind.Zip && File.Exists(source))
        {
            File.Move(source, destination);
            return true;
        }
        return false;
    }

    /// <summary>Writes the error file beside the failed entry's destination (atomically).</summary>
    public static string WriteError(string destination, string error)
    {
        var path = destination + ErrorSuffix;
        var temp = path + ".tmp";
        File.WriteAllText(temp, error.EndsWith('\n') ? error : error + "\n");
        File.Move(temp, path, overwrite: true);
        return path;
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || File.Exists(path + ErrorSuffix);
}

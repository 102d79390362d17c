using HotAudit.Core.Contract;

namespace HotAudit.Core.Data;

/// <summary>
/// The vocabulary of an enum column as a case-insensitive set that a span can be looked up in: one hash per check
/// instead of comparing the value with every word (an event name was compared with up to 13 of them on every row).
/// </summary>
internal sealed class VocabularySet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    /// <summary>Creates the set of an enum column's vocabulary.</summary>
    public VocabularySet(Column column)
    {
        var words = new HashSet<string>(column.Vocabulary ?? throw new ArgumentException($"{column.Name} has no vocabulary", nameof(column)),
            StringComparer.OrdinalIgnoreCase);
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether a value is one of the words, in any case (ordinal, ignoring case).</summary>
    public bool Contains(ReadOnlySpan<char> value) => _words.Contains(value);
}

namespace HotAudit.Worker.Streams.Journal;

/// <summary>
/// The answers of the newest <see cref="Capacity"/> batches sent with an idempotency key (each also in the journal,
/// with its batch): a key sent again within them is answered as the first time; an older key is taken as a new batch,
/// whose rows in the duplicate horizon are then dropped as duplicates.
/// </summary>
internal sealed class KeptAnswers
{
    /// <summary>Keys remembered: at 40 batches a second (200,000 events/s in batches of 5,000), the last 27 minutes.</summary>
    public const int Capacity = 65_536;

    private readonly Dictionary<string, JournalAck> _answers = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, long Batch)> _order = new();

    public int Count => _answers.Count;

    public JournalAck? Find(string key) => _answers.GetValueOrDefault(key);

    public void Add(string key, JournalAck ack)
    {
        _answers[key] = ack;
        _order.Enqueue((key, ack.Batch));
        while (_order.Count > Capacity)
        {
            var (oldKey, batch) = _order.Dequeue();
            if (_answers.TryGetValue(oldKey, out var kept) && kept.Batch == batch)
            {
                _answers.Remove(oldKey);
            }
        }
    }
}

using System.Globalization;

namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// A patch of one app version. Its number (and so its id and digest) is given once the whole log is planned, in the
/// order of upload, so that publish numbers rise as the platform requires even when patches were planned out of order.
/// </summary>
/// <param name="Prompted">A big release whose update the app asks the user to accept.</param>
internal sealed class SimPatch(string content, bool prompted, long uploaded)
{
    public string Content { get; } = content;
    public bool Prompted { get; } = prompted;
    public long Uploaded { get; } = uploaded;
    public int Number { get; private set; }
    public string Id { get; private set; } = string.Empty;
    public string Hash { get; private set; } = string.Empty;
    public string Signature { get; private set; } = string.Empty;

    public void Assign(SimVersion version, int number, int seed)
    {
        Number = number;
        Id = string.Create(CultureInfo.InvariantCulture, $"{version.App.Short}-{version.Name}-p{number}");
        Hash = Digests.Hex(seed, Id);
        Signature = Digests.Signature(seed, Id);
    }
}

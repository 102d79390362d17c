using HotAudit.Core.Symbols;

namespace HotAudit.Anomalies.Features;

/// <summary>
/// Which patch one device is running, followed through its events in time order, to tell an apply of a patch the device
/// already runs (a repeat: the same update again, the "frequent updates" of clause 7.2 f with nothing new released)
/// from an apply of a new one. The device runs P after its own <c>apply_success</c> of P, or from a <c>launch</c>
/// carrying P (the contract: a launch carries the active patch). A <c>rollback</c> on the device, a launch without a
/// patch or another app version leaves it running nothing known.
/// An apply of P is a repeat when the device was running P by its own apply, or by a launch after which it downloaded
/// P again. Not by a launch alone: an SDK that installs a downloaded patch at the next start (<c>on_next_restart</c>)
/// may report that start's launch with the new patch just before the <c>apply_success</c> that installed it, and SDKs
/// whose load code repeats at every start (Sophix, Tinker: README "Mappings") report a launch before each.
/// </summary>
internal struct RunningPatch
{
    private int _version;
    private int _patch;
    private bool _confirmed;

    /// <summary>Reads one event (symbols of the event row); true when it is an apply of the patch the device was running.</summary>
    public bool See(int version, int patch, Kind kind)
    {
        if (version != _version)
        {
            (_version, _patch, _confirmed) = (version, SymbolTable.None, false);
        }
        switch (kind)
        {
            case Kind.Launch:
                (_patch, _confirmed) = (patch, false);
                return false;
            case Kind.Download when patch == _patch && patch != SymbolTable.None:
                _confirmed = true;
                return false;
            case Kind.Apply when patch != SymbolTable.None:
                var repeat = patch == _patch && _confirmed;
                (_patch, _confirmed) = (patch, true);
                return repeat;
            case Kind.Rollback:
                (_patch, _confirmed) = (SymbolTable.None, false);
                return false;
            default:
                return false;
        }
    }

    /// <summary>The events that move what a device runs.</summary>
    public enum Kind
    {
        /// <summary>Any other event.</summary>
        Other,

        /// <summary><c>launch</c>: carries the running patch (none when empty).</summary>
        Launch,

        /// <summary><c>download_start</c> or <c>download_complete</c>.</summary>
        Download,

        /// <summary><c>apply_success</c>.</summary>
        Apply,

        /// <summary><c>rollback</c> on the device: back to the previous patch or the base package, which one is not said.</summary>
        Rollback,
    }
}

using HotAudit.Core.Contract;

namespace HotAudit.Core.Data;

/// <summary>The telemetry checks of DATA-CONTRACT.md after the timestamp, in order; each yields "field:reason" or null.</summary>
internal static class TelemetryChecks
{
    public static Func<RowBuffer, string?>[] Build(Schema s)
    {
        var ev = s.Slot("event");
        var eventColumn = s.Columns[ev];
        var events = new VocabularySet(eventColumn);
        var checks = new List<Func<RowBuffer, string?>>
        {
            r => !r.Has(ev) ? "event:" + Quality.RejectionReasons.MissingEvent.En
                : events.Contains(r.Get(ev)) ? null : "event:" + Quality.RejectionReasons.UnknownEvent.Format(r.Get(ev).ToString()),
        };
        foreach (var name in Schemas.TelemetryIdentity)
        {
            var slot = s.Slot(name);
            checks.Add(r => r.Has(slot) ? null : $"{name}:{Quality.RejectionReasons.MissingRequired.En}");
        }
        checks.Add(RequiredFor(s, "patch_id", ev, "download_", "verify_", "apply_"));
        checks.Add(RequiredFor(s, "app_state", ev, "download_", "apply_"));
        checks.Add(RequiredFor(s, "transport", ev, "update_check", "download_"));
        foreach (var name in new[] { "platform", "app_state", "transport", "install_mode" })
        {
            var slot = s.Slot(name);
            var column = s.Columns[slot];
            var words = new VocabularySet(column);
            checks.Add(r => !r.Has(slot) || words.Contains(r.Get(slot)) ? null
                : $"{name}:{Quality.RejectionReasons.NotOneOf.Format(r.Get(slot).ToString(), string.Join(", ", column.Vocabulary!))}");
        }
        foreach (var name in new[] { "user_initiated", "signature_present" })
        {
            var slot = s.Slot(name);
            checks.Add(r => !r.Has(slot) || RowValidator.ReadBool(r.Get(slot)) is not null ? null : $"{name}:{Quality.RejectionReasons.NotBoolean.Format(r.Get(slot).ToString())}");
        }
        return [.. checks];
    }

    /// <summary>A field required for events whose name starts with one of the prefixes.</summary>
    private static Func<RowBuffer, string?> RequiredFor(Schema s, string name, int eventSlot, params string[] prefixes)
    {
        var slot = s.Slot(name);
        return r =>
        {
            if (r.Has(slot))
            {
                return null;
            }
            var ev = r.Get(eventSlot);
            foreach (var p in prefixes)
            {
                if (ev.StartsWith(p, StringComparison.OrdinalIgnoreCase))
                {
                    return $"{name}:{Quality.RejectionReasons.MissingRequiredFor.Format(ev.ToString().ToLowerInvariant())}";
                }
            }
            return null;
        };
    }
}

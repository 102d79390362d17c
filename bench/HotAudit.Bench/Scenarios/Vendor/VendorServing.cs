namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>What the server hands out, derived from the operation log in time order: a publish serves its patch (to its audience), a targeting change widens it, a set_active serves an earlier patch, a deactivate serves none.</summary>
internal static class VendorServing
{
    public static void Derive(IEnumerable<VendorOp> ops)
    {
        foreach (var op in ops.Where(o => o.Version is not null).OrderBy(o => o.At))
        {
            var served = op.Version!.Served;
            var current = served.Count > 0 ? served[^1] : null;
            switch (op.Action)
            {
                case "publish":
                    served.Add(new VendorServed(op.At, op.Patch, op.MinOs));
                    break;
                case "targeting_change" when current?.Patch == op.Patch:
                    served.Add(new VendorServed(op.At, op.Patch, 0));
                    break;
                case "set_active":
                    served.Add(new VendorServed(op.At, op.Patch, 0));
                    break;
                case "deactivate":
                    served.Add(new VendorServed(op.At, null, 0));
                    break;
            }
        }
    }
}

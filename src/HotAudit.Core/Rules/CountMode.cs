namespace HotAudit.Core.Rules;

/// <summary>What a finding's <c>count</c> counts (RULES.md, "subject · count").</summary>
public enum CountMode
{
    /// <summary>Distinct devices (app_id, device_id) that fired for the subject.</summary>
    Devices,

    /// <summary>Rows that fired for the subject.</summary>
    Rows,

    /// <summary>Always 1: the subject fired.</summary>
    One,

    /// <summary>The largest number of matching rows any sliding window holds.</summary>
    WindowMax,

    /// <summary>A number the rule computes (the rule's <c>value</c> expression summed over its rows, or what a dataset assertion measures).</summary>
    Value,
}

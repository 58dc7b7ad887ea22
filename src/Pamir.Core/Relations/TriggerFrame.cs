namespace Pamir.Core.Relations;

/// <summary>Where a relation trigger finds its two actors in a sentence.</summary>
public enum TriggerFrame
{
    /// <summary>"X supported Y": source before the trigger, target after it.</summary>
    Active,
    /// <summary>"X was condemned by Y", "X banned Y" read backwards: source after the trigger, target before it.</summary>
    Reversed,
    /// <summary>"the rivalry between X and Y": both actors follow the trigger.</summary>
    Between,
    /// <summary>"X and Y signed a strategic partnership" (or "X signed a partnership with Y").</summary>
    Mutual,
    /// <summary>
    /// A stance noun after a possessive: "Russia, its main security partner" or "its new enemy, the
    /// Taliban". The target stands beside the noun; the source is whom "its" points at.
    /// </summary>
    Possessive,
    /// <summary>A possessive noun naming who stands behind the subject: "Moscow, its patron" (Moscow supports it).</summary>
    ReversedPossessive,
    /// <summary>"X, the leader of Y" or "X is a member of Y": a role noun followed by "of".</summary>
    RoleOf,
    /// <summary>"IRPT leader Muhiddin Kabiri": a role noun between the group and the person.</summary>
    RolePrefix,
    /// <summary>A phrase that looks like a trigger but states no relation ("led to", "head of state"); matching it keeps the shorter trigger from firing.</summary>
    Ignore,
}

namespace Pamir.Core.Relations;

/// <summary>Stances (ally … adversary) and structural relations between actors; exported in snake_case.</summary>
public enum RelationType
{
    Ally, Partner, Rival, Adversary,
    MemberOf, LeaderOf, FounderOf, FamilyOf, DefectedTo, BannedBy, DesignatedTerroristBy, BasedIn, FoughtWith, Supports,
}

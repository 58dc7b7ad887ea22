using Pamir.Core.Relations;
using Pamir.Core.Time;

namespace Pamir.Core.Actors;

/// <summary>
/// A relation of the profiled actor to another: Outgoing when the profiled actor is its source
/// ("Tajikistan → ally → Russia"), with the latest of the Statements that state it.
/// </summary>
public sealed record ProfileRelation(
    RelationType Type,
    bool Outgoing,
    string OtherId,
    string OtherName,
    string DocumentId,
    string Evidence,
    FuzzyDate? Since = null,
    FuzzyDate? Until = null,
    string? Note = null,
    int Statements = 1)
{
    /// <summary>Ally, partner, rival and adversary are stances; the rest (member of, leader of …) are structure.</summary>
    public bool IsStance => Type is RelationType.Ally or RelationType.Partner or RelationType.Rival or RelationType.Adversary;
}

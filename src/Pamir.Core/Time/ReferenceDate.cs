namespace Pamir.Core.Time;

/// <summary>
/// The date a document's relative time expressions are resolved against ("last November",
/// "on Sunday"): the publication date when known, else the earliest writing date consistent
/// with the dates the text states (<see cref="ReferenceDateBasis.ExplicitDates"/>).
/// </summary>
public sealed record ReferenceDate(FuzzyDate Value, ReferenceDateBasis Basis);

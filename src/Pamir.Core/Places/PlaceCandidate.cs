namespace Pamir.Core.Places;

/// <summary>One gazetteer entry a name may refer to, and how the name matched it.</summary>
public readonly record struct PlaceCandidate(Place Place, NameMatch Match);

using Pamir.Core.Time;

namespace Pamir.Core.Documents;

/// <summary>A document's publication date and where it was found.</summary>
public readonly record struct PublicationDate(FuzzyDate Date, DateSource Source);

using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Core.Claims;

/// <summary>
/// A key figure a source quotes: subject ("Tajikistan"), measure ("length of the Tajik-Afghan
/// border"), value or range with a normalised unit ("km", "%", "people", "USD"), the qualifier as
/// stated ("almost a third", "up to"), and the time the figure refers to. Published is the stating
/// document's publication date, so that figures grouped across documents show when each was said.
/// </summary>
public sealed record Claim(
    string DocumentId,
    string Subject,
    string Measure,
    double Value,
    string? Unit,
    TextSpan Evidence,
    double? Upper = null,
    string? Qualifier = null,
    string? StatedAs = null,
    FuzzyDate? RefersTo = null,
    FuzzyDate? Published = null);
